import { useRef, useState } from "react";
import { InternalLink } from "../../../components/internal-link.js";
import { useLocationState } from "../../../lib/location.js";
import { issuesByField } from "../api-errors.js";
import type { EventFields } from "../event-fields.js";
import { setFlash } from "../flash.js";
import { useEventSave, type Saved } from "../use-event-save.js";
import { useCuratorI18n } from "../use-curator-i18n.js";
import { EventPreview } from "./event-preview.js";
import { Field, useFocusOnError } from "./field.js";
import { FormProblems } from "./form-problems.js";
import { PlaceFields } from "./place-fields.js";
import { SourceRows } from "./source-rows.js";
import { WhatFields } from "./what-fields.js";

export type EventStatus = "draft" | "published" | "pending";

interface EventFormProps {
  /** Null for a new event. */
  id: string | null;
  initial: EventFields;
  baseRevision: number;
  status: EventStatus | null;
  notice: string | null;
  setNotice: (notice: string | null) => void;
  onReload: () => void;
}

/** The event form: where, what, sources and why, saved as a draft or published, beside its live preview. */
export function EventForm({ id, initial, baseRevision, status, notice, setNotice, onReload }: EventFormProps) {
  const { c, fill } = useCuratorI18n();
  const { navigate } = useLocationState();
  const form = useRef<HTMLFormElement>(null);
  const alert = useRef<HTMLDivElement>(null);
  const [fields, setFields] = useState(initial);
  const [reason, setReason] = useState("");
  const { save, busy, problem } = useEventSave({ urlScheme: c.form.urlScheme });
  const errors = issuesByField(problem?.issues ?? []);
  const errorsOf = (name: string) => errors.get(name);
  const set = (next: Partial<EventFields>) => setFields((current) => ({ ...current, ...next }));
  useFocusOnError(problem, form, alert);

  const dirty = id === null || JSON.stringify(fields) !== JSON.stringify(initial);
  const submit = async (event: { preventDefault: () => void }, publish: boolean) => {
    event.preventDefault();
    setNotice(null);
    const saved = await save({ id, baseRevision, fields, dirty, reason, publish });
    if (saved) afterSave(saved);
  };
  const afterSave = (saved: Saved) => {
    const message = fill(saved.published ? c.form.published : c.form.saved, { revision: saved.revision });
    setFlash(message);
    if (id === null) navigate({ page: "curator", screen: { name: "edit-event", id: saved.id } });
    else setNotice(message);
  };

  return (
    <div className="curator-editor" data-testid="event-editor" data-event-id={id ?? ""}>
      <div className="curator-editor__form">
        <h2 className="curator-page__title">{id === null ? c.form.newTitle : fill(c.form.editTitle, { id })}</h2>
        {status && (
          <p className="curator-page__intro" data-testid="event-status" data-status={status}>
            {fill(status === "draft" ? c.form.stateDraft : status === "pending" ? c.form.statePending : c.form.statePublished, {
              revision: baseRevision,
            })}{" "}
            {id && <InternalLink route={{ page: "curator", screen: { name: "history", id } }}>{c.form.viewHistory}</InternalLink>}
          </p>
        )}
        <div ref={alert} tabIndex={-1}>
          {notice && !problem && (
            <p className="curator-alert curator-alert--ok" role="status" data-testid="form-notice">
              {notice}
            </p>
          )}
          {problem && <FormProblems problem={problem} onReload={onReload} />}
        </div>
        <form ref={form} className="curator-form" noValidate onSubmit={(e) => submit(e, false)}>
          <PlaceFields fields={fields} set={set} errorsOf={errorsOf} />
          <WhatFields fields={fields} set={set} errorsOf={errorsOf} />
          <SourceRows sources={fields.sources} setSources={(sources) => set({ sources })} errorsOf={errorsOf} />
          <Field name="reason" label={c.form.reason} hint={c.form.reasonHint} errors={errorsOf("reason")} wide>
            {(props) => (
              <textarea
                {...props}
                className="view-field__input curator-input"
                rows={2}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
              />
            )}
          </Field>
          <div className="curator-form__actions">
            <button type="submit" className="view-button" disabled={busy} data-testid="save-draft">
              {busy ? c.form.busy : c.form.saveDraft}
            </button>
            <button
              type="button"
              className="view-button curator-button--primary"
              disabled={busy || (!dirty && status === "published")}
              data-testid="publish"
              onClick={(e) => void submit(e, true)}
            >
              {dirty ? c.form.publish : c.form.publishOnly}
            </button>
          </div>
        </form>
      </div>
      <aside className="curator-editor__preview">
        <EventPreview fields={fields} id={id ?? "cur-preview"} />
      </aside>
    </div>
  );
}

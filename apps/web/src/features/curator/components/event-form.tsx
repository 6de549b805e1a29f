import { useRef } from "react";
import type { EventFields } from "../event-fields.js";
import { useCuratorI18n } from "../use-curator-i18n.js";
import { useEventForm } from "../use-event-form.js";
import { EventPreview } from "./event-preview.js";
import { EventStatusLine } from "./event-status-line.js";
import { useFocusOnError } from "./field.js";
import { FormProblems } from "./form-problems.js";
import { PlaceFields } from "./place-fields.js";
import { SourceRows } from "./source-rows.js";
import { WhatFields } from "./what-fields.js";
import { ReasonField } from "./reason-field.js";

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
  const form = useRef<HTMLFormElement>(null);
  const alert = useRef<HTMLDivElement>(null);
  const { fields, set, reason, setReason, busy, problem, errorsOf, dirty, submit } = useEventForm({ id, initial, baseRevision, setNotice });
  useFocusOnError(problem, form, alert);

  return (
    <div className="curator-editor" data-testid="event-editor" data-event-id={id ?? ""}>
      <div className="curator-editor__form">
        <h2 className="curator-page__title">{id === null ? c.form.newTitle : fill(c.form.editTitle, { id })}</h2>
        {status && <EventStatusLine id={id} status={status} revision={baseRevision} />}
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
          <ReasonField
            name="reason"
            label={c.form.reason}
            hint={c.form.reasonHint}
            errors={errorsOf("reason")}
            value={reason}
            onChange={setReason}
          />
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

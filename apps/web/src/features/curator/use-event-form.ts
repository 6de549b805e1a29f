import { useState } from "react";
import { useLocationState } from "../../lib/location.js";
import { issuesByField } from "./api-errors.js";
import type { EventFields } from "./event-fields.js";
import { setFlash } from "./flash.js";
import { useEventSave, type Saved } from "./use-event-save.js";
import { useCuratorI18n } from "./use-curator-i18n.js";

interface EventFormInput {
  /** Null for a new event. */
  id: string | null;
  initial: EventFields;
  baseRevision: number;
  setNotice: (notice: string | null) => void;
}

/**
 * The event as the form now has it and the curator's reason, whether it differs from the version loaded (`dirty`),
 * and `submit`, which saves it as a draft or publishes it. After a save the line saying so is flashed; a new event's
 * page then opens, an existing one shows the line as its notice.
 */
export function useEventForm({ id, initial, baseRevision, setNotice }: EventFormInput) {
  const { c, fill } = useCuratorI18n();
  const { navigate } = useLocationState();
  const [fields, setFields] = useState(initial);
  const [reason, setReason] = useState("");
  const { save, busy, problem } = useEventSave({ urlScheme: c.form.urlScheme });
  const errors = issuesByField(problem?.issues ?? []);
  const errorsOf = (name: string) => errors.get(name);
  const set = (next: Partial<EventFields>) => setFields((current) => ({ ...current, ...next }));

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
  return { fields, set, reason, setReason, busy, problem, errorsOf, dirty, submit };
}

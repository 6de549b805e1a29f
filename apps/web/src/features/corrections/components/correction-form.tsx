import { CORRECTION_LIMITS } from "@scomm/core";
import { useMutation } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { useTRPC } from "../../../lib/trpc.js";
import {
  correctionProblems,
  EMPTY_VALUES,
  fieldsOfError,
  submitInput,
  type CorrectionField,
  type CorrectionTarget,
  type CorrectionValues,
} from "../correction-form.js";
import { CorrectionInput } from "./correction-input.js";

interface CorrectionFormProps {
  target: CorrectionTarget;
  onSent: (link: string) => void;
  onCancel: () => void;
}

/** What is wrong, the source, an optional contact, and a honeypot no person sees; each field names its own problem. */
export function CorrectionForm({ target, onSent, onCancel }: CorrectionFormProps) {
  const { m, fill, date } = useI18n();
  const c = m.corrections;
  const trpc = useTRPC();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<CorrectionValues>(EMPTY_VALUES);
  const [problems, setProblems] = useState<CorrectionField[]>([]);
  const submit = useMutation(trpc.corrections.submit.mutationOptions());

  const showProblems = (fields: CorrectionField[]) => {
    setProblems(fields);
    if (fields[0]) form.current?.querySelector<HTMLElement>(`[name="${fields[0]}"]`)?.focus();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = correctionProblems(values);
    if (found.length > 0) return showProblems(found);
    setProblems([]);
    submit.mutate(submitInput(target, values), {
      onSuccess: ({ link }) => onSent(link),
      onError: (error) => showProblems(fieldsOfError(error)),
    });
  };
  const set = (field: keyof CorrectionValues) => (value: string) => setValues((current) => ({ ...current, [field]: value }));
  const problemOf = (field: CorrectionField) =>
    problems.includes(field) ? fill(c.problems[field], { max: String(CORRECTION_LIMITS[field]) }) : undefined;
  const failure =
    submit.error && problems.length === 0
      ? submit.error.data?.code === "TOO_MANY_REQUESTS"
        ? c.tooMany
        : fill(c.failed, { message: submit.error.message })
      : null;
  const intro = target.event
    ? fill(c.dialogIntroEvent, { date: date(target.event.date, target.event.datePrecision), what: target.event.what })
    : fill(c.dialogIntroPlace, { place: target.placeName });

  return (
    <form
      ref={form}
      className="correction-form"
      noValidate
      onSubmit={onSubmit}
      aria-describedby={`${id}-intro`}
      data-testid="correction-form"
    >
      <p id={`${id}-intro`} className="correction-form__intro">
        {intro}
      </p>
      {(problems.length > 0 || failure) && (
        <p role="alert" className="correction-form__alert">
          {failure ?? c.fieldProblems}
        </p>
      )}
      <CorrectionInput
        name="whatIsWrong"
        label={c.whatIsWrong}
        hint={c.whatIsWrongHint}
        problem={problemOf("whatIsWrong")}
        multiline
        value={values.whatIsWrong}
        onChange={set("whatIsWrong")}
        autoFocus
      />
      <CorrectionInput
        name="sourceUrl"
        label={c.sourceUrl}
        hint={c.sourceUrlHint}
        problem={problemOf("sourceUrl")}
        type="url"
        value={values.sourceUrl}
        onChange={set("sourceUrl")}
      />
      <CorrectionInput
        name="contact"
        label={c.contact}
        hint={c.contactHint}
        problem={problemOf("contact")}
        value={values.contact}
        onChange={set("contact")}
        autoComplete="email"
      />
      {/* The honeypot: not displayed, so neither people nor assistive technology meet it; a bot filling every field does. */}
      <div className="correction-form__trap">
        <label>
          {c.honeypot}
          <input
            name="website"
            tabIndex={-1}
            autoComplete="off"
            value={values.website}
            onChange={(event) => set("website")(event.target.value)}
          />
        </label>
      </div>
      <p className="correction-form__actions">
        <button type="submit" className="export-button suggest-button suggest-button--primary" disabled={submit.isPending}>
          {submit.isPending ? c.sending : c.send}
        </button>
        <button type="button" className="export-button suggest-button" onClick={onCancel}>
          {c.cancel}
        </button>
      </p>
    </form>
  );
}

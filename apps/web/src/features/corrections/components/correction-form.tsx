import { useId } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import type { CorrectionTarget } from "../correction-form.js";
import { useCorrectionForm } from "../use-correction-form.js";
import { CorrectionFields } from "./correction-fields.js";

interface CorrectionFormProps {
  target: CorrectionTarget;
  onSent: (link: string) => void;
  onCancel: () => void;
}

/** What is wrong, the source, an optional contact, and a honeypot no person sees; each field names its own problem. */
export function CorrectionForm({ target, onSent, onCancel }: CorrectionFormProps) {
  const { m, fill, date } = useI18n();
  const c = m.corrections;
  const id = useId();
  const { form, values, set, problems, problemOf, failure, sending, onSubmit } = useCorrectionForm(target, onSent);
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
      <CorrectionFields values={values} set={set} problemOf={problemOf} />
      <p className="correction-form__actions">
        <button type="submit" className="export-button suggest-button suggest-button--primary" disabled={sending}>
          {sending ? c.sending : c.send}
        </button>
        <button type="button" className="export-button suggest-button" onClick={onCancel}>
          {c.cancel}
        </button>
      </p>
    </form>
  );
}

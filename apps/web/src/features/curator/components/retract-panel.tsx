import { useId, useRef } from "react";
import { useCuratorI18n } from "../use-curator-i18n.js";
import { useRetract } from "../use-retract.js";
import { useFocusOnError } from "./field.js";
import { FormProblems } from "./form-problems.js";
import { ReasonField } from "./reason-field.js";

/** Takes the event off the public record at once, with a reason; a stale revision is refused (CONFLICT). */
export function RetractPanel({
  id,
  baseRevision,
  onRetracted,
}: {
  id: string;
  baseRevision: number;
  onRetracted: (notice: string) => void;
}) {
  const { c } = useCuratorI18n();
  const titleId = useId();
  const alert = useRef<HTMLDivElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const { reason, setReason, retract, problem, reasonErrors, submit, reload } = useRetract(id, baseRevision, onRetracted);
  useFocusOnError(retract.error, form, alert);
  return (
    <section className="curator-section curator-retract" aria-labelledby={titleId} data-testid="retract-panel">
      <h3 id={titleId} className="curator-section__title">
        {c.form.retractTitle}
      </h3>
      <p className="curator-section__intro">{c.form.retractIntro}</p>
      <div ref={alert} tabIndex={-1}>
        {problem && !reasonErrors?.length && <FormProblems problem={problem} onReload={reload} />}
      </div>
      <form ref={form} className="curator-form" noValidate onSubmit={submit}>
        <ReasonField name="retractReason" label={c.form.retractReason} errors={reasonErrors} value={reason} onChange={setReason} />
        <div className="curator-form__actions">
          <button type="submit" className="view-button curator-button--danger" disabled={retract.isPending}>
            {c.form.retract}
          </button>
        </div>
      </form>
    </section>
  );
}

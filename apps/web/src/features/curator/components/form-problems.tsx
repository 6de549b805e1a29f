import type { ApiProblem } from "../api-errors.js";
import { fieldLabel } from "../field-labels.js";
import { useCuratorI18n } from "../use-curator-i18n.js";

/** Why nothing was saved: a stale revision (with the way to reload), or the fields at fault, or the api's message. */
export function FormProblems({ problem, onReload }: { problem: ApiProblem; onReload: () => void }) {
  const { c, fill, lang } = useCuratorI18n();
  if (problem.code === "CONFLICT") {
    return (
      <div className="curator-alert curator-alert--error" role="alert" data-testid="form-conflict">
        <p>{c.form.conflict}</p>
        <button type="button" className="view-button" onClick={onReload}>
          {c.form.reload}
        </button>
      </div>
    );
  }
  if (problem.issues.length === 0) {
    return (
      <p className="curator-alert curator-alert--error" role="alert" data-testid="form-error">
        {fill(c.form.failed, { message: problem.message })}
      </p>
    );
  }
  return (
    <div className="curator-alert curator-alert--error" role="alert" data-testid="form-error">
      <p>{fill(c.form.problems, { count: problem.issues.length })}</p>
      <ul>
        {problem.issues.map((issue, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the api's issues have no ids, and two may name one field.
          <li key={i}>
            {fieldLabel(issue.field, c, lang)}: {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

import { useRef } from "react";
import { useCreateAccount } from "../use-create-account.js";
import { useCuratorI18n } from "../use-curator-i18n.js";
import { AccountFields } from "./account-fields.js";
import { useFocusOnError } from "./field.js";

/** A new editor or admin: name, email, role and a first password (given to them privately). */
export function CreateAccountForm({ onCreated }: { onCreated: () => void }) {
  const { c, fill } = useCuratorI18n();
  const form = useRef<HTMLFormElement>(null);
  const alert = useRef<HTMLParagraphElement>(null);
  const { values, setValues, created, create, problem, errorsOf, submit } = useCreateAccount(onCreated);
  useFocusOnError(create.error, form, alert);

  return (
    <form
      ref={form}
      className="curator-card curator-form"
      noValidate
      onSubmit={submit}
      aria-labelledby="curator-create-account"
      data-testid="create-account"
    >
      <h3 id="curator-create-account" className="curator-section__title">
        {c.accounts.createTitle}
      </h3>
      {created && (
        <p role="status" className="curator-alert curator-alert--ok">
          {created}
        </p>
      )}
      {problem && problem.issues.length === 0 && (
        <p ref={alert} tabIndex={-1} role="alert" className="curator-alert curator-alert--error">
          {fill(c.accounts.failed, { message: problem.message })}
        </p>
      )}
      <AccountFields values={values} onChange={setValues} errorsOf={errorsOf} />
      <div className="curator-form__actions">
        <button type="submit" className="view-button curator-button--primary" disabled={create.isPending}>
          {c.accounts.create}
        </button>
      </div>
    </form>
  );
}

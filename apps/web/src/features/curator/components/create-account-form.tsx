import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { useTRPC } from "../../../lib/trpc.js";
import { apiProblemOf } from "../api-errors.js";
import { useCuratorI18n } from "../use-curator-i18n.js";
import { Field, SelectField, useFocusOnError } from "./field.js";

type Role = "editor" | "admin";
const ROLES: readonly Role[] = ["editor", "admin"];
const EMPTY = { name: "", email: "", role: "editor" as Role, password: "" };

/** A new editor or admin: name, email, role and a first password (given to them privately). */
export function CreateAccountForm({ onCreated }: { onCreated: () => void }) {
  const { c, fill } = useCuratorI18n();
  const trpc = useTRPC();
  const form = useRef<HTMLFormElement>(null);
  const alert = useRef<HTMLParagraphElement>(null);
  const [values, setValues] = useState(EMPTY);
  const [created, setCreated] = useState<string | null>(null);
  const create = useMutation(
    trpc.accounts.create.mutationOptions({
      onSuccess: (account) => {
        setCreated(fill(c.accounts.createdOne, { email: account.email, role: c.roles[account.role] }));
        setValues(EMPTY);
        onCreated();
      },
    }),
  );
  const problem = create.error ? apiProblemOf(create.error) : null;
  const errorsOf = (field: string) => problem?.issues.filter((i) => i.field === field).map((i) => i.message);
  useFocusOnError(create.error, form, alert);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    create.mutate(values);
  };
  const set = (key: keyof typeof EMPTY) => (e: { currentTarget: { value: string } }) =>
    setValues({ ...values, [key]: e.currentTarget.value });

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
      <Field name="name" label={c.accounts.name} errors={errorsOf("name")}>
        {(props) => (
          <input {...props} className="view-field__input curator-input" autoComplete="off" value={values.name} onChange={set("name")} />
        )}
      </Field>
      <Field name="email" label={c.accounts.email} errors={errorsOf("email")}>
        {(props) => (
          <input
            {...props}
            className="view-field__input curator-input"
            type="email"
            autoComplete="off"
            value={values.email}
            onChange={set("email")}
          />
        )}
      </Field>
      <SelectField<Role>
        name="role"
        label={c.accounts.role}
        value={values.role}
        choices={ROLES.map((role) => ({ value: role, label: c.roles[role] }))}
        errors={errorsOf("role")}
        onChange={(role) => setValues({ ...values, role })}
      />
      <Field name="password" label={c.accounts.password} hint={c.accounts.passwordHint} errors={errorsOf("password")}>
        {(props) => (
          <input
            {...props}
            className="view-field__input curator-input"
            type="password"
            autoComplete="new-password"
            value={values.password}
            onChange={set("password")}
          />
        )}
      </Field>
      <div className="curator-form__actions">
        <button type="submit" className="view-button curator-button--primary" disabled={create.isPending}>
          {c.accounts.create}
        </button>
      </div>
    </form>
  );
}

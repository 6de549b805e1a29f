import { ROLES, type NewAccount, type Role } from "../use-create-account.js";
import { useCuratorI18n } from "../use-curator-i18n.js";
import { Field, SelectField } from "./field.js";

interface AccountFieldsProps {
  values: NewAccount;
  onChange: (values: NewAccount) => void;
  errorsOf: (field: string) => string[] | undefined;
}

type TextKey = Exclude<keyof NewAccount, "role">;

/** The new account's name, email, role and first password, each with the errors the api gave for it. */
export function AccountFields({ values, onChange, errorsOf }: AccountFieldsProps) {
  const { c } = useCuratorI18n();
  const text = (key: TextKey, input: { type?: string; autoComplete: string }, hint?: string) => (
    <Field name={key} label={c.accounts[key]} hint={hint} errors={errorsOf(key)}>
      {(props) => (
        <input
          {...props}
          className="view-field__input curator-input"
          {...input}
          value={values[key]}
          onChange={(e) => onChange({ ...values, [key]: e.currentTarget.value })}
        />
      )}
    </Field>
  );
  return (
    <>
      {text("name", { autoComplete: "off" })}
      {text("email", { type: "email", autoComplete: "off" })}
      <SelectField<Role>
        name="role"
        label={c.accounts.role}
        value={values.role}
        choices={ROLES.map((role) => ({ value: role, label: c.roles[role] }))}
        errors={errorsOf("role")}
        onChange={(role) => onChange({ ...values, role })}
      />
      {text("password", { type: "password", autoComplete: "new-password" }, c.accounts.passwordHint)}
    </>
  );
}

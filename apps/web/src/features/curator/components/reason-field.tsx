import { Field } from "./field.js";

interface ReasonFieldProps {
  name: string;
  label: string;
  hint?: string;
  errors?: readonly string[];
  value: string;
  onChange: (reason: string) => void;
}

/** The reason a curator gives for a change (kept in the event's history): a short text area, full width. */
export function ReasonField({ name, label, hint, errors, value, onChange }: ReasonFieldProps) {
  return (
    <Field name={name} label={label} {...(hint ? { hint } : {})} {...(errors ? { errors } : {})} wide>
      {(props) => (
        <textarea
          {...props}
          className="view-field__input curator-input"
          rows={2}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

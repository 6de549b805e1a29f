import { useEffect, useId, type ReactNode, type RefObject } from "react";

/** What a field's control must carry to be labelled and to have its hint and errors read with it. */
export interface ControlProps {
  id: string;
  name: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
}

interface FieldProps {
  /** The form's name for the field (`date`, `sources.0.url`): errors are looked up and focused by it. */
  name: string;
  label: string;
  hint?: string;
  errors?: readonly string[];
  wide?: boolean;
  children: (control: ControlProps) => ReactNode;
}

/** A labelled control with its hint and the errors the api gave for it, read out with the control. */
export function Field({ name, label, hint, errors = [], wide, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`curator-field${wide ? " curator-field--wide" : ""}${errorId ? " curator-field--invalid" : ""}`}>
      <label className="curator-field__label" htmlFor={id}>
        {label}
      </label>
      {children({ id, name, "aria-describedby": describedBy, ...(errorId ? { "aria-invalid": true as const } : {}) })}
      {hint && (
        <p id={hintId} className="curator-field__hint">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="curator-field__error" data-testid={`error-${name}`}>
          {errors.join("; ")}
        </p>
      )}
    </div>
  );
}

/**
 * After each new error: the focus goes to the first control of `form` the error marked (`aria-invalid`), or, when
 * it names none of them, to `alert`, where the error is said.
 */
export function useFocusOnError(error: unknown, form: RefObject<HTMLFormElement | null>, alert: RefObject<HTMLElement | null>): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: it runs once per new error and reads the DOM that error drew.
  useEffect(() => {
    if (!error) return;
    const invalid = form.current?.querySelector<HTMLElement>("[aria-invalid='true']");
    (invalid ?? alert.current)?.focus();
  }, [error]);
}

interface SelectFieldProps<V extends string> {
  name: string;
  label: string;
  value: V | "";
  /** Each choice's value and what it reads as; a leading blank choice when `blank`. */
  choices: readonly { value: V; label: string }[];
  blank?: boolean;
  errors?: readonly string[];
  onChange: (value: V) => void;
}

/** A labelled choice among a closed list (a type, a level, a role), with its errors. */
export function SelectField<V extends string>({ name, label, value, choices, blank, errors, onChange }: SelectFieldProps<V>) {
  return (
    <Field name={name} label={label} errors={errors}>
      {(props) => (
        <select {...props} className="view-field__input curator-input" value={value} onChange={(e) => onChange(e.currentTarget.value as V)}>
          {blank && <option value="" />}
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

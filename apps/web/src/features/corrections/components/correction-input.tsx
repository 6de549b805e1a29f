import { useId } from "react";

interface CorrectionInputProps {
  name: string;
  label: string;
  hint: string;
  /** The field's problem, in the reader's language; shown under it and announced with it. */
  problem: string | undefined;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  type?: "text" | "url";
  autoComplete?: string;
  autoFocus?: boolean;
}

/** A labelled field with its hint and, when it has one, its problem (aria-invalid, described by both). */
export function CorrectionInput({
  name,
  label,
  hint,
  problem,
  value,
  onChange,
  multiline,
  type = "text",
  autoComplete,
  autoFocus,
}: CorrectionInputProps) {
  const id = useId();
  const described = [`${id}-hint`, problem ? `${id}-problem` : null].filter(Boolean).join(" ");
  const common = {
    id,
    name,
    value,
    "aria-invalid": problem ? true : undefined,
    "aria-describedby": described,
    className: "correction-form__input",
    "data-autofocus": autoFocus ? "" : undefined,
  };
  return (
    <div className={`correction-form__field${problem ? " correction-form__field--invalid" : ""}`}>
      <label htmlFor={id} className="correction-form__label">
        {label}
      </label>
      <span id={`${id}-hint`} className="correction-form__hint">
        {hint}
      </span>
      {multiline ? (
        <textarea {...common} rows={5} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          inputMode={type === "url" ? "url" : undefined}
          autoComplete={autoComplete}
          spellCheck={type === "url" ? false : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {problem && (
        <span id={`${id}-problem`} className="correction-form__problem">
          {problem}
        </span>
      )}
    </div>
  );
}

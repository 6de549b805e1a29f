import { useId, useRef, useState } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";

interface CopyFieldProps {
  label: string;
  hint?: string;
  value: string;
  multiline?: boolean;
  testId?: string;
}

/** Read-only text with a Copy button; says "Copied" (politely) or, where the clipboard is blocked, selects the text. */
export function CopyField({ label, hint, value, multiline, testId }: CopyFieldProps) {
  const { m } = useI18n();
  const id = useId();
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<"" | "copied" | "failed">("");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus("copied");
    } catch {
      field.current?.select();
      setStatus("failed");
    }
  };
  const props = {
    id,
    ref: field,
    value,
    readOnly: true,
    "aria-describedby": hint ? `${id}-hint` : undefined,
    onFocus: () => field.current?.select(),
    "data-testid": testId,
    spellCheck: false,
  };
  return (
    <div className="copy-field">
      <label htmlFor={id} className="copy-field__label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="export-note">
          {hint}
        </p>
      )}
      <div className="copy-field__row">
        {multiline ? <textarea rows={5} {...props} /> : <input type="text" {...props} />}
        <button type="button" className="export-link-button" aria-label={`${m.export.copy}: ${label}`} onClick={() => void copy()}>
          {m.export.copy}
        </button>
      </div>
      <p className="copy-field__status" role="status">
        {status === "copied" ? m.export.copied : status === "failed" ? m.export.copyFailed : ""}
      </p>
    </div>
  );
}

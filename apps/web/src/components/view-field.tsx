import { useId, type ReactNode } from "react";

/** A view's labelled control (a date, a search, a choice): `children` draws the control with the id the label names. */
export function ViewField({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="view-field">
      <label htmlFor={id} className="view-field__label">
        {label}
      </label>
      {children(id)}
    </div>
  );
}

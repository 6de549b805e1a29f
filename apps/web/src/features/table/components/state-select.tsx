import { ViewField } from "../../../components/view-field.js";
import { useI18n } from "../../../lib/i18n/use-i18n.js";

export interface StateOption {
  id: string;
  name: string;
}

interface StateSelectProps {
  label: string;
  allLabel: string;
  states: readonly StateOption[];
  value: string | null;
  onChange: (state: string | null) => void;
}

/** A filter over the 50 states and DC, with "all states" first. */
export function StateSelect({ label, allLabel, states, value, onChange }: StateSelectProps) {
  const { place } = useI18n();
  return (
    <ViewField label={label}>
      {(id) => (
        <select id={id} className="view-field__select" value={value ?? ""} onChange={(e) => onChange(e.currentTarget.value || null)}>
          <option value="">{allLabel}</option>
          {states.map((s) => (
            <option key={s.id} value={s.id}>
              {place(s.name)}
            </option>
          ))}
        </select>
      )}
    </ViewField>
  );
}

import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { presets, type PresetName } from "../presets.js";
import type { ChangesControlsProps } from "./changes-controls.js";

/** The named periods, each a toggle pressed while it is the period shown. */
export function PeriodPresets({ period, today, onChange }: ChangesControlsProps) {
  const { m } = useI18n();
  const named = presets(today);
  const names = Object.keys(named) as PresetName[];
  return (
    <div className="changes-controls__presets" role="group" aria-label={m.changes.presets}>
      <span className="view-field__label" aria-hidden="true">
        {m.changes.presets}
      </span>
      <div className="changes-controls__preset-buttons">
        {names.map((name) => {
          const preset = named[name];
          const active = preset.from === period.from && preset.to === period.to;
          return (
            <button key={name} type="button" className="view-button" aria-pressed={active} onClick={() => onChange(preset, "push")}>
              {m.changes.preset[name]}
            </button>
          );
        })}
      </div>
    </div>
  );
}

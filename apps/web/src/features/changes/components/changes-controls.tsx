import { isCalendarDate, type IsoDate, TIMELINE_START } from "@scomm/core";
import { useId, type ChangeEvent } from "react";
import type { HistoryMode } from "../../../lib/location.js";
import { useI18n } from "../../../lib/i18n/use-i18n.js";

import { presets, type Period, type PresetName } from "../presets.js";

interface ChangesControlsProps {
  period: Period;
  today: IsoDate;
  onChange: (period: Partial<Period>, mode: HistoryMode) => void;
}

/** The two dates, a swap, and the named periods. */
export function ChangesControls({ period, today, onChange }: ChangesControlsProps) {
  const { m } = useI18n();
  const fromId = useId();
  const toId = useId();
  const typed = (key: keyof Period) => (e: ChangeEvent<HTMLInputElement>) => {
    const value = e.currentTarget.value;
    if (isCalendarDate(value) && value >= TIMELINE_START && value <= today) onChange({ [key]: value }, "replace");
  };
  const named = presets(today);
  const names = Object.keys(named) as PresetName[];
  return (
    <div className="view-controls changes-controls" role="group" aria-label={m.changes.controls}>
      <div className="view-field">
        <label className="view-field__label" htmlFor={fromId}>
          {m.changes.from}
        </label>
        <input
          id={fromId}
          className="view-field__input"
          type="date"
          min={TIMELINE_START}
          max={today}
          value={period.from}
          onChange={typed("from")}
        />
      </div>
      <button
        type="button"
        className="view-button changes-controls__swap"
        onClick={() => onChange({ from: period.to, to: period.from }, "push")}
      >
        <span aria-hidden="true">⇄ </span>
        {m.changes.swap}
      </button>
      <div className="view-field">
        <label className="view-field__label" htmlFor={toId}>
          {m.changes.to}
        </label>
        <input
          id={toId}
          className="view-field__input"
          type="date"
          min={TIMELINE_START}
          max={today}
          value={period.to}
          onChange={typed("to")}
        />
      </div>
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
    </div>
  );
}

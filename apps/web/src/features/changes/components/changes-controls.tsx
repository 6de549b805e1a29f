import { isCalendarDate, type IsoDate, TIMELINE_START } from "@scomm/core";
import type { ChangeEvent } from "react";
import type { HistoryMode } from "../../../lib/location.js";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import type { Period } from "../presets.js";
import { PeriodDateField } from "./period-date-field.js";
import { PeriodPresets } from "./period-presets.js";

export interface ChangesControlsProps {
  period: Period;
  today: IsoDate;
  onChange: (period: Partial<Period>, mode: HistoryMode) => void;
}

/** The two dates, a swap, and the named periods. */
export function ChangesControls({ period, today, onChange }: ChangesControlsProps) {
  const { m } = useI18n();
  const typed = (key: keyof Period) => (e: ChangeEvent<HTMLInputElement>) => {
    const value = e.currentTarget.value;
    if (isCalendarDate(value) && value >= TIMELINE_START && value <= today) onChange({ [key]: value }, "replace");
  };
  return (
    <div className="view-controls changes-controls" role="group" aria-label={m.changes.controls}>
      <PeriodDateField label={m.changes.from} value={period.from} today={today} onChange={typed("from")} />
      <button
        type="button"
        className="view-button changes-controls__swap"
        onClick={() => onChange({ from: period.to, to: period.from }, "push")}
      >
        <span aria-hidden="true">⇄ </span>
        {m.changes.swap}
      </button>
      <PeriodDateField label={m.changes.to} value={period.to} today={today} onChange={typed("to")} />
      <PeriodPresets period={period} today={today} onChange={onChange} />
    </div>
  );
}

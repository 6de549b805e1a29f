import { TIMELINE_START, type IsoDate } from "@scomm/core";
import { useId, type ChangeEventHandler } from "react";

interface PeriodDateFieldProps {
  label: string;
  value: IsoDate;
  today: IsoDate;
  onChange: ChangeEventHandler<HTMLInputElement>;
}

/** One end of the period: a date between the timeline's start and today. */
export function PeriodDateField({ label, value, today, onChange }: PeriodDateFieldProps) {
  const id = useId();
  return (
    <div className="view-field">
      <label className="view-field__label" htmlFor={id}>
        {label}
      </label>
      <input id={id} className="view-field__input" type="date" min={TIMELINE_START} max={today} value={value} onChange={onChange} />
    </div>
  );
}

import { TIMELINE_START, type IsoDate } from "@scomm/core";
import type { ChangeEventHandler } from "react";
import { ViewField } from "../../../components/view-field.js";

interface PeriodDateFieldProps {
  label: string;
  value: IsoDate;
  today: IsoDate;
  onChange: ChangeEventHandler<HTMLInputElement>;
}

/** One end of the period: a date between the timeline's start and today. */
export function PeriodDateField({ label, value, today, onChange }: PeriodDateFieldProps) {
  return (
    <ViewField label={label}>
      {(id) => (
        <input id={id} className="view-field__input" type="date" min={TIMELINE_START} max={today} value={value} onChange={onChange} />
      )}
    </ViewField>
  );
}

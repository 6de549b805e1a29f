import type { IsoDate } from "@scomm/core";
import { useCuratorI18n } from "../use-curator-i18n.js";

interface WhyDateChoiceProps {
  dates: readonly IsoDate[];
  value: IsoDate;
  onChange: (date: IsoDate) => void;
}

/** The date on which the preview explains the county's colour, among those the edit bears on. */
export function WhyDateChoice({ dates, value, onChange }: WhyDateChoiceProps) {
  const { c, date: formatDate } = useCuratorI18n();
  return (
    <>
      <label className="curator-field__label" htmlFor="curator-why-date">
        {c.preview.whyOn}
      </label>{" "}
      <select
        id="curator-why-date"
        className="view-field__input curator-input curator-input--inline"
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {dates.map((date) => (
          <option key={date} value={date}>
            {formatDate(date)}
          </option>
        ))}
      </select>
    </>
  );
}

import type { IsoDate } from "@scomm/core";
import type { ReactNode } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";

interface DateSliderHeadProps {
  inputId: string;
  label: string | undefined;
  date: IsoDate;
  playing: boolean;
  compact: boolean;
  children?: ReactNode;
}

/** The slider's label and its date in words (and, unless compact, as ISO), announced unless playing; then its controls. */
export function DateSliderHead({ inputId, label, date, playing, compact, children }: DateSliderHeadProps) {
  const { m, date: formatDate } = useI18n();
  return (
    <div className="date-slider__head">
      <label htmlFor={inputId} className={compact ? "visually-hidden" : "date-slider__label"}>
        {label ?? m.timeline.label}
      </label>
      <output htmlFor={inputId} className="date-slider__value" data-testid="map-date" aria-live={playing ? "off" : "polite"}>
        <span className="date-slider__long">{formatDate(date)}</span>
        {!compact && (
          <time dateTime={date} className="date-slider__iso">
            {date}
          </time>
        )}
      </output>
      {children}
    </div>
  );
}

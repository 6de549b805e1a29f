import { dayNumber, fromDayNumber, type IsoDate } from "@scomm/core";
import { useId, useMemo } from "react";
import { markDateChange } from "../../../lib/instrument.js";
import { longDate } from "../date-label.js";
import { TIMELINE_START } from "../map-query.js";
import { stepMonth, yearTicks } from "../slider-series.js";

interface DateSliderProps {
  date: IsoDate;
  today: IsoDate;
  onChange: (date: IsoDate) => void;
}

/** The map's date: a day-by-day range from 2008 to today, with month steps and year ticks. */
export function DateSlider({ date, today, onChange }: DateSliderProps) {
  const id = useId();
  const ticks = useMemo(() => yearTicks(TIMELINE_START, today), [today]);
  const change = (next: IsoDate) => {
    const clamped = next < TIMELINE_START ? TIMELINE_START : next > today ? today : next;
    if (clamped === date) return;
    markDateChange();
    onChange(clamped);
  };

  return (
    <div className="date-slider">
      <div className="date-slider__head">
        <label htmlFor={id} className="date-slider__label">
          Map date
        </label>
        <output htmlFor={id} className="date-slider__value" data-testid="map-date" aria-live="polite">
          <span className="date-slider__long">{longDate(date)}</span>
          <time dateTime={date} className="date-slider__iso">
            {date}
          </time>
        </output>
        <div className="date-slider__steps">
          <button type="button" aria-label="Previous month" onClick={() => change(stepMonth(date, -1))} disabled={date <= TIMELINE_START}>
            <span aria-hidden="true">‹</span> Month
          </button>
          <button type="button" aria-label="Next month" onClick={() => change(stepMonth(date, 1))} disabled={date >= today}>
            Month <span aria-hidden="true">›</span>
          </button>
        </div>
      </div>
      <input
        id={id}
        type="range"
        className="date-slider__range"
        min={dayNumber(TIMELINE_START)}
        max={dayNumber(today)}
        step={1}
        value={dayNumber(date)}
        aria-valuetext={longDate(date)}
        onChange={(e) => change(fromDayNumber(Number(e.currentTarget.value)))}
      />
      <div className="date-slider__ticks" aria-hidden="true">
        {ticks.map((t) => (
          <span key={t.year} className="date-slider__tick" style={{ left: `${t.offset * 100}%` }}>
            {t.labelled ? t.year : ""}
          </span>
        ))}
      </div>
    </div>
  );
}

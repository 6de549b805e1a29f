import { dayNumber, fromDayNumber, type IsoDate } from "@scomm/core";
import { useId, useMemo, type KeyboardEvent, type ReactNode } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import type { EraBand, Milestone } from "../milestone-series.js";
import { sliderKeyAction, yearTicks } from "../slider-series.js";
import { MilestoneMarks, trackLeft, trackWidth } from "./milestone-marks.js";

interface DateSliderProps {
  date: IsoDate;
  start: IsoDate;
  end: IsoDate;
  /** While playing the date is not announced on every frame. */
  playing: boolean;
  bands: readonly EraBand[];
  milestones: readonly Milestone[];
  onChange: (date: IsoDate) => void;
  /** A milestone's "show the map on this date". */
  onGoTo: (date: IsoDate) => void;
  onTogglePlay: () => void;
  /** Controls shown in the head, beside the date (play, speed, steps). */
  children?: ReactNode;
  /** One row: the date, the controls and the range, without the ISO date, milestones, the PEP band or year ticks. */
  compact?: boolean;
}

/**
 * The map's date: a native range (role slider) from 2008 to today, one step a day, with the PEP years as
 * a band, the federal milestones as ticks and a tick per year. Keys: see `sliderKeyAction`.
 */
export function DateSlider({ date, start, end, playing, bands, milestones, onChange, onGoTo, onTogglePlay, children, compact = false }: DateSliderProps) {
  const { m, date: formatDate } = useI18n();
  const t = m.timeline;
  const ids = { input: useId(), keys: useId() };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const action = sliderKeyAction(e.key, date, start, end);
    if (!action) return;
    e.preventDefault();
    if ("togglePlay" in action) onTogglePlay();
    else onChange(action.date);
  };

  return (
    <div className={compact ? "date-slider date-slider--compact" : "date-slider"} data-testid="date-slider">
      <div className="date-slider__head">
        <label htmlFor={ids.input} className={compact ? "visually-hidden" : "date-slider__label"}>
          {t.label}
        </label>
        <output htmlFor={ids.input} className="date-slider__value" data-testid="map-date" aria-live={playing ? "off" : "polite"}>
          <span className="date-slider__long">{formatDate(date)}</span>
          {!compact && (
            <time dateTime={date} className="date-slider__iso">
              {date}
            </time>
          )}
        </output>
        {children}
      </div>
      <div className="date-slider__track">
        {!compact && <EraBands bands={bands} />}
        <input
          id={ids.input}
          type="range"
          className="date-slider__range"
          min={dayNumber(start)}
          max={dayNumber(end)}
          step={1}
          value={dayNumber(date)}
          aria-valuetext={formatDate(date)}
          aria-describedby={ids.keys}
          aria-keyshortcuts="ArrowLeft ArrowRight ArrowUp ArrowDown PageUp PageDown Home End Space"
          onKeyDown={onKeyDown}
          onChange={(e) => onChange(fromDayNumber(Number(e.currentTarget.value)))}
        />
      </div>
      <p id={ids.keys} className="visually-hidden">
        {t.keys}
      </p>
      {!compact && <MilestoneMarks milestones={milestones} onGoTo={onGoTo} />}
      {!compact && <YearTicks start={start} end={end} />}
    </div>
  );
}

/** The PEP years as a band over the range, titled with their dates. */
function EraBands({ bands }: { bands: readonly EraBand[] }) {
  const { m, date: formatDate, fill } = useI18n();
  const t = m.timeline;
  return bands.map((band) => (
    <span
      key={band.from}
      className="date-slider__band"
      style={{ left: trackLeft(band.start), width: trackWidth(band.end - band.start) }}
      title={fill(t.pepTitle, { from: formatDate(band.from), to: formatDate(band.to) })}
      aria-hidden="true"
    >
      {t.pep}
    </span>
  ));
}

/** A tick per year under the range, every fourth labelled (`yearTicks`). */
function YearTicks({ start, end }: { start: IsoDate; end: IsoDate }) {
  const ticks = useMemo(() => yearTicks(start, end), [start, end]);
  return (
    <div className="date-slider__ticks" aria-hidden="true">
      {ticks.map((tick, i) => (
        <span key={tick.year} className={`date-slider__tick${i % 4 === 0 ? "" : " date-slider__tick--minor"}`} style={{ left: trackLeft(tick.offset) }}>
          {tick.labelled ? tick.year : ""}
        </span>
      ))}
    </div>
  );
}

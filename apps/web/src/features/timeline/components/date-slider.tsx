import { dayNumber, fromDayNumber, type IsoDate } from "@scomm/core";
import { useId, type KeyboardEvent, type ReactNode } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import type { EraBand, Milestone } from "../milestone-series.js";
import { sliderKeyAction } from "../slider-series.js";
import { DateSliderHead } from "./date-slider-head.js";
import { EraBands } from "./era-bands.js";
import { MilestoneMarks } from "./milestone-marks.js";
import { YearTicks } from "./year-ticks.js";

interface DateSliderProps {
  /** What the date is of; the map's date when absent. */
  label?: string;
  date: IsoDate;
  start: IsoDate;
  end: IsoDate;
  /** While playing the date is not announced on every frame. */
  playing?: boolean;
  bands?: readonly EraBand[];
  /** The federal milestones under the track; absent, the slider has no row for them. */
  milestones?: readonly Milestone[];
  onChange: (date: IsoDate) => void;
  /** A milestone's "show the map on this date". */
  onGoTo?: (date: IsoDate) => void;
  /** Absent, the slider does not play and Space is not its key. */
  onTogglePlay?: () => void;
  /** Controls shown in the head, beside the date (play, speed, steps). */
  children?: ReactNode;
  /** One row: the date, the controls and the range, without the ISO date, milestones, the PEP band or year ticks. */
  compact?: boolean;
}

/**
 * A view's date (the map's, the table's): a native range (role slider) from 2008 to today, one step a day,
 * with a tick per year and, where given, the PEP years as a band and the federal milestones as ticks.
 * Keys: see `sliderKeyAction`.
 */
export function DateSlider(props: DateSliderProps) {
  const {
    label,
    date,
    start,
    end,
    playing = false,
    bands = [],
    milestones,
    onChange,
    onGoTo = onChange,
    onTogglePlay,
    children,
    compact = false,
  } = props;
  const { m, date: formatDate } = useI18n();
  const t = m.timeline;
  const ids = { input: useId(), keys: useId() };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const action = sliderKeyAction(e.key, date, start, end);
    if (!action || ("togglePlay" in action && !onTogglePlay)) return;
    e.preventDefault();
    if ("togglePlay" in action) onTogglePlay?.();
    else onChange(action.date);
  };

  return (
    <div className={compact ? "date-slider date-slider--compact" : "date-slider"} data-testid="date-slider">
      <DateSliderHead inputId={ids.input} label={label} date={date} playing={playing} compact={compact}>
        {children}
      </DateSliderHead>
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
          aria-keyshortcuts={`ArrowLeft ArrowRight ArrowUp ArrowDown PageUp PageDown Home End${onTogglePlay ? " Space" : ""}`}
          onKeyDown={onKeyDown}
          onChange={(e) => onChange(fromDayNumber(Number(e.currentTarget.value)))}
        />
      </div>
      <p id={ids.keys} className="visually-hidden">
        {onTogglePlay ? `${t.keys} ${t.playKey}` : t.keys}
      </p>
      {!compact && milestones && <MilestoneMarks milestones={milestones} onGoTo={onGoTo} />}
      {!compact && <YearTicks start={start} end={end} />}
    </div>
  );
}

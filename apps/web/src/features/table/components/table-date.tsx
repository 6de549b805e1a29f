import { type IsoDate, TIMELINE_START } from "@scomm/core";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import type { HistoryMode } from "../../../lib/location.js";

import { DateSlider } from "../../timeline/components/date-slider.js";
import { MonthSteps } from "../../timeline/components/month-steps.js";
import { clampToRange, stepMonth } from "../../timeline/slider-series.js";
import "../../timeline/timeline.css";

interface TableDateProps {
  date: IsoDate;
  /** The slider's last day. */
  today: IsoDate;
  /** "replace" from a drag or a key, "push" from a month step, as on the map. */
  onChange: (date: IsoDate, mode: HistoryMode) => void;
}

/** The table's date: the map's date slider and month steps, without playback or milestones (a table is read, not watched). */
export function TableDate({ date, today, onChange }: TableDateProps) {
  const { m } = useI18n();
  const go = (next: IsoDate, mode: HistoryMode) => {
    const clamped = clampToRange(next, TIMELINE_START, today);
    if (clamped !== date) onChange(clamped, mode);
  };
  return (
    <DateSlider label={m.table.date} date={date} start={TIMELINE_START} end={today} onChange={(next) => go(next, "replace")}>
      <div className="play-controls">
        <MonthSteps
          canStepBack={date > TIMELINE_START}
          canStepForward={date < today}
          onStep={(direction) => go(stepMonth(date, direction), "push")}
        />
      </div>
    </DateSlider>
  );
}

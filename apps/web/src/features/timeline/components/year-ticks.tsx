import type { IsoDate } from "@scomm/core";
import { memo, useMemo } from "react";
import { yearTicks } from "../slider-series.js";
import { trackLeft } from "./milestone-marks.js";

/** A tick per January 1st under the slider's track, every fourth one long, the years printed where they fit. Memoised: a slider step leaves it alone. */
export const YearTicks = memo(function YearTicks({ start, end }: { start: IsoDate; end: IsoDate }) {
  const ticks = useMemo(() => yearTicks(start, end), [start, end]);
  return (
    <div className="date-slider__ticks" aria-hidden="true">
      {ticks.map((tick, i) => (
        <span
          key={tick.year}
          className={`date-slider__tick${i % 4 === 0 ? "" : " date-slider__tick--minor"}`}
          style={{ left: trackLeft(tick.offset) }}
        >
          {tick.labelled ? tick.year : ""}
        </span>
      ))}
    </div>
  );
});

import { memo } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import type { EraBand } from "../milestone-series.js";
import { trackLeft, trackWidth } from "./milestone-marks.js";

/** The PEP years as a band along the slider's track, dated in its title. Memoised: a slider step leaves it alone. */
export const EraBands = memo(function EraBands({ bands }: { bands: readonly EraBand[] }) {
  const { m, date, fill } = useI18n();
  return bands.map((band) => (
    <span
      key={band.from}
      className="date-slider__band"
      style={{ left: trackLeft(band.start), width: trackWidth(band.end - band.start) }}
      title={fill(m.timeline.pepTitle, { from: date(band.from), to: date(band.to) })}
      aria-hidden="true"
    >
      {m.timeline.pep}
    </span>
  ));
});

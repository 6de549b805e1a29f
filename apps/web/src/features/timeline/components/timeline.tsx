import { type IsoDate, TIMELINE_START } from "@scomm/core";
import { useCallback, useLayoutEffect, useMemo, useRef } from "react";
import { markDateChange } from "../../../lib/instrument.js";
import type { HistoryMode } from "../../../lib/location.js";

import { clampToRange, stepMonth } from "../slider-series.js";
import { DateSlider } from "./date-slider.js";
import { PlayControls } from "./play-controls.js";
import { useMilestones } from "./use-milestones.js";
import { usePlayback } from "./use-playback.js";
import "../timeline.css";

interface TimelineProps {
  date: IsoDate;
  /** The slider's last day (today). */
  end: IsoDate;
  /** A new date: "replace" from a drag, a key or playback; "push" from a discrete step (a month, a milestone). */
  onChange: (date: IsoDate, mode: HistoryMode) => void;
  /** One row (the compact embed): the date, Play and the range, without milestones, ticks, speed or month steps. */
  compact?: boolean;
}

/** The map's timeline: the date slider with its milestones, play/pause, speed and month steps. */
export function Timeline({ date, end, onChange, compact = false }: TimelineProps) {
  const range = useMemo(() => ({ start: TIMELINE_START, end }), [end]);
  const playback = usePlayback(date, range, (next) => onChange(next, "replace"));
  const { milestones, bands } = useMilestones(range);

  /** The reader moved the date: stop playing, then go there (clamped to the slider). */
  const go = (next: IsoDate, mode: HistoryMode = "replace") => {
    playback.stop();
    const clamped = clampToRange(next, range.start, range.end);
    if (clamped === date) return;
    markDateChange();
    onChange(clamped, mode);
  };

  // One function for the life of the timeline (it calls the latest `go`), so the milestones sit out a slider step.
  const latestGo = useRef(go);
  useLayoutEffect(() => {
    latestGo.current = go;
  });
  const goTo = useCallback((next: IsoDate) => latestGo.current(next, "push"), []);

  return (
    <DateSlider
      date={date}
      start={range.start}
      end={range.end}
      playing={playback.playing}
      bands={bands}
      milestones={milestones}
      onChange={go}
      onGoTo={goTo}
      onTogglePlay={playback.toggle}
      compact={compact}
    >
      <PlayControls
        compact={compact}
        playback={playback}
        canStepBack={date > range.start}
        canStepForward={date < range.end}
        onStep={(direction) => go(stepMonth(date, direction), "push")}
      />
    </DateSlider>
  );
}

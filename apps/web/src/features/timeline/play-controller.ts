import { dayNumber, fromDayNumber, type IsoDate } from "@scomm/core";
import { stepMonth } from "./slider-series.js";

/**
 * The headless engine behind the timeline's play button (the shape of OWID's TimelineController): no DOM,
 * no timers. The view feeds it wall-clock frames; it answers the date to show and whether it has stopped.
 */
export const SPEEDS = [0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];
export const DEFAULT_SPEED: Speed = 1;

/** At 1x the map moves a month of program history per second. */
export const DAYS_PER_SECOND = 365.25 / 12;
/** With reduced motion the map jumps a whole month at a time, once per this many ms at 1x. */
export const STEP_MS = 1000;
/** A frame longer than this (a hidden tab, a stall) counts as this long, so the map never leaps. */
export const MAX_FRAME_MS = 100;

/** "smooth": day by day on every frame; "steps": month by month, for readers who prefer reduced motion. */
export type Motion = "smooth" | "steps";

export interface Playback {
  playing: boolean;
  speed: Speed;
  motion: Motion;
  /** Fractional day number reached; the date shown is its floor. */
  day: number;
  /** Wall-clock ms of the last frame seen; null right after play. */
  lastFrame: number | null;
  /** Steps mode: ms gathered towards the next month step. */
  carry: number;
}

export interface PlayRange {
  start: IsoDate;
  end: IsoDate;
}

export function playbackDate(playback: Playback): IsoDate {
  return fromDayNumber(Math.floor(playback.day));
}

/** Start playing from `date`, or from the start of the range when `date` is already at its end. */
export function play(date: IsoDate, speed: Speed, motion: Motion, range: PlayRange): Playback {
  const from = date >= range.end ? range.start : date;
  return { playing: true, speed, motion, day: dayNumber(from), lastFrame: null, carry: 0 };
}

export function pause(playback: Playback): Playback {
  return { ...playback, playing: false, lastFrame: null, carry: 0 };
}

/** The pure heart: where playback stands after `elapsedMs` more at its speed; it stops at the end. */
export function advance(playback: Playback, elapsedMs: number, range: PlayRange): Playback {
  if (!playback.playing) return playback;
  const ms = Math.min(Math.max(elapsedMs, 0), MAX_FRAME_MS);
  const end = dayNumber(range.end);
  if (playback.motion === "smooth") {
    const day = playback.day + (ms / 1000) * DAYS_PER_SECOND * playback.speed;
    return day >= end ? { ...playback, day: end, playing: false } : { ...playback, day };
  }
  let carry = playback.carry + ms;
  let date = playbackDate(playback);
  const interval = STEP_MS / playback.speed;
  while (carry >= interval && date < range.end) {
    carry -= interval;
    date = stepMonth(date, 1);
  }
  const day = Math.min(dayNumber(date), end);
  return { ...playback, day, carry, playing: day < end };
}

/** One animation frame at wall-clock time `now` (ms): the first frame after play only sets the clock. */
export function frame(playback: Playback, now: number, range: PlayRange): Playback {
  if (!playback.playing) return playback;
  const elapsed = playback.lastFrame === null ? 0 : now - playback.lastFrame;
  return { ...advance(playback, elapsed, range), lastFrame: now };
}

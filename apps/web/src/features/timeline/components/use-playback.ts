import type { IsoDate } from "@scomm/core";
import { useCallback, useEffect, useRef, useState } from "react";
import { markDateChange } from "../../../lib/instrument.js";
import { DEFAULT_SPEED, frame, pause, play, playbackDate, type Playback, type PlayRange, type Speed } from "../play-controller.js";
import { useReducedMotion } from "./use-reduced-motion.js";

export interface PlaybackControls {
  playing: boolean;
  speed: Speed;
  /** Reduced motion: playing steps a month at a time. */
  stepped: boolean;
  toggle: () => void;
  stop: () => void;
  setSpeed: (speed: Speed) => void;
}

/**
 * Binds the headless play controller to animation frames: each frame asks it for the date and hands a
 * new one to `onDate`. Never starts by itself; whoever moves the date otherwise (slider, keys) calls `stop`.
 */
export function usePlayback(date: IsoDate, range: PlayRange, onDate: (date: IsoDate) => void): PlaybackControls {
  const stepped = useReducedMotion();
  const [speed, setSpeedState] = useState<Speed>(DEFAULT_SPEED);
  const [playing, setPlaying] = useState(false);
  const playback = useRef<Playback | null>(null);
  const latest = useRef({ range, onDate });
  latest.current = { range, onDate };

  useEffect(() => {
    if (!playing) return;
    let request = 0;
    const loop = (now: number) => {
      const before = playback.current;
      if (!before) return;
      const next = frame(before, now, latest.current.range);
      playback.current = next;
      const nextDate = playbackDate(next);
      if (nextDate !== playbackDate(before)) {
        markDateChange();
        latest.current.onDate(nextDate);
      }
      if (next.playing) request = requestAnimationFrame(loop);
      else setPlaying(false);
    };
    request = requestAnimationFrame(loop);
    return () => cancelAnimationFrame(request);
  }, [playing]);

  const stop = useCallback(() => {
    if (playback.current) playback.current = pause(playback.current);
    setPlaying(false);
  }, []);

  const toggle = useCallback(() => {
    if (playing) return stop();
    const started = play(date, speed, stepped ? "steps" : "smooth", latest.current.range);
    playback.current = started;
    if (playbackDate(started) !== date) {
      markDateChange();
      latest.current.onDate(playbackDate(started));
    }
    setPlaying(true);
  }, [playing, stop, date, speed, stepped]);

  const setSpeed = useCallback((next: Speed) => {
    setSpeedState(next);
    if (playback.current) playback.current = { ...playback.current, speed: next };
  }, []);

  return { playing, speed, stepped, toggle, stop, setSpeed };
}

import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { SPEEDS, type Speed } from "../play-controller.js";
import { MonthSteps } from "./month-steps.js";
import type { PlaybackControls } from "./use-playback.js";

interface PlayControlsProps {
  playback: PlaybackControls;
  canStepBack: boolean;
  canStepForward: boolean;
  onStep: (direction: -1 | 1) => void;
  /** Play alone (the compact embed). */
  compact?: boolean;
}

/** Play or pause, the speed, and a month back or forward (Play alone when compact). */
export function PlayControls({ playback, canStepBack, canStepForward, onStep, compact = false }: PlayControlsProps) {
  const { m } = useI18n();
  const t = m.timeline;
  return (
    <div className="play-controls">
      <button type="button" className="play-controls__play" onClick={playback.toggle} data-testid="play" aria-keyshortcuts="Space">
        <span aria-hidden="true" className={`play-controls__icon play-controls__icon--${playback.playing ? "pause" : "play"}`} />
        {playback.playing ? t.pause : t.play}
      </button>
      {!compact && <SpeedAndSteps playback={playback} canStepBack={canStepBack} canStepForward={canStepForward} onStep={onStep} />}
    </div>
  );
}

function SpeedAndSteps({ playback, canStepBack, canStepForward, onStep }: Omit<PlayControlsProps, "compact">) {
  const { m, fill, number } = useI18n();
  const t = m.timeline;
  return (
    <>
      <label className="play-controls__speed">
        <span>{t.speed}</span>
        <select value={playback.speed} onChange={(e) => playback.setSpeed(Number(e.currentTarget.value) as Speed)} data-testid="speed">
          {SPEEDS.map((speed) => (
            <option key={speed} value={speed}>
              {fill(t.speedOption, { speed: number(speed) })}
            </option>
          ))}
        </select>
      </label>
      <MonthSteps canStepBack={canStepBack} canStepForward={canStepForward} onStep={onStep} />
    </>
  );
}

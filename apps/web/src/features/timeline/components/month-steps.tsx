import { useI18n } from "../../../lib/i18n/use-i18n.js";

interface MonthStepsProps {
  canStepBack: boolean;
  canStepForward: boolean;
  onStep: (direction: -1 | 1) => void;
}

/** A month back or forward (to the first of the month, `stepMonth`). */
export function MonthSteps({ canStepBack, canStepForward, onStep }: MonthStepsProps) {
  const t = useI18n().m.timeline;
  return (
    <div className="play-controls__steps">
      <button type="button" aria-label={t.previousMonth} onClick={() => onStep(-1)} aria-disabled={!canStepBack}>
        <span aria-hidden="true">‹ {t.month}</span>
      </button>
      <button type="button" aria-label={t.nextMonth} onClick={() => onStep(1)} aria-disabled={!canStepForward}>
        <span aria-hidden="true">{t.month} ›</span>
      </button>
    </div>
  );
}

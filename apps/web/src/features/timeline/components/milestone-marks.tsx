import { eventText } from "../../../lib/event-text.js";
import type { IsoDate } from "@scomm/core";
import { memo, useEffect, useRef, useState } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import type { Milestone, MilestoneKind } from "../milestone-series.js";

interface MilestoneMarksProps {
  milestones: readonly Milestone[];
  onGoTo: (date: IsoDate) => void;
}

/** `left` for a point at `offset` (0..1) along the range input's track (its thumb is `--thumb` wide). */
export const trackLeft = (offset: number) => `calc(var(--thumb) / 2 + ${offset} * (100% - var(--thumb)))`;

/** `width` for a span of `share` (0..1) of the track. */
export const trackWidth = (share: number) => `calc(${share} * (100% - var(--thumb)))`;

/**
 * The federal milestones as ticks under the slider. Each tick opens a card with its summary, date at its
 * precision and sources: on hover, or pinned by a click (Enter, Space); Escape closes it. Memoised: a slider
 * step leaves it alone (its `onGoTo` must be stable).
 */
export const MilestoneMarks = memo(function MilestoneMarks({ milestones, onGoTo }: MilestoneMarksProps) {
  const { m } = useI18n();
  const [open, setOpen] = useState<{ kind: MilestoneKind; pinned: boolean } | null>(null);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open?.pinned) return;
    const close = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(null);
    };
    document.addEventListener("pointerdown", close);
    return () => document.removeEventListener("pointerdown", close);
  }, [open?.pinned]);

  return (
    <div
      ref={root}
      className="milestones"
      role="group"
      aria-label={m.timeline.milestonesLabel}
      onKeyDown={(e) => e.key === "Escape" && setOpen(null)}
      onMouseLeave={() => setOpen((o) => (o?.pinned ? o : null))}
    >
      {milestones.map((milestone) => {
        const isOpen = open?.kind === milestone.kind;
        const cardId = `milestone-${milestone.kind}`;
        return (
          <div key={milestone.kind} className="milestones__item" style={{ left: trackLeft(milestone.offset) }} data-kind={milestone.kind}>
            <button
              type="button"
              className="milestones__tick"
              aria-expanded={isOpen}
              aria-controls={isOpen ? cardId : undefined}
              aria-label={m.timeline.milestones[milestone.kind]}
              data-testid={`milestone-${milestone.kind}`}
              onMouseEnter={() => setOpen((o) => (o?.pinned ? o : { kind: milestone.kind, pinned: false }))}
              onClick={() => setOpen(isOpen && open.pinned ? null : { kind: milestone.kind, pinned: true })}
            >
              <span aria-hidden="true" />
            </button>
            {isOpen && <MilestoneCard id={cardId} milestone={milestone} onGoTo={onGoTo} />}
          </div>
        );
      })}
    </div>
  );
});

function MilestoneCard({ id, milestone, onGoTo }: { id: string; milestone: Milestone; onGoTo: (date: IsoDate) => void }) {
  const { m, date, fill, lang } = useI18n();
  const t = m.timeline;
  const text = milestone.summary
    ? eventText({ actor: "", actorEs: null, summary: milestone.summary, summaryEs: milestone.summaryEs }, lang)
    : null;
  const side = milestone.offset > 0.66 ? " milestones__card--left" : milestone.offset < 0.2 ? " milestones__card--right" : "";
  return (
    <div id={id} className={`milestones__card${side}`} role="region" aria-label={t.milestones[milestone.kind]} data-testid="milestone-card">
      <p className="milestones__title">{t.milestones[milestone.kind]}</p>
      <p className="milestones__date">
        <time dateTime={milestone.date}>{date(milestone.date, milestone.precision)}</time>
      </p>
      {text ? (
        <p className="milestones__summary" lang={text.lang}>
          {text.summary}
        </p>
      ) : (
        <p className="milestones__summary">{fill(t.lastActivation, { count: milestone.count })}</p>
      )}
      <p className="milestones__sources">
        {milestone.sources.length > 1 ? t.sources : t.source}:{" "}
        {milestone.sources.slice(0, 3).map((source, i) => (
          <span key={source.url ?? source.title}>
            {i > 0 && "; "}
            {source.url ? (
              <a href={source.url} target="_blank" rel="noreferrer">
                {source.publisher}
              </a>
            ) : (
              source.publisher
            )}
          </span>
        ))}
      </p>
      <button type="button" className="milestones__go" onClick={() => onGoTo(milestone.date)}>
        {t.goTo}
      </button>
    </div>
  );
}

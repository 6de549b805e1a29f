import { useState } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import type { ChangeCluster, TransitionGroup } from "../change-groups.js";
import { ChangeClusterItem } from "./change-cluster.js";
import { TransitionLabel, useCountyCount } from "./transition-label.js";

/** Clusters shown at first, and added per "show more". */
const STEP = 12;

export const groupAnchor = (g: TransitionGroup) => `change-${g.from}-to-${g.to}`;

/** One transition: its clusters of counties, each with the events that moved them. */
export function ChangeGroup({ group }: { group: TransitionGroup }) {
  const { m, fill } = useI18n();
  const counties = useCountyCount();
  const [shown, setShown] = useState(STEP);
  const visible = group.clusters.slice(0, shown);
  const next = group.clusters.slice(shown, shown + STEP * 4);
  const nextCount = countOf(next);
  const titleId = `${groupAnchor(group)}-title`;
  return (
    <section className="change-group" id={groupAnchor(group)} aria-labelledby={titleId} data-testid="change-group">
      <h4 id={titleId} className="change-group__title">
        <TransitionLabel from={group.from} to={group.to} />
        <span className="change-group__count">{counties(group.count)}</span>
      </h4>
      <ol className="change-group__clusters">
        {visible.map((cluster) => (
          <ChangeClusterItem key={cluster.key} cluster={cluster} />
        ))}
      </ol>
      <div className="change-group__more">
        {next.length > 0 && (
          <button type="button" className="view-button" onClick={() => setShown(shown + STEP * 4)}>
            {fill(m.changes.showMore, { count: nextCount })}
          </button>
        )}
        {shown > STEP && (
          <button type="button" className="view-button" onClick={() => setShown(STEP)}>
            {m.changes.showFewer}
          </button>
        )}
      </div>
    </section>
  );
}

function countOf(clusters: readonly ChangeCluster[]): number {
  return clusters.reduce((sum, c) => sum + c.changes.length, 0);
}

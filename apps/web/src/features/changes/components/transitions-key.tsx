import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { MUTED_FILL } from "../../map/category-colours.js";
import { Swatch } from "../../map/components/swatch.js";
import type { TransitionGroup } from "../change-groups.js";
import { groupAnchor } from "./change-group.js";
import { TransitionLabel, useCountyCount } from "./transition-label.js";

/** Beside the map: each transition with its number of counties, linking to its part of the list. */
export function TransitionsKey({ groups, to, unchanged }: { groups: readonly TransitionGroup[]; to: string; unchanged: number }) {
  const i18n = useI18n();
  const counties = useCountyCount();
  return (
    <section className="transitions-key" aria-labelledby="transitions-key-title" data-testid="transitions-key">
      <h3 id="transitions-key-title" className="transitions-key__title">
        {i18n.m.changes.transitions}
      </h3>
      <ul>
        {groups.map((g) => (
          <li key={`${g.from}>${g.to}`}>
            <a href={`#${groupAnchor(g)}`}>
              <TransitionLabel from={g.from} to={g.to} stacked />
              <span className="transitions-key__count">{counties(g.count)}</span>
            </a>
          </li>
        ))}
        <li className="transitions-key__unchanged">
          <span className="transition-label">
            <span className="transition-label__category">
              <Swatch fill={MUTED_FILL} hatch={null} />
              {i18n.m.changes.unchanged}
            </span>
          </span>
          <span className="transitions-key__count">{counties(unchanged)}</span>
        </li>
      </ul>
      <p className="transitions-key__note">{i18n.fill(i18n.m.changes.mapKey, { date: i18n.date(to) })}</p>
    </section>
  );
}

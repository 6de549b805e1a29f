import { useI18n } from "../../../lib/i18n/use-i18n.js";
import type { StanceCell } from "../table-series.js";

/** A layer's stance in words, with since when and who took it: "Objects — since June 1, 2011, Governor Andrew Cuomo". */
export function StanceText({ cell }: { cell: StanceCell | null }) {
  const i18n = useI18n();
  if (!cell) return <span className="stance stance--loading">…</span>;
  if (cell.stance === "none") return <span className="stance stance--none">{i18n.m.table.stances.none}</span>;
  return (
    <span className={`stance stance--${cell.stance}`}>
      <span className="stance__word">{i18n.m.table.stances[cell.stance]}</span>
      {cell.since && (
        <span className="stance__detail">
          {i18n.fill(i18n.m.table.since, { date: i18n.date(cell.since) })}
          {cell.actor ? ` · ${cell.actor}` : ""}
        </span>
      )}
    </span>
  );
}

import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { stanceActor, type StanceCell } from "../table-series.js";

/** A layer's stance in words, with since when and who took it: "Objects — since June 1, 2011 · Governor Andrew Cuomo". */
export function StanceText({ cell }: { cell: StanceCell }) {
  const i18n = useI18n();
  if (cell.stance === "none") return <span className="stance stance--none">{i18n.m.table.stances.none}</span>;
  const actor = stanceActor(cell, i18n.lang);
  return (
    <span className={`stance stance--${cell.stance}`}>
      <span className="stance__word">{i18n.m.table.stances[cell.stance]}</span>
      {cell.since && (
        <span className="stance__detail">
          <time dateTime={cell.since}>{i18n.fill(i18n.m.table.since, { date: i18n.date(cell.since) })}</time>
          {actor && (
            <>
              {" · "}
              <span className="stance__actor" lang={actor.lang === i18n.lang ? undefined : actor.lang}>
                {actor.text}
              </span>
            </>
          )}
        </span>
      )}
    </span>
  );
}

import { todayIso, type IsoDate } from "@scomm/core";
import { useCallback, useMemo } from "react";
import { ViewHead } from "../../../components/view-head.js";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { useViewState } from "../../../lib/location.js";
import { useDocumentTitle } from "../../../lib/use-document-title.js";
import { DEFAULT_PERIOD } from "../presets.js";
import { ChangesControls } from "./changes-controls.js";
import { ChangesList } from "./changes-list.js";
import { ChangesMap } from "./changes-map.js";
import { CountyNames } from "./county-names.js";
import { TransitionsKey } from "./transitions-key.js";
import { useChanges } from "./use-changes.js";
import "../../table/view.css";
import "../changes.css";

/** How many counties changed between the two dates, of how many; a note when the dates run backwards. */
function ChangesSummary({ changed, total, from, to }: { changed: number; total: number; from: IsoDate; to: IsoDate }) {
  const i18n = useI18n();
  const { m, fill } = i18n;
  const dates = { from: i18n.date(from), to: i18n.date(to) };
  return (
    <p className="changes-summary" data-testid="changes-summary" data-count={changed} aria-live="polite">
      {changed
        ? fill(m.changes.summary, { count: i18n.number(changed), total: i18n.number(total), ...dates })
        : fill(m.changes.none, dates)}
      {from > to && <span className="changes-summary__note"> {m.changes.backwards}</span>}
    </p>
  );
}

/** Which counties changed category between two dates, on a map and in a list with the events behind each change. */
export function ChangesPage() {
  const [view, setView] = useViewState();
  const i18n = useI18n();
  const { m, fill } = i18n;
  useDocumentTitle(fill(m.documentTitle, { page: m.changes.title }));
  const today = useMemo(() => todayIso(), []);
  const from = view.from ?? DEFAULT_PERIOD.from;
  const to = view.to ?? DEFAULT_PERIOD.to;
  const { timeline: t, atlas, counties, before, later, unchanged, changed, groups, byId, error } = useChanges(from, to);
  const nameOf = useCallback(
    (id: string) => {
      const j = byId.get(id);
      return j ? `${i18n.place(j.name)}, ${j.stateCode ?? ""}` : id;
    },
    [byId, i18n],
  );

  return (
    <main id="main" tabIndex={-1} className="changes-page view-page" aria-labelledby="changes-title">
      <ViewHead id="changes-title" title={m.changes.title} lede={m.changes.lede} />
      <ChangesControls period={{ from, to }} today={today} onChange={(next, mode) => setView(next, mode)} />
      {changed !== null && counties && <ChangesSummary changed={changed} total={counties.length} from={from} to={to} />}
      <div className="changes-layout">
        <section className="changes-map" aria-label={m.map.region}>
          {atlas && t && before && later && unchanged && changed !== null ? (
            <ChangesMap
              atlas={atlas}
              timeline={t}
              before={before}
              after={later}
              unchanged={unchanged}
              from={from}
              to={to}
              count={changed}
              names={byId}
            />
          ) : (
            <p className="county-map county-map--placeholder" role="status">
              {error ? fill(m.loadFailed, { message: error.message }) : m.changes.loadingMap}
            </p>
          )}
        </section>
        {groups && changed !== null && counties && <TransitionsKey groups={groups} to={to} unchanged={counties.length - changed} />}
      </div>
      <CountyNames.Provider value={nameOf}>
        <ChangesList groups={groups} from={from} to={to} error={error} />
      </CountyNames.Provider>
    </main>
  );
}

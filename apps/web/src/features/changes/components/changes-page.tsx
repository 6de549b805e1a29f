import { indexesOf, statusesAt, todayIso } from "@scomm/core";
import { useQuery } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { useViewState } from "../../../lib/location.js";
import { useTRPC } from "../../../lib/trpc.js";
import { useStatusTimeline } from "../../../lib/use-status-timeline.js";
import { loadAtlas } from "../../map/atlas.js";
import { useJurisdictions } from "../../table/components/use-states.js";
import { groupChanges } from "../change-groups.js";
import { causeIndex, causesOf, changesBetween, dayAfter, period, unchangedMask } from "../changes-series.js";
import { DEFAULT_PERIOD } from "../presets.js";
import { ChangeGroup } from "./change-group.js";
import { ChangesControls } from "./changes-controls.js";
import { ChangesMap } from "./changes-map.js";
import { CountyNames } from "./county-names.js";
import { TransitionsKey } from "./transitions-key.js";
import "../../table/view.css";
import "../changes.css";

/** Which counties changed category between two dates, on a map and in a list with the events behind each change. */
export function ChangesPage() {
  const [view, setView] = useViewState();
  const i18n = useI18n();
  const { m, fill } = i18n;
  const trpc = useTRPC();
  const today = useMemo(() => todayIso(), []);
  const from = view.from ?? DEFAULT_PERIOD.from;
  const to = view.to ?? DEFAULT_PERIOD.to;
  const { after, through } = period(from, to);
  const timeline = useStatusTimeline();
  const atlas = useQuery({ queryKey: ["atlas"], queryFn: loadAtlas });
  const jurisdictions = useJurisdictions();
  const events = useQuery({ ...trpc.events.list.queryOptions({ from: dayAfter(after), to: through }), enabled: after < through });
  const t = timeline.data;

  const counties = useMemo(() => t && indexesOf(t, "county"), [t]);
  const before = useMemo(() => t && statusesAt(t, from), [t, from]);
  const later = useMemo(() => t && statusesAt(t, to), [t, to]);
  const changes = useMemo(() => (t && counties ? changesBetween(t, counties, from, to) : null), [t, counties, from, to]);
  const unchanged = useMemo(() => t && changes && unchangedMask(t.ids.length, changes), [t, changes]);
  const groups = useMemo(() => {
    if (!t || !changes || (changes.length > 0 && !events.data)) return null;
    const index = causeIndex(events.data ?? []);
    return groupChanges(changes, (change) => causesOf(t, change, index, after, through));
  }, [t, changes, events.data, after, through]);

  const byId = useMemo(() => new Map((jurisdictions.data ?? []).map((j) => [j.id, j])), [jurisdictions.data]);
  const nameOf = useCallback((id: string) => {
    const j = byId.get(id);
    return j ? `${j.name}, ${j.stateCode ?? ""}` : id;
  }, [byId]);
  const error = timeline.error ?? atlas.error ?? events.error;
  const dates = { from: i18n.date(from), to: i18n.date(to) };

  return (
    <main className="changes-page view-page" aria-labelledby="changes-title">
      <header className="view-head">
        <h2 id="changes-title" className="view-head__title">
          {m.changes.title}
        </h2>
        <p className="view-head__lede">{m.changes.lede}</p>
      </header>
      <ChangesControls period={{ from, to }} today={today} onChange={(next, mode) => setView(next, mode)} />
      {changes && counties && (
        <p className="changes-summary" data-testid="changes-summary" data-count={changes.length} aria-live="polite">
          {changes.length
            ? fill(m.changes.summary, { count: i18n.number(changes.length), total: i18n.number(counties.length), ...dates })
            : fill(m.changes.none, dates)}
          {from > to && <span className="changes-summary__note"> {m.changes.backwards}</span>}
        </p>
      )}
      <div className="changes-layout">
        <section className="changes-map" aria-label={m.map.region}>
          {atlas.data && t && before && later && unchanged && changes ? (
            <ChangesMap atlas={atlas.data} timeline={t} before={before} after={later} unchanged={unchanged} from={from} to={to} count={changes.length} names={byId} />
          ) : (
            <p className="county-map county-map--placeholder" role="status">
              {error ? fill(m.loadFailed, { message: error.message }) : m.changes.loadingMap}
            </p>
          )}
        </section>
        {groups && changes && counties && <TransitionsKey groups={groups} to={to} unchanged={counties.length - changes.length} />}
      </div>
      <CountyNames.Provider value={nameOf}>
        <section className="changes-list" aria-labelledby="changes-list-title">
          <h3 id="changes-list-title" className="changes-list__title">
            {m.changes.listTitle}
          </h3>
          {groups ? (
            groups.map((group) => <ChangeGroup key={`${from}/${to}/${group.from}>${group.to}`} group={group} />)
          ) : (
            <p className="view-placeholder" role="status">
              {error ? fill(m.loadFailed, { message: error.message }) : m.changes.loadingEvents}
            </p>
          )}
        </section>
      </CountyNames.Provider>
    </main>
  );
}

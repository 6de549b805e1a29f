import { useState } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { JurisdictionLink } from "../../table/components/jurisdiction-link.js";
import type { ChangeCluster } from "../change-groups.js";
import { useCountyNames } from "./county-names.js";
import { EventWithSources, SwitchOnsWithSources } from "./event-sources.js";

/** Names listed before "and N more". */
const NAMES = 16;

/** Counties that moved together, then why: the events (with sources) that moved them. */
export function ChangeClusterItem({ cluster }: { cluster: ChangeCluster }) {
  const i18n = useI18n();
  const { m, fill, number } = i18n;
  const nameOf = useCountyNames();
  const [all, setAll] = useState(false);
  const shown = all ? cluster.changes : cluster.changes.slice(0, NAMES);
  const rest = cluster.changes.length - shown.length;
  return (
    <li className="change-cluster" data-testid="change-cluster">
      <p className="change-cluster__places">
        {shown.map((change, k) => (
          <span key={change.id} className="change-cluster__place" data-testid="changed-county" data-fips={change.id}>
            <JurisdictionLink id={change.id}>{nameOf(change.id)}</JurisdictionLink>
            {cluster.switchOns && <span className="change-cluster__date"> ({i18n.date(cluster.switchOns.get(change.id)!.date)})</span>}
            {k < shown.length - 1 ? "; " : ""}
          </span>
        ))}
        {rest > 0 && (
          <>
            {" "}
            <button type="button" className="link-button" onClick={() => setAll(true)}>
              {fill(m.changes.moreNames, { count: number(rest) })}
            </button>
          </>
        )}
      </p>
      <div className="change-cluster__why">
        <p className="change-cluster__why-label">{m.changes.why}</p>
        {cluster.switchOns || cluster.causes.length ? (
          <ul className="change-cluster__events">
            {cluster.switchOns && <SwitchOnsWithSources events={[...cluster.switchOns.values()]} />}
            {cluster.causes.map((event) => (
              <EventWithSources key={event.id} event={event} />
            ))}
          </ul>
        ) : (
          <p className="change-cluster__none">{m.changes.noCause}</p>
        )}
      </div>
    </li>
  );
}

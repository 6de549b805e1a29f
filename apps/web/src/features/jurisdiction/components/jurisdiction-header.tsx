import { useI18n } from "../../../lib/i18n/use-i18n.js";
import type { RouterOutputs } from "../../../lib/trpc.js";
import { InternalLink } from "../../../components/internal-link.js";

type Jurisdiction = RouterOutputs["jurisdictions"]["byId"]["jurisdiction"];

/** Where the page sits (map, state, county), the name, and the facts that identify it. */
export function JurisdictionHeader({ jurisdiction }: { jurisdiction: Jurisdiction }) {
  const { m, fill, number, place } = useI18n();
  const j = m.jurisdiction;
  const isCounty = jurisdiction.level === "county";
  return (
    <header className="jurisdiction-header">
      <nav aria-label={j.breadcrumb} className="breadcrumb">
        <ol>
          <li>
            <InternalLink route={{ page: "map" }}>{j.map}</InternalLink>
          </li>
          {isCounty && jurisdiction.stateFips && (
            <li>
              <InternalLink route={{ page: "jurisdiction", id: jurisdiction.stateFips }}>
                {place(jurisdiction.stateName ?? "")}
              </InternalLink>
            </li>
          )}
          <li aria-current="page">{place(jurisdiction.name)}</li>
        </ol>
      </nav>
      <h2 className="jurisdiction-header__name" tabIndex={-1} data-testid="jurisdiction-name">
        {place(jurisdiction.name)}
        {isCounty && jurisdiction.stateCode ? <span className="jurisdiction-header__state">, {jurisdiction.stateCode}</span> : null}
      </h2>
      <p className="jurisdiction-header__facts">
        <span>{isCounty ? fill(j.countyIn, { state: place(jurisdiction.stateName ?? "") }) : j.stateKind}</span>
        <span>{fill(j.fips, { id: jurisdiction.id })}</span>
        <span data-testid="population">
          {jurisdiction.population2010 === null ? j.populationUnknown : fill(j.population, { count: number(jurisdiction.population2010) })}
        </span>
      </p>
    </header>
  );
}

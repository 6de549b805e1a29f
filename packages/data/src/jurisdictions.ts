import type { Jurisdiction } from "@scomm/core";
import type { PopulationRow } from "./population.js";
import { STATES, stateByFips } from "./states.js";

export const NATION_ID = "US";

/**
 * The nation, the 51 states and every county (sorted by FIPS). Names and 2010 counts come from
 * population.csv; a county missing there falls back to its roster name (`rosterNames`).
 */
export function buildJurisdictions(
  countyFips: ReadonlySet<string>,
  population: ReadonlyMap<string, PopulationRow>,
  rosterNames: ReadonlyMap<string, string>,
): Jurisdiction[] {
  const states = STATES.map(
    (s): Jurisdiction => ({
      id: s.fips,
      level: "state",
      name: s.name,
      stateCode: s.code,
      stateFips: s.fips,
      stateName: s.name,
      population2010: population.get(s.fips)?.census2010 ?? null,
    }),
  );
  const counties = [...countyFips].sort().map((fips): Jurisdiction => {
    const state = stateByFips.get(fips.slice(0, 2));
    return {
      id: fips,
      level: "county",
      name: population.get(fips)?.name ?? rosterNames.get(fips) ?? fips,
      stateCode: state?.code ?? null,
      stateFips: state?.fips ?? null,
      stateName: state?.name ?? null,
      population2010: population.get(fips)?.census2010 ?? null,
    };
  });
  const stateCounts = states.map((s) => s.population2010).filter((n): n is number => n !== null);
  const nation: Jurisdiction = {
    id: NATION_ID,
    level: "nation",
    name: "United States",
    stateCode: null,
    stateFips: null,
    stateName: null,
    population2010: stateCounts.length === states.length ? stateCounts.reduce((a, b) => a + b, 0) : null,
  };
  return [nation, ...states, ...counties];
}

import type { RawEvent } from "./raw-event.js";
import { stateByCode, stateByFips } from "./states.js";

/** An event's `jurisdiction` object as the events files write it. */
type RawJurisdiction = RawEvent["jurisdiction"];

/**
 * Cities whose rows carry no `county_fips`: the counties they sit on, named explicitly.
 * A city that is neither here nor given a `county_fips` is an error, never a guess.
 */
const CITY_COUNTIES: readonly { state: string; names: readonly string[]; counties: readonly string[] }[] = [
  { state: "DC", names: ["District of Columbia (Washington, DC)"], counties: ["11001"] },
  { state: "NY", names: ["New York City"], counties: ["36005", "36047", "36061", "36081", "36085"] },
  { state: "IL", names: ["Chicago"], counties: ["17031"] },
  { state: "CA", names: ["Los Angeles"], counties: ["06037"] },
  { state: "MA", names: ["Boston"], counties: ["25025"] },
];

export type Placement = { ids: string[] } | { field: string; reason: string };

/** The jurisdiction ids an event applies to, or the field that keeps it from being placed and why. */
export function placeJurisdiction(j: RawJurisdiction, countyFips: ReadonlySet<string>): Placement {
  if (j.level === "federal") return { ids: ["US"] };
  const state = j.state === null ? undefined : stateByCode.get(j.state);
  if (!state) {
    return { field: "jurisdiction.state", reason: `${j.state ?? "null"} is not the postal code of a state or DC` };
  }
  if (j.level === "state") {
    if (j.fips === null || j.fips === state.fips) return { ids: [state.fips] };
    const other = stateByFips.get(j.fips);
    const reason = other
      ? `${j.fips} is the FIPS code of ${other.code}, not ${state.code} (${state.fips})`
      : `${j.fips} is not the FIPS code of a state or DC`;
    return { field: "jurisdiction.fips", reason };
  }
  if (j.level === "county") return placeCounty(j.fips, "jurisdiction.fips", state.code, countyFips);
  if (j.county_fips != null) return placeCounty(j.county_fips, "jurisdiction.county_fips", state.code, countyFips);
  const city = CITY_COUNTIES.find((c) => c.state === state.code && c.names.includes(j.name));
  if (city) return { ids: [...city.counties] };
  return {
    field: "jurisdiction.county_fips",
    reason: `city "${j.name}" (${state.code}) has no county_fips and is not one of the cities whose counties are known`,
  };
}

function placeCounty(fips: string | null, field: string, stateCode: string, countyFips: ReadonlySet<string>): Placement {
  if (fips === null) return { field, reason: "a county needs its 5-digit FIPS code" };
  if (!countyFips.has(fips)) return { field, reason: `${fips} is not a county FIPS code in us-atlas 3.0.1` };
  const state = stateByFips.get(fips.slice(0, 2));
  if (state?.code !== stateCode) return { field, reason: `${fips} is a county of ${state?.code}, not of ${stateCode}` };
  return { ids: [fips] };
}

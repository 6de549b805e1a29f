import type { SearchEntry } from "./search-entry.js";

/** A hand-made slice of the real list (2010 populations) for the search tests; not exported. */
const STATES: [id: string, code: string, name: string, population: number][] = [
  ["02", "AK", "Alaska", 710231],
  ["05", "AR", "Arkansas", 2915918],
  ["06", "CA", "California", 37253956],
  ["08", "CO", "Colorado", 5029196],
  ["11", "DC", "District of Columbia", 601723],
  ["17", "IL", "Illinois", 12830632],
  ["22", "LA", "Louisiana", 4533372],
  ["24", "MD", "Maryland", 5773552],
  ["25", "MA", "Massachusetts", 6547629],
  ["29", "MO", "Missouri", 5988927],
  ["35", "NM", "New Mexico", 2059179],
  ["36", "NY", "New York", 19378102],
  ["41", "OR", "Oregon", 3831074],
  ["42", "PA", "Pennsylvania", 12702379],
  ["48", "TX", "Texas", 25145561],
  ["49", "UT", "Utah", 2763885],
  ["50", "VT", "Vermont", 625741],
  ["51", "VA", "Virginia", 8001024],
  ["53", "WA", "Washington", 6724540],
  ["54", "WV", "West Virginia", 1852994],
  ["55", "WI", "Wisconsin", 5686986],
];

const COUNTIES: [id: string, name: string, population: number][] = [
  ["02020", "Anchorage Municipality", 291826],
  ["02090", "Fairbanks North Star Borough", 97581],
  ["02110", "Juneau City and Borough", 31275],
  ["02290", "Yukon-Koyukuk Census Area", 5588],
  ["05143", "Washington County", 203065],
  ["06037", "Los Angeles County", 9818605],
  ["06075", "San Francisco County", 805235],
  ["06083", "Santa Barbara County", 423895],
  ["06085", "Santa Clara County", 1781642],
  ["06087", "Santa Cruz County", 262382],
  ["08121", "Washington County", 4814],
  ["11001", "District of Columbia", 601723],
  ["17031", "Cook County", 5194675],
  ["17043", "DuPage County", 916924],
  ["22051", "Jefferson Parish", 432552],
  ["22071", "Orleans Parish", 343829],
  ["24005", "Baltimore County", 805029],
  ["24043", "Washington County", 147430],
  ["24510", "Baltimore city", 620961],
  ["25025", "Suffolk County", 722023],
  ["29189", "St. Louis County", 998954],
  ["29510", "St. Louis city", 319294],
  ["32510", "Carson City", 55274],
  ["35001", "Bernalillo County", 662564],
  ["35013", "Doña Ana County", 209233],
  ["36005", "Bronx County", 1385108],
  ["36047", "Kings County", 2504700],
  ["36061", "New York County", 1585873],
  ["36073", "Orleans County", 42883],
  ["36081", "Queens County", 2230722],
  ["36085", "Richmond County", 468730],
  ["36115", "Washington County", 63216],
  ["41067", "Washington County", 529710],
  ["42125", "Washington County", 207820],
  ["48113", "Dallas County", 2368139],
  ["48157", "Fort Bend County", 585375],
  ["48439", "Tarrant County", 1809034],
  ["49053", "Washington County", 138115],
  ["50019", "Orleans County", 27231],
  ["50023", "Washington County", 59534],
  ["51013", "Arlington County", 207627],
  ["51059", "Fairfax County", 1081726],
  ["51159", "Richmond County", 9254],
  ["51191", "Washington County", 54876],
  ["51600", "Fairfax city", 22565],
  ["51760", "Richmond city", 204214],
  ["54037", "Jefferson County", 53498],
  ["55131", "Washington County", 131887],
];

/** Cities named in events, each on the county it maps to. */
const CITIES: [id: string, name: string][] = [
  ["36005", "New York City"],
  ["36047", "New York City"],
  ["36061", "New York City"],
  ["36081", "New York City"],
  ["36085", "New York City"],
  ["17031", "Chicago"],
  ["06037", "Los Angeles"],
  ["25025", "Boston"],
  ["11001", "Washington"],
  ["48439", "Arlington"],
];

const STATE_BY_FIPS = new Map(STATES.map(([id, code, name]) => [id, { code, name }]));
/** Nevada has counties here but no state entry: a qualifier still works from the counties' state. */
STATE_BY_FIPS.set("32", { code: "NV", name: "Nevada" });

function inState(id: string): Pick<SearchEntry, "stateCode" | "stateName"> {
  const state = STATE_BY_FIPS.get(id.slice(0, 2));
  if (!state) throw new Error(`no state for ${id}`);
  return { stateCode: state.code, stateName: state.name };
}

export const SEARCH_FIXTURE: SearchEntry[] = [
  ...STATES.map(([id, code, name, population]): SearchEntry => ({
    id,
    kind: "state",
    name,
    stateCode: code,
    stateName: name,
    population,
  })),
  ...COUNTIES.map(([id, name, population]): SearchEntry => ({ id, kind: "county", name, ...inState(id), population })),
  ...CITIES.map(([id, name]): SearchEntry => ({ id, kind: "city", name, ...inState(id) })),
];

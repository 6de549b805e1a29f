/** The search box in the header. */
export const search = {
  label: "Find a county, state or city",
  landmark: "Search",
  placeholder: "County, state, city or FIPS code",
  instructions: "Type a name. Up and Down arrows choose a match, Enter opens it; Enter alone opens the best match. Escape closes the list.",
  loading: "Loading names…",
  failed: "Search is unavailable: {message}",
  noMatch: "No county, state or city matches “{query}”.",
  count: "{count, plural, one {# match} other {# matches}}. Up and Down arrows to choose.",
  countOne: "1 match. Enter opens it.",
  kind: { state: "State", county: "County", city: "City", borough: "Borough" },
  cityIn: "City · {county}, {state}",
  /** A New York City borough, on its county. */
  boroughIn: "Borough · {county}, {state}",
  /** Above the list: the date of the status beside each match (the map's date). */
  statusOn: "Status on {date}",
};

export type SearchMessages = typeof search;

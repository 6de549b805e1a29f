import type { Dataset, Event, Jurisdiction, Source } from "@scomm/core";

/** A hand-made dataset small enough to reason about: two states, four counties, a city acting on two. */
const county = (id: string, name: string, stateCode: string, stateName: string, population: number): Jurisdiction => ({
  id,
  level: "county",
  name,
  stateCode,
  stateFips: id.slice(0, 2),
  stateName,
  population2010: population,
});

const source = (title: string, url: string | null = `https://example.org/${title.toLowerCase().replace(/\W+/g, "-")}`): Source => ({
  title,
  publisher: "Example News",
  date: "2011-06",
  url,
  foundAt: url ? null : "archive copy",
});

const event = (partial: Partial<Event> & Pick<Event, "id" | "jurisdictionIds" | "date" | "type">): Event => ({
  placeName: "Somewhere",
  placeLevel: "county",
  datePrecision: "day",
  actor: "ICE",
  summary: `${partial.type} in ${partial.jurisdictionIds.join(", ")}`,
  sources: [source(partial.id)],
  confidence: "high",
  ...partial,
});

export const tinyDataset: Dataset = {
  jurisdictions: [
    { id: "US", level: "nation", name: "United States", stateCode: null, stateFips: null, stateName: null, population2010: null },
    { id: "36", level: "state", name: "New York", stateCode: "NY", stateFips: "36", stateName: "New York", population2010: 19378102 },
    { id: "48", level: "state", name: "Texas", stateCode: "TX", stateFips: "48", stateName: "Texas", population2010: 25145561 },
    county("36047", "Kings County", "NY", "New York", 2504700),
    county("36061", "New York County", "NY", "New York", 1585873),
    county("48113", "Dallas County", "TX", "Texas", 2368139),
    county("48201", "Harris County", "TX", "Texas", 4092459),
  ],
  events: [
    event({ id: "launch", jurisdictionIds: ["US"], date: "2008-03-28", type: "program_launched", placeLevel: "federal" }),
    event({ id: "act-48201", jurisdictionIds: ["48201"], date: "2008-10-27", type: "activated" }),
    event({ id: "act-48113", jurisdictionIds: ["48113"], date: "2009-03-10", type: "activated" }),
    event({
      id: "nyc-limits",
      jurisdictionIds: ["36047", "36061"],
      placeName: "New York City",
      placeLevel: "city",
      date: "2011-11-22",
      type: "detainer_policy_limited",
      sources: [source("NYC council"), source("Stored copy", null)],
    }),
    event({ id: "ny-suspends", jurisdictionIds: ["36"], placeLevel: "state", date: "2011-06-01", type: "participation_suspended" }),
    event({ id: "act-36047", jurisdictionIds: ["36047"], date: "2012-05-15", type: "activated", datePrecision: "month" }),
  ],
};

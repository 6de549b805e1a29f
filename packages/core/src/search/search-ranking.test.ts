import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "./build-index.js";
import { SEARCH_FIXTURE } from "./fixtures.js";
import { searchJurisdictions } from "./search.js";

const index = buildSearchIndex(SEARCH_FIXTURE);
const search = (query: string, limit?: number) => searchJurisdictions(index, query, limit);
const first = (query: string) => search(query)[0]?.entry;

describe("typos", () => {
  it("forgives a swap, a missing or a doubled letter", () => {
    expect(first("Arlingotn")).toMatchObject({ id: "51013", kind: "county" });
    expect(first("arlingtn va")?.id).toBe("51013");
    expect(first("Santa Clarra")?.id).toBe("06085");
    expect(first("cokk county")?.id).toBe("17031");
    expect(first("tarant")?.id).toBe("48439");
    expect(first("virgina")?.id).toBe("51");
  });

  it("ranks a typo below any exact or prefix match", () => {
    const hits = search("arlingotn");
    expect(hits.map((h) => h.entry.id)).toEqual(["51013", "48439"]);
    expect(hits[1]?.entry.kind).toBe("city");
    expect(hits[0]!.score).toBeLessThan(search("arling")[0]!.score);
  });

  it("finds nothing for gibberish or an empty query", () => {
    expect(search("zzzzqqq")).toEqual([]);
    expect(search("   ")).toEqual([]);
    expect(search("santa clara", 0)).toEqual([]);
  });
});

describe("type-ahead", () => {
  it("puts the completion first", () => {
    expect(first("santa cl")?.id).toBe("06085");
    expect(first("santa cl co")?.id).toBe("06085");
    expect(first("arling")?.id).toBe("51013");
    expect(first("doña")?.id).toBe("35013");
  });

  it("orders equal prefixes by population", () => {
    expect(search("santa", 3).map((h) => h.entry.id)).toEqual(["06085", "06083", "06087"]);
    expect(search("houston co", 2).map((h) => h.entry.id)).toEqual(["13153", "48225"]);
    expect(first("wash")).toMatchObject({ kind: "state", id: "53" });
  });

  it("finds a later word of the name", () => {
    expect(first("clara")?.id).toBe("06085");
    expect(first("koyukuk")?.id).toBe("02290");
  });
});

describe("ambiguous names", () => {
  const washingtonCounties = SEARCH_FIXTURE.filter((e) => e.name === "Washington County");

  it("lists the state of Washington, then every Washington County by population, each with its state", () => {
    const hits = search("Washington", 50);
    expect(hits[0]?.entry).toMatchObject({ kind: "state", id: "53" });
    const counties = hits.slice(1, 1 + washingtonCounties.length);
    expect(counties.map((h) => h.entry.name)).toEqual(washingtonCounties.map(() => "Washington County"));
    const populations = counties.map((h) => h.entry.population!);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
    expect(new Set(counties.map((h) => h.entry.stateCode)).size).toBe(washingtonCounties.length);
    // The city of Washington (on DC) comes after the counties of the same name.
    expect(hits[1 + washingtonCounties.length]?.entry).toMatchObject({ kind: "city", id: "11001" });
  });

  it("prefers the counties when the query says county, the state when it says state", () => {
    expect(first("washington county")).toMatchObject({ id: "41067" });
    expect(first("washington state")).toMatchObject({ id: "53" });
    expect(first("washington dc")).toMatchObject({ kind: "city", id: "11001" });
  });

  it("puts a state first only when the query is exactly its name", () => {
    expect(search("new york", 2).map((h) => h.entry.id)).toEqual(["36", "36061"]);
    expect(search("orleans", 3).map((h) => h.entry.id)).toEqual(["22071", "36073", "50019"]);
  });
});

describe("cities", () => {
  it("find the counties they map to, after an equally named county", () => {
    expect(first("chicago")).toMatchObject({ kind: "city", id: "17031" });
    expect(first("boston")).toMatchObject({ kind: "city", id: "25025" });
    expect(search("los angeles", 2).map((h) => [h.entry.kind, h.entry.id])).toEqual([
      ["county", "06037"],
      ["city", "06037"],
    ]);
    const nyc = search("new york city", 5);
    expect(nyc.map((h) => h.entry.id).sort()).toEqual(["36005", "36047", "36061", "36081", "36085"]);
  });
});

describe("hits", () => {
  it("say what matched: a name, a postal code or a FIPS", () => {
    expect(search("santa clara co")[0]?.matched).toBe("Santa Clara County");
    expect(search("va")[0]?.matched).toBe("VA");
    expect(search("06085")[0]?.matched).toBe("06085");
  });

  it("stop at the limit, best first", () => {
    const hits = search("washington", 4);
    expect(hits).toHaveLength(4);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });
});

import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "./build-index.js";
import { SEARCH_FIXTURE } from "./fixtures.js";
import { searchJurisdictions } from "./search.js";

const index = buildSearchIndex(SEARCH_FIXTURE);
const search = (query: string, limit?: number) => searchJurisdictions(index, query, limit);
const first = (query: string) => search(query)[0]?.entry;

describe("a Spanish ending before the name", () => {
  it("'condado de cook' is Cook County, with or without its state", () => {
    expect(first("condado de cook")).toMatchObject({ id: "17031", name: "Cook County" });
    expect(first("Condado de Cook, Illinois")?.id).toBe("17031");
    expect(first("el condado de cokk")?.id).toBe("17031");
  });

  it("reads parroquia, ciudad and estado as Parish, city and state", () => {
    expect(first("parroquia de orleans")?.id).toBe("22071");
    expect(first("la parroquia de jefferson")?.id).toBe("22051");
    expect(first("ciudad de baltimore")?.id).toBe("24510");
    expect(first("condado de baltimore")?.id).toBe("24005");
    expect(first("estado de washington")).toMatchObject({ kind: "state", id: "53" });
    expect(first("municipio de anchorage")?.id).toBe("02020");
  });

  it("needs a name after 'condado de'", () => {
    expect(search("condado de")).toEqual([]);
  });
});

describe("Spanish state names", () => {
  it.each([
    ["nueva york", "36"],
    ["Nuevo México", "35"],
    ["carolina del norte", "37"],
    ["Carolina del Sur", "45"],
    ["dakota del norte", "38"],
    ["dakota del sur", "46"],
    ["Pensilvania", "42"],
    ["Luisiana", "22"],
    ["Misisipi", "28"],
    ["Misuri", "29"],
    ["Hawái", "15"],
    ["Virginia Occidental", "54"],
    ["Distrito de Columbia", "11"],
    ["Tejas", "48"],
  ])("%s", (query, id) => {
    expect(first(query)).toMatchObject({ kind: "state", id });
  });

  it("qualify a county name like the English ones", () => {
    expect(first("condado de nueva york")?.id).toBe("36061");
    expect(first("richmond, nueva york")?.id).toBe("36085");
    expect(first("condado de jefferson, virginia occidental")?.id).toBe("54037");
    expect(first("ciudad de nueva york")).toMatchObject({ kind: "city", name: "New York City" });
  });

  it("are harmless in English: the English names answer as before", () => {
    expect(search("new york", 2).map((h) => h.entry.id)).toEqual(search("nueva york", 2).map((h) => h.entry.id));
    expect(first("west virginia")?.id).toBe("54");
  });
});

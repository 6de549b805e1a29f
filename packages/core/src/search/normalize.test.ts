import { describe, expect, it } from "vitest";
import { bitCount, foldText, letterMask, searchTokens } from "./normalize.js";
import { splitEntryName, splitQueryName } from "./suffixes.js";

describe("foldText", () => {
  it("folds case and accents, whichever way the accent was written", () => {
    expect(foldText("Doña Ana County")).toBe("dona ana county");
    expect(foldText("Don\u0303a Ana")).toBe("dona ana");
    expect(foldText("MAYAGÜEZ")).toBe("mayaguez");
  });

  it("drops apostrophes and reads other punctuation as a space", () => {
    expect(foldText("Prince George's County")).toBe("prince georges county");
    expect(foldText("Yukon-Koyukuk  Census Area")).toBe("yukon koyukuk census area");
    expect(foldText(" Santa Clara,CA ")).toBe("santa clara ca");
    expect(foldText("Juneau City & Borough")).toBe("juneau city and borough");
  });
});

describe("searchTokens", () => {
  it("writes Saint, Fort and Mount one way", () => {
    expect(searchTokens("St. Louis city")).toEqual(["st", "louis", "city"]);
    expect(searchTokens("Saint Louis")).toEqual(["st", "louis"]);
    expect(searchTokens("Fort Bend County")).toEqual(["ft", "bend", "county"]);
    expect(searchTokens("  ")).toEqual([]);
  });
});

describe("name endings", () => {
  const entry = (name: string, kind: "county" | "state" | "city" = "county") => splitEntryName({ kind, name }, searchTokens(name));

  it("splits an entry on the county-equivalent endings", () => {
    expect(entry("Juneau City and Borough")).toEqual({ core: ["juneau"], suffix: "city and borough" });
    expect(entry("Yukon-Koyukuk Census Area")).toEqual({ core: ["yukon", "koyukuk"], suffix: "census area" });
    expect(entry("Anchorage Municipality")).toEqual({ core: ["anchorage"], suffix: "municipality" });
    expect(entry("Orleans Parish")).toEqual({ core: ["orleans"], suffix: "parish" });
    expect(entry("Baltimore city")).toEqual({ core: ["baltimore"], suffix: "city" });
    expect(entry("Washington", "state")).toEqual({ core: ["washington"], suffix: "state" });
  });

  it("keeps a capitalised City as part of the name", () => {
    expect(entry("Carson City")).toEqual({ core: ["carson", "city"], suffix: null });
    expect(entry("New York City", "city")).toEqual({ core: ["new", "york", "city"], suffix: null });
    expect(entry("James City County")).toEqual({ core: ["james", "city"], suffix: "county" });
  });

  it("reads the shorthands people type, leaving at least one word", () => {
    expect(splitQueryName(["santa", "clara", "co"])).toEqual({ core: ["santa", "clara"], suffix: "county" });
    expect(splitQueryName(["juneau", "boro"])).toEqual({ core: ["juneau"], suffix: "borough" });
    expect(splitQueryName(["county"])).toEqual({ core: ["county"], suffix: null });
  });
});

describe("letterMask", () => {
  it("counts letters of one string missing from another", () => {
    expect(bitCount(letterMask("arlingotn") & ~letterMask("arlington county"))).toBe(0);
    expect(bitCount(letterMask("zzzzqqq") & ~letterMask("santa clara"))).toBe(2);
  });
});

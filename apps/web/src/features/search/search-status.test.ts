import { describe, expect, it } from "vitest";
import { i18nFor } from "../../lib/i18n/use-i18n.js";
import { searchStatus } from "./search-status.js";

describe("searchStatus", () => {
  const en = i18nFor("en");
  const at = (over: Partial<Parameters<typeof searchStatus>[1]>) =>
    searchStatus(en, { typed: "cook", error: null, ready: true, matches: 3, ...over });

  it("says nothing before anything is typed, then loading, failure, no match, one or how many", () => {
    expect(at({ typed: "" })).toBe("");
    expect(at({ ready: false })).toBe("Loading names…");
    expect(at({ error: { message: "offline" } })).toBe("Search is unavailable: offline");
    expect(at({ matches: 0 })).toBe("No county, state or city matches “cook”.");
    expect(at({ matches: 1 })).toBe("1 match. Enter opens it.");
    expect(at({ matches: 3 })).toBe("3 matches. Up and Down arrows to choose.");
  });
});

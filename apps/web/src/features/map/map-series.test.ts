import { CATEGORIES, categoryIndex, type Category } from "@scomm/core";
import { describe, expect, it } from "vitest";
import { CATEGORY_STYLES, MUTED_FILL } from "./category-colours.js";
import { tooltipContent } from "./hover-series.js";
import { i18nFor } from "../../lib/i18n/use-i18n.js";
import { fade, PALE_AMOUNT } from "@scomm/render";
import { categoryWords, colourTable, legendRows, paintIndexes, pixelWord } from "./map-series.js";

const EN = i18nFor("en");
const ES = i18nFor("es");

const TIMELINE_IDS = ["17", "36", "17031", "36047", "36061"];

describe("pixelWord", () => {
  it("packs #rrggbb as a little-endian ImageData word", () => {
    expect(pixelWord("#102030")).toBe(0xff302010);
    expect(pixelWord("#ffffff", 0)).toBe(0x00ffffff);
  });
});

describe("paintIndexes", () => {
  const atlas = ["36047", "17031", "36061", "99999"];
  it("points each county at its own status at county level", () => {
    expect([...paintIndexes(atlas, TIMELINE_IDS, "county")]).toEqual([3, 2, 4, -1]);
  });
  it("points each county at its state's status at state level", () => {
    expect([...paintIndexes(atlas, TIMELINE_IDS, "state")]).toEqual([1, 0, 1, -1]);
  });
});

describe("colourTable", () => {
  it("gives each county its category's fill and hatch words and leaves the sea transparent", () => {
    const statuses = Uint8Array.from([0, 0, categoryIndex("activated"), categoryIndex("opt_out_pending"), 0]);
    const words = categoryWords();
    const table = colourTable(statuses, Int32Array.from([3, 2, -1]), words);
    expect(table).toHaveLength(8);
    expect(table[0]).toBe(pixelWord(CATEGORY_STYLES.opt_out_pending.fill));
    expect(table[1]).toBe(pixelWord(CATEGORY_STYLES.opt_out_pending.hatch!));
    expect(table[2]).toBe(pixelWord(CATEGORY_STYLES.activated.fill));
    expect(table[3]).toBe(pixelWord(CATEGORY_STYLES.activated.fill));
    expect(table[4]).toBe(pixelWord(CATEGORY_STYLES.not_activated.fill));
    expect([table[6], table[7]]).toEqual([0, 0]);
  });
  it("paints muted entries in the neutral fill, hatch included", () => {
    const statuses = Uint8Array.from([0, 0, categoryIndex("activated"), categoryIndex("opt_out_pending"), 0]);
    const table = colourTable(statuses, Int32Array.from([3, 2]), categoryWords(), undefined, Uint8Array.from([0, 0, 0, 1, 0]));
    expect([table[0], table[1]]).toEqual([pixelWord(MUTED_FILL), pixelWord(MUTED_FILL)]);
    expect(table[2]).toBe(pixelWord(CATEGORY_STYLES.activated.fill));
  });
  it("paints a partly activated state's not-yet-switched-on counties pale on the state map", () => {
    // Timeline: states 17, 36; counties 17031, 36047, 36061. State 36 is activated with 36061 not yet.
    const statuses = Uint8Array.from([0, categoryIndex("activated"), 0, categoryIndex("activated"), 0]);
    const pale = { own: Int32Array.from([3, 4]), partly: Uint8Array.from([0, 1, 0, 0, 0]) };
    const table = colourTable(statuses, Int32Array.from([1, 1]), categoryWords(), undefined, null, pale);
    expect(table[0]).toBe(pixelWord(CATEGORY_STYLES.activated.fill));
    expect(table[2]).toBe(pixelWord(fade(CATEGORY_STYLES.activated.fill, PALE_AMOUNT)));
    expect(table[2]).not.toBe(table[0]);
  });
});

const counts = (values: Partial<Record<Category, number>>) =>
  Object.fromEntries(CATEGORIES.map((c) => [c, values[c] ?? 0])) as Record<Category, number>;

describe("legendRows", () => {
  it("lists every category in legend order with counts and shares", () => {
    const rows = legendRows(counts({ activated: 3, opt_out_pending: 1 }), EN.m.categories);
    expect(rows.map((r) => r.category)).toEqual(CATEGORIES);
    expect(rows.find((r) => r.category === "activated")).toMatchObject({ label: "Activated", count: 3, share: 0.75 });
    expect(rows.find((r) => r.category === "opt_out_pending")?.hatch).not.toBeNull();
  });
  it("has zero shares when nothing is counted", () => {
    expect(legendRows(counts({}), ES.m.categories).every((r) => r.share === 0)).toBe(true);
    expect(legendRows(counts({}), ES.m.categories)[0]!.label).toBe("Aún no activado");
  });
});

describe("tooltipContent", () => {
  it("names a county, its state, its category and its activation day, in either language", () => {
    const input = {
      id: "36047",
      category: "opt_out_pending" as const,
      jurisdiction: { name: "Kings County", stateName: "New York", activationDate: "2012-05-15" },
    };
    const content = tooltipContent(input, EN);
    expect(content).toMatchObject({ title: "Kings County", subtitle: "New York", categoryLabel: "Opt-out pending" });
    expect(content.lines).toEqual(["Activated May 15, 2012"]);
    const spanish = tooltipContent(input, ES);
    expect(spanish).toMatchObject({ title: "Condado de Kings", subtitle: "Nueva York", categoryLabel: "Exclusión solicitada, pendiente" });
    expect(spanish.lines).toEqual(["Activado el 15 de mayo de 2012"]);
  });
  it("summarises a state's counties", () => {
    const content = tooltipContent(
      {
        id: "36",
        category: "opt_out_pending",
        jurisdiction: { name: "New York", stateName: "New York", activationDate: "2010-11-01" },
        countyCounts: counts({ opt_out_pending: 50, over_objection: 12 }),
      },
      EN,
    );
    expect(content.subtitle).toBeNull();
    expect(content.lines).toEqual([
      "First county activated November 1, 2010",
      "62 counties: 50 opt-out pending, 12 activated over objection",
    ]);
  });
});

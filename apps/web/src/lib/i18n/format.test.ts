import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { fill, formatDate } from "./format.js";
import { en } from "./messages-en.js";
import { es } from "./messages-es.js";

describe("formatDate", () => {
  it("shows a date at its precision, in either language, without shifting the day", () => {
    expect(new Date().getTimezoneOffset()).not.toBe(0);
    expect(formatDate("2011-07-01", "en")).toBe("July 1, 2011");
    expect(formatDate("2011-06-01", "en", "month")).toBe("June 2011");
    expect(formatDate("2011-01-01", "en", "year")).toBe("2011");
    expect(formatDate("2011-07-01", "es")).toBe("1 de julio de 2011");
    expect(formatDate("2014-05-01", "es", "month")).toBe("mayo de 2014");
  });
});

describe("messages", () => {
  it("gives every English key a Spanish text of its own", () => {
    const keys = (o: object, prefix = ""): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
    expect(keys(es)).toEqual(keys(en));
    expect(es.categories.over_objection).not.toBe(en.categories.over_objection);
  });
  it("fills placeholders and counts as each language counts", () => {
    expect(fill("en", en.map.legend.title.county, { date: "July 1, 2011" })).toBe("Counties on July 1, 2011");
    expect(fill("en", en.changes.countyCount, { count: 1 })).toBe("1 county");
    expect(fill("en", en.changes.countyCount, { count: 3142 })).toBe("3,142 counties");
    expect(fill("es", es.changes.countyCount, { count: 1 })).toBe("1 condado");
    expect(fill("es", es.changes.countyCount, { count: 31420 })).toBe("31.420 condados");
    expect(fill("en", en.jurisdiction.timeline.count, { count: 1 })).toBe("1 event");
    expect(fill("es", es.jurisdiction.timeline.count, { count: 0 })).toBe("0 hechos");
    expect(fill("en", en.timeline.lastActivation, { count: 1 })).toMatch(/^ICE switched on the last county: /);
  });

  it("compiles every message in both languages and keeps its apostrophes (ICU quotes with them)", () => {
    const texts = (o: object): string[] =>
      Object.values(o).flatMap((v) => (typeof v === "object" ? texts(v) : typeof v === "string" ? [v] : []));
    for (const [lang, messages] of [
      ["en", en],
      ["es", es],
    ] as const) {
      for (const text of texts(messages)) {
        const values = Object.fromEntries([...text.matchAll(/\{(\w+)(,\s*plural)?/g)].map(([, name, plural]) => [name, plural ? 2 : "X"]));
        const out = String(new IntlMessageFormat(text, lang).format(values));
        expect([out, (out.match(/['’]/g) ?? []).length]).toEqual([out, (text.match(/['’]/g) ?? []).length]);
      }
    }
  });
});

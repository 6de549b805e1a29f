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
  it("fills placeholders", () => {
    expect(fill(en.map.legend.title.county, { date: "July 1, 2011" })).toBe("Counties on July 1, 2011");
  });
});

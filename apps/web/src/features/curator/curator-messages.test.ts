import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { curator as en } from "../../lib/i18n/en/curator.js";
import { curator as es } from "../../lib/i18n/es/curator.js";
import { fill } from "../../lib/i18n/format.js";

const keys = (o: object, prefix = ""): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
const texts = (o: object): string[] =>
  Object.values(o).flatMap((v) => (typeof v === "object" ? texts(v) : typeof v === "string" ? [v] : []));

describe("the curators' messages", () => {
  it("have a Spanish text for every English key", () => {
    expect(keys(es)).toEqual(keys(en));
    expect(es.form.saveDraft).not.toBe(en.form.saveDraft);
  });

  it("compile in both languages and keep their apostrophes (ICU quotes with them)", () => {
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

  it("count the problems as each language counts", () => {
    expect(fill("en", en.form.problems, { count: 1 })).toBe("1 problem to fix:");
    expect(fill("en", en.form.problems, { count: 3 })).toBe("3 problems to fix:");
    expect(fill("es", es.form.problems, { count: 1 })).toBe("1 problema que corregir:");
    expect(fill("en", en.preview.title, { place: "Loving County" })).toBe("Preview: what Loving County's status becomes");
  });
});

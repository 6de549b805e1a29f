import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, type ViewState } from "../../lib/view-state.js";
import { dataLinks, embedSnippet, embedStartHeight, embedUrl, feedLinks, permalink, serverImageUrl } from "./export-links.js";

const ORIGIN = "https://scomm.example";
const VIEW: ViewState = { ...DEFAULT_VIEW, date: "2012-06-01", lang: "es", state: "36", zoom: { k: 2, x: -100, y: -50 } };

describe("export links", () => {
  it("list the stable data URLs, status.csv at the view's date", () => {
    expect(dataLinks(ORIGIN, "2012-06-01").map((l) => l.href)).toEqual([
      `${ORIGIN}/data/events.csv`,
      `${ORIGIN}/data/activations.csv`,
      `${ORIGIN}/data/status.csv?date=2012-06-01`,
      `${ORIGIN}/data/jurisdictions.csv`,
      `${ORIGIN}/data/README`,
      `${ORIGIN}/data/scomm-atlas-data.zip`,
    ]);
    expect(feedLinks(ORIGIN, "36047")).toEqual({ site: `${ORIGIN}/feed.atom`, jurisdiction: `${ORIGIN}/j/36047/feed.atom` });
    expect(feedLinks(ORIGIN, null).jurisdiction).toBeNull();
  });

  it("ask the server for the same map: date, level, state and language, English and the nation by default", () => {
    const map = { figure: "map", focus: null, outline: null, shape: "landscape" } as const;
    expect(serverImageUrl(ORIGIN, "png", { ...map, date: "2012-06-01", level: "county", state: "36", lang: "es" })).toBe(
      `${ORIGIN}/export/map.png?date=2012-06-01&level=county&state=36&lang=es`,
    );
    expect(serverImageUrl(ORIGIN, "svg", { ...map, date: "2011-07-01", level: "state", state: null, lang: "en" }, 1920)).toBe(
      `${ORIGIN}/export/map.svg?date=2011-07-01&level=state&width=1920`,
    );
    expect(
      serverImageUrl(ORIGIN, "png", {
        ...map,
        date: "2011-07-01",
        level: "county",
        state: null,
        lang: "en",
        outline: "36047",
        shape: "square",
      }),
    ).toBe(`${ORIGIN}/export/map.png?date=2011-07-01&level=county&outline=36047&shape=square`);
  });

  it("ask for a county page's own map by its focus alone, which sets its state and level", () => {
    const query = {
      figure: "map",
      date: "2011-07-01",
      level: "county",
      state: "17",
      lang: "es",
      focus: "17031",
      outline: null,
      shape: "portrait",
    } as const;
    expect(serverImageUrl(ORIGIN, "png", query)).toBe(`${ORIGIN}/export/map.png?date=2011-07-01&focus=17031&shape=portrait&lang=es`);
  });

  it("ask the server for the same chart: marked date, state, measure and language, counting the nation's counties by default", () => {
    expect(
      serverImageUrl(
        ORIGIN,
        "png",
        { figure: "trends", date: "2012-06-01", state: "36", weight: "population", lang: "es", shape: "landscape" },
        1920,
      ),
    ).toBe(`${ORIGIN}/export/trends.png?date=2012-06-01&state=36&weight=population&lang=es&width=1920`);
    expect(
      serverImageUrl(ORIGIN, "svg", { figure: "trends", date: "2011-07-01", state: null, weight: "count", lang: "en", shape: "portrait" }),
    ).toBe(`${ORIGIN}/export/trends.svg?date=2011-07-01&shape=portrait`);
  });

  it("reopen the view: permalink and embed keep every view field", () => {
    expect(permalink(ORIGIN, { page: "trends" }, VIEW)).toBe(
      `${ORIGIN}/trends?date=2012-06-01&level=county&lang=es&zoom=2%2C-100%2C-50&state=36`,
    );
    expect(embedUrl(ORIGIN, "map", VIEW)).toBe(`${ORIGIN}/embed/map?date=2012-06-01&level=county&lang=es&zoom=2%2C-100%2C-50&state=36`);
  });

  it("open the compact map embed with compact=1, its frame starting at 500 px (the full map's at 760)", () => {
    expect(embedUrl(ORIGIN, "map", { ...VIEW, compact: true })).toBe(
      `${ORIGIN}/embed/map?date=2012-06-01&level=county&lang=es&zoom=2%2C-100%2C-50&state=36&compact=1`,
    );
    expect([embedStartHeight("map", true), embedStartHeight("map", false), embedStartHeight("trends", true)]).toEqual([500, 760, 640]);
  });

  it("write an iframe and a script that sizes it from this origin's height messages only", () => {
    const snippet = embedSnippet(ORIGIN, `${ORIGIN}/embed/map?date=2012-06-01&level=county`, 'Map "SC" <2012>', 760);
    const [iframe, script] = snippet.split("\n");
    expect(iframe).toBe(
      `<iframe src="${ORIGIN}/embed/map?date=2012-06-01&amp;level=county" width="100%" height="760" style="border:0" ` +
        `title="Map &quot;SC&quot; &lt;2012>" loading="lazy" data-scomm-atlas></iframe>`,
    );
    expect(script).toMatch(/^<script>.*<\/script>$/);
    expect(script).toContain(`e.origin!=="${ORIGIN}"`);
    expect(script).toContain(`e.data.type!=="scomm-atlas:height"`);
    expect(script).toContain('f.style.height=e.data.height+"px"');
  });
});

import { describe, expect, it } from "vitest";
import { useExportsServer } from "../testing/exports-server.js";
import { pngSize } from "../testing/png.js";

const { get, expectBadRequest } = useExportsServer();

const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ""));
const legendTexts = (svg: string) =>
  texts(svg.slice(svg.indexOf('<g class="legend"'), svg.indexOf("</g>", svg.lastIndexOf('<g class="legend'))));

describe("shape=landscape|square|portrait on /export/map and /export/trends", () => {
  it("draws a square map PNG 960 x 960 and a portrait one 960 x 1200 (4:5)", async () => {
    const square = await get("/export/map.png?date=2011-07-01&shape=square");
    expect(square.status).toBe(200);
    expect(pngSize(await bytes(square))).toEqual({ width: 960, height: 960 });
    expect(pngSize(await bytes(await get("/export/map.png?date=2011-07-01&shape=portrait")))).toEqual({ width: 960, height: 1200 });
    expect(pngSize(await bytes(await get("/export/map.png?date=2011-07-01&shape=portrait&width=1080")))).toEqual({
      width: 1080,
      height: 1350,
    });
  });

  it("draws the trends chart square and portrait, the SVG on the framed 720-unit design", async () => {
    const svg = await (await get("/export/trends.svg?date=2011-07-01&shape=square")).text();
    expect(svg).toContain('width="960" height="960" viewBox="0 0 720 720"');
    expect(pngSize(await bytes(await get("/export/trends.png?date=2011-07-01&shape=portrait")))).toEqual({ width: 960, height: 1200 });
  });

  it("is landscape when left out: the same bytes as shape=landscape", async () => {
    const plain = await get("/export/map.svg?date=2011-07-01");
    expect(plain.headers.get("etag")).toBe((await get("/export/map.svg?date=2011-07-01&shape=landscape")).headers.get("etag"));
    expect(plain.headers.get("etag")).not.toBe((await get("/export/map.svg?date=2011-07-01&shape=square")).headers.get("etag"));
  });

  it("answers a bad shape with a 400 naming shape, on all four URLs", async () => {
    for (const route of ["/export/map.svg", "/export/map.png", "/export/trends.svg", "/export/trends.png"]) {
      expect(await expectBadRequest(`${route}?shape=round`, "shape")).toBe("shape: must be landscape, square or portrait");
      await expectBadRequest(`${route}?shape=square&shape=portrait`, "shape");
    }
  });

  it("keeps the pixel budget (12 MP): a 4000-px square (16 MP) or portrait (20 MP) is refused naming width, with the widest that fits", async () => {
    // 4000 * sqrt(12 / 16) = 3464.1 and 4000 * sqrt(12 / 20) = 3098.4.
    expect(await expectBadRequest("/export/map.png?shape=square&width=4000", "width")).toContain("use a width of at most 3464");
    expect(await expectBadRequest("/export/trends.png?shape=portrait&width=4000", "width")).toContain("use a width of at most 3098");
    expect((await get("/export/map.svg?shape=square&width=4000")).status).toBe(200);
  });
});

describe("focus=<county FIPS> on /export/map: the county's own figure", () => {
  // From the record: Illinois ended its agreement on 2011-05-04 and Cook County was switched on with the whole
  // state on 2013-01-22, so on 2011-07-01 it is "Opt-out pending" and on 2013-06-01 "Activated over objection".
  it("titles the map of Illinois's 102 counties for Cook County, says its status and names its outline in the legend", async () => {
    const svg = await (await get("/export/map.svg?date=2011-07-01&focus=17031")).text();
    // The title's date is joined by no-break spaces, so it never wraps.
    expect(svg).toContain('<title id="scomm-title">Cook County, Illinois: Secure Communities status on July\u00a01,\u00a02011</title>');
    expect(texts(svg)).toContain("Cook County: Opt-out pending. The map shows every county of Illinois.");
    expect(legendTexts(svg).at(-1)).toBe("Outline: Cook County");
    expect([...svg.matchAll(/id="scomm-j(\d{5})"/g)].map((m) => m[1]!.slice(0, 2))).toEqual(Array(102).fill("17"));
    expect(svg.match(/<path [^>]*class="highlight"/g)).toHaveLength(1);
    const later = await (await get("/export/map.svg?date=2013-06-01&focus=17031&shape=portrait")).text();
    expect(texts(later)).toContain("Cook County: Activated over objection. The map shows every county of Illinois.");
  });

  it("writes it in Spanish, the county and the state as Spanish writes them", async () => {
    const svg = await (await get("/export/map.svg?date=2011-07-01&focus=17031&lang=es")).text();
    expect(svg).toContain(
      '<title id="scomm-title">Condado de Cook, Illinois: situación de Secure Communities al 1\u00a0de\u00a0julio\u00a0de\u00a02011</title>',
    );
    expect(texts(svg)).toContain("Condado de Cook: Exclusión solicitada, pendiente. El mapa muestra todos los condados de Illinois.");
    expect(legendTexts(svg).at(-1)).toBe("Contorno: Condado de Cook");
    const kings = await (await get("/export/map.svg?date=2012-06-01&focus=36047&lang=es")).text();
    expect(kings).toContain(
      '<title id="scomm-title">Condado de Kings, Nueva York: situación de Secure Communities al 1\u00a0de\u00a0junio\u00a0de\u00a02012</title>',
    );
  });

  it("names the District of Columbia once", async () => {
    const svg = await (await get("/export/map.svg?date=2011-07-01&focus=11001")).text();
    expect(svg).toContain('<title id="scomm-title">District of Columbia: Secure Communities status on July\u00a01,\u00a02011</title>');
  });

  it("refuses what cannot be drawn with a 400 naming the parameter", async () => {
    const cases: [string, string][] = [
      ["focus=99999", "focus"],
      ["focus=17", "focus"],
      ["focus=US", "focus"],
      ["focus=17031&focus=36047", "focus"],
      ["focus=17031&state=36", "state"],
      ["focus=17031&level=state", "level"],
      ["focus=17031&outline=17031", "outline"],
    ];
    for (const [query, field] of cases) await expectBadRequest(`/export/map.svg?${query}`, field);
    expect((await get("/export/map.svg?focus=17031&state=17&level=county")).status).toBe(200);
  });
});

describe("outline=<FIPS> on /export/map: the view's map with one jurisdiction outlined and named", () => {
  it("outlines Kings County on the national county map, rings it (a dot at that scale) and keeps the view's title", async () => {
    const svg = await (await get("/export/map.svg?date=2012-06-01&outline=36047")).text();
    expect(svg).toContain('<title id="scomm-title">Secure Communities in the United States, county by county</title>');
    expect(legendTexts(svg).at(-1)).toBe("Outline: Kings County");
    expect(svg).toContain('class="highlight-ring"');
    const state = await (await get("/export/map.svg?date=2012-06-01&level=state&outline=36")).text();
    // Under the total, before the note on partly activated states.
    expect(legendTexts(state)).toContain("Outline: New York");
  });

  it("refuses an outline the map does not draw, naming outline", async () => {
    for (const query of ["outline=36", "outline=36047&level=state", "outline=99"])
      await expectBadRequest(`/export/map.svg?${query}`, "outline");
    expect(await expectBadRequest("/export/map.svg?outline=36047&state=17", "state")).toBe(
      "state: must be 36, the state of outline=36047, or left out",
    );
  });
});

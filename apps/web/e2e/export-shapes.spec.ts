import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ExportDialog } from "./pages/export-dialog.js";
import { JurisdictionPage } from "./pages/jurisdiction-page.js";
import { MapPage } from "./pages/map-page.js";
import { pngPixels, pngSize, svgTexts } from "./support/png.js";
import { usePageSession } from "./support/session.js";

const RESULTS = fileURLToPath(new URL("../test-results/", import.meta.url));
const session = usePageSession();

const fetchBytes = async (href: string) => Buffer.from(await (await fetch(href)).arrayBuffer());

describe("the export dialog's shapes", () => {
  it("chooses square: a 960 x 960 PNG (2x: 1920 x 1920), the legend under the map, the server's square the same figure", async () => {
    const { page, baseUrl } = session;
    await new MapPage(page, baseUrl).open({ date: "2011-07-01", level: "county" });
    const dialog = new ExportDialog(page);
    await dialog.open();
    await dialog.chooseShape("square", { width: 960, height: 960 });

    const png = await dialog.download("png", `${RESULTS}export-map-square.png`);
    expect(png.name).toBe("scomm-atlas-map-2011-07-01-county-square.png");
    expect(pngSize(png.bytes)).toEqual({ width: 960, height: 960 });
    expect((await pngPixels(page, png.bytes)).colours).toBeGreaterThan(5);
    expect(pngSize((await dialog.download("png2x")).bytes)).toEqual({ width: 1920, height: 1920 });

    const svg = (await dialog.download("svg")).bytes.toString("utf8");
    expect(svg).toContain('width="960" height="960" viewBox="0 0 720 720"');
    // The legend's first swatch sits below every point of the map.
    const mapYs = [...svg.slice(svg.indexOf('<g class="map"'), svg.indexOf('<g class="legend"')).matchAll(/[ML]-?[\d.]+,(-?[\d.]+)/g)].map(
      (m) => Number(m[1]),
    );
    const firstSwatchY = Number(/<g class="legend"[^>]*>.*?<rect x="[\d.]+" y="([\d.]+)"/.exec(svg)?.[1]);
    expect(firstSwatchY).toBeGreaterThan(Math.max(...mapYs));

    const serverPngHref = await dialog.serverImageHref("png");
    expect(serverPngHref).toBe(`${baseUrl}/export/map.png?date=2011-07-01&level=county&shape=square`);
    expect(pngSize(await fetchBytes(serverPngHref))).toEqual({ width: 960, height: 960 });
    expect(svgTexts(await (await fetch(await dialog.serverImageHref("svg"))).text())).toEqual(svgTexts(svg));
  });

  it("chooses portrait for the trends chart: 960 x 1200, and the server's link asks for the same", async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/trends?date=2011-07-01`);
    const dialog = new ExportDialog(page);
    await dialog.open();
    await dialog.chooseShape("portrait", { width: 960, height: 1200 });
    const png = await dialog.download("png", `${RESULTS}export-trends-portrait.png`);
    expect(pngSize(png.bytes)).toEqual({ width: 960, height: 1200 });
    expect(await dialog.serverImageHref("png")).toBe(`${baseUrl}/export/trends.png?date=2011-07-01&shape=portrait`);
  });
});

describe("a county page's export", () => {
  // From the record: Illinois ended its agreement on 2011-05-04; Cook County was switched on with the whole state
  // on 2013-01-22. On 2011-07-01 it is "Opt-out pending".
  it("is titled for Cook County, says its status, names its outline in the legend, and is the server's focus=17031", async () => {
    const { page, baseUrl } = session;
    await new JurisdictionPage(page, baseUrl).open("17031", { date: "2011-07-01" });
    const dialog = new ExportDialog(page);
    await dialog.open();
    const svg = (await dialog.download("svg", `${RESULTS}export-cook-county.svg`)).bytes.toString("utf8");
    const texts = svgTexts(svg);
    // 725 units of title in 904: one line; its date joined by no-break spaces.
    expect(texts[0]).toBe("Cook County, Illinois: Secure Communities status on July\u00a01,\u00a02011");
    expect(texts).toContain("Cook County: Opt-out pending. The map shows every county of Illinois.");
    expect(texts).toContain("Outline: Cook County");
    expect(svg.match(/<path [^>]*class="highlight"/g)).toHaveLength(1);

    const serverSvgHref = await dialog.serverImageHref("svg");
    expect(serverSvgHref).toBe(`${baseUrl}/export/map.svg?date=2011-07-01&focus=17031`);
    expect(svgTexts(await (await fetch(serverSvgHref)).text())).toEqual(texts);
    const png = await dialog.download("png", `${RESULTS}export-cook-county.png`);
    expect(pngSize(await fetchBytes(await dialog.serverImageHref("png")))).toEqual(pngSize(png.bytes));
  });
});

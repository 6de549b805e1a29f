import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { metricsTable } from "../scripts/metric-table.js";
import { readFontWidths } from "../scripts/ttf-widths.js";
import { REGULAR_WIDTHS, SEMIBOLD_WIDTHS } from "./font-metrics-data.js";
import { textWidth, wrapText } from "./font-metrics.js";

const require = createRequire(import.meta.url);
const ttf = (face: string) => readFontWidths(readFileSync(require.resolve(`@expo-google-fonts/ibm-plex-sans/${face}`)));

describe("font metrics", () => {
  it("are the advance widths of the IBM Plex Sans files the exports embed (regenerate with `pnpm font-metrics`)", () => {
    expect(REGULAR_WIDTHS).toEqual(metricsTable(ttf("400Regular/IBMPlexSans_400Regular.ttf")));
    expect(SEMIBOLD_WIDTHS).toEqual(metricsTable(ttf("600SemiBold/IBMPlexSans_600SemiBold.ttf")));
  });

  it("measures text by its characters, semibold wider than regular, accents like their base letters", () => {
    expect(textWidth("", 13)).toBe(0);
    expect(textWidth("0", 10)).toBeCloseTo(6, 5);
    expect(textWidth("Activated", 13, 600)).toBeGreaterThan(textWidth("Activated", 13, 400));
    expect(textWidth("Doña Ana", 12)).toBeCloseTo(textWidth("Dona Ana", 12), 5);
    expect(textWidth("🙂", 10)).toBe(10);
  });

  it("wraps at spaces to the width, keeping a word longer than the width whole", () => {
    const width = textWidth("Activated, state mandates", 13) + 1;
    expect(wrapText("Activated, state mandates cooperation", width, 13)).toEqual(["Activated, state mandates", "cooperation"]);
    expect(wrapText("Activated, state mandates cooperation", width - 2, 13)).toEqual(["Activated, state", "mandates cooperation"]);
    expect(wrapText("Supercalifragilistic word", 20, 13)).toEqual(["Supercalifragilistic", "word"]);
    expect(wrapText("  spaced   out  ", 500, 13)).toEqual(["spaced out"]);
  });
});

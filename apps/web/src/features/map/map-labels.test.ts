import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildAtlas } from "./atlas.js";
import { COUNTY_LABEL_ZOOM, visibleLabels } from "./map-labels.js";

const atlas = buildAtlas(JSON.parse(readFileSync(new URL("./counties-albers-simplified.json", import.meta.url), "utf8")));
const codes = new Map([
  ["06", "CA"],
  ["44", "RI"],
  ["17", "IL"],
]);

describe("visibleLabels", () => {
  it("names every state at the national view, the small ones by postal code", () => {
    const labels = visibleLabels(atlas, { k: 1, x: 0, y: 0 }, codes);
    expect(labels).toHaveLength(51);
    expect(labels.find((l) => l.id === "06")?.name).toBe("California");
    expect(labels.find((l) => l.id === "44")?.name).toBe("RI");
  });
  it("writes the states' Spanish names for a Spanish reader, Texas as Spanish writes it", () => {
    const labels = visibleLabels(atlas, { k: 1, x: 0, y: 0 }, codes, "es");
    expect(labels.find((l) => l.id === "38")?.name).toBe("Dakota del Norte");
    expect(labels.find((l) => l.id === "42")?.name).toBe("Pensilvania");
    expect(labels.find((l) => l.id === "48")?.name).toBe("Texas");
    expect(labels.find((l) => l.id === "39")?.name).toBe("Ohio");
  });
  it("names the counties in view once zoomed in, and none outside it", () => {
    // Zoom 8 on the middle of Illinois.
    const cook = visibleLabels(atlas, { k: 1, x: 0, y: 0 }, codes).find((l) => l.id === "17")!;
    const k = 8;
    const zoom = { k, x: 975 / 2 - cook.x * k, y: 610 / 2 - cook.y * k };
    const labels = visibleLabels(atlas, zoom, codes);
    expect(k).toBeGreaterThanOrEqual(COUNTY_LABEL_ZOOM);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.every((l) => l.id.length === 5)).toBe(true);
    expect(labels.some((l) => l.id.startsWith("17"))).toBe(true);
    expect(labels.some((l) => l.id.startsWith("06"))).toBe(false);
  });
});

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { atlasBoundsTable } from "../scripts/bounds-table.js";
import { NATION_BOUNDS, STATE_BOUNDS } from "./atlas-bounds-data.js";

describe("atlas bounds", () => {
  it("are the full-detail us-atlas bounds of the nation and the 51 states (regenerate with `pnpm atlas-bounds`)", () => {
    const require = createRequire(import.meta.url);
    const table = atlasBoundsTable(JSON.parse(readFileSync(require.resolve("us-atlas/counties-albers-10m.json"), "utf8")));
    expect(NATION_BOUNDS).toEqual(table.nation);
    expect(STATE_BOUNDS).toEqual(table.states);
    expect(Object.keys(STATE_BOUNDS)).toHaveLength(51);
  });
});

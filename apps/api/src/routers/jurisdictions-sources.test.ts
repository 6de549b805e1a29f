import { describe, expect, it } from "vitest";
import { useRealCaller } from "../testing/caller.js";

const session = useRealCaller();

/**
 * Every page a visitor can open names its authority: each event row on every state and county page
 * carries at least one source that can be followed (a url, or where a stored copy was read).
 */
describe("jurisdictions.byId on every state and county", () => {
  it("walks 51 states and 3,142 counties; every event row has a source with a link", async () => {
    const all = await session.caller.jurisdictions.list();
    const ids = all.filter((j) => j.level !== "nation").map((j) => j.id);
    expect(ids.filter((id) => id.length === 2)).toHaveLength(51);
    expect(ids.filter((id) => id.length === 5)).toHaveLength(3142);

    const unsourced: string[] = [];
    let rows = 0;
    for (const id of ids) {
      const page = await session.caller.jurisdictions.byId({ id });
      for (const event of page.events) {
        rows++;
        if (!event.sources.some((s) => Boolean(s.url ?? s.foundAt))) unsourced.push(`${id}: ${event.id}`);
      }
    }
    expect(unsourced).toEqual([]);
    expect(rows).toBeGreaterThanOrEqual(ids.length);
  }, 60_000);
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../client.js";
import { seededDb } from "../testing/seeded-db.js";
import { tinyDataset } from "../testing/tiny-dataset.js";
import { listEvents } from "./events.js";

let db: Db;
beforeAll(async () => {
  db = await seededDb();
});
afterAll(() => db.destroy());

const ids = (list: { id: string }[]) => list.map((e) => e.id);

describe("listEvents", () => {
  it("returns every event in date order, equal to the seeded ones", async () => {
    const events = await listEvents(db);
    expect(ids(events)).toEqual(["launch", "act-48201", "act-48113", "ny-suspends", "nyc-limits", "act-36047"]);
    for (const e of events) expect(e).toEqual(tinyDataset.events.find((x) => x.id === e.id));
  });

  it("keeps an event's jurisdictions and sources in dataset order", async () => {
    const [nyc] = await listEvents(db, { type: "detainer_policy_limited" });
    expect(nyc?.jurisdictionIds).toEqual(["36047", "36061"]);
    expect(nyc?.sources.map((s) => s.title)).toEqual(["NYC council", "Stored copy"]);
    expect(nyc?.sources[1]).toMatchObject({ url: null, foundAt: "archive copy" });
  });

  it("filters by jurisdiction, type and inclusive date bounds", async () => {
    expect(ids(await listEvents(db, { jurisdictionId: "36047" }))).toEqual(["nyc-limits", "act-36047"]);
    expect(ids(await listEvents(db, { type: "activated", from: "2008-10-27", to: "2009-03-10" }))).toEqual([
      "act-48201",
      "act-48113",
    ]);
    expect(ids(await listEvents(db, { from: "2012-01-01" }))).toEqual(["act-36047"]);
    expect(await listEvents(db, { jurisdictionId: "99999" })).toEqual([]);
  });
});

import { afterAll, beforeAll, expect, it } from "vitest";
import type { Db } from "../client.js";
import { describeEachDialect } from "../testing/dialects.js";
import { seededDb } from "../testing/seeded-db.js";
import { tinyDataset } from "../testing/tiny-dataset.js";
import { listEvents } from "./events.js";

const ids = (list: { id: string }[]) => list.map((e) => e.id);

describeEachDialect("listEvents", (dialect) => {
  let db: Db;
  beforeAll(async () => {
    db = await seededDb(dialect);
  });
  afterAll(() => db.destroy());

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
    expect(ids(await listEvents(db, { type: "activated", from: "2008-10-27", to: "2009-03-10" }))).toEqual(["act-48201", "act-48113"]);
    expect(ids(await listEvents(db, { from: "2012-01-01" }))).toEqual(["act-36047"]);
    expect(await listEvents(db, { jurisdictionId: "99999" })).toEqual([]);
  });

  it("orders one day's events by id byte by byte, whatever the server's locale", async () => {
    const sameDay = ["x_c", "x-a", "x1", "x-B"].map((id) => ({ ...tinyDataset.events[1]!, id, date: "2010-01-01" }));
    const other = await seededDb(dialect, { ...tinyDataset, events: sameDay });
    expect(ids(await listEvents(other))).toEqual(["x-B", "x-a", "x1", "x_c"]);
    await other.destroy();
  });
});

import type { Event } from "@scomm/core";
import { afterEach, beforeEach, expect, it } from "vitest";
import type { Db } from "../client.js";
import { describeEachDialect } from "../testing/dialects.js";
import { seededDb } from "../testing/seeded-db.js";
import { tinyDataset } from "../testing/tiny-dataset.js";
import { createDraft, publishDraft, saveDraft } from "./event-edits.js";
import { listRecentRevisions } from "./revisions.js";

const harris = tinyDataset.events.find((e) => e.id === "act-48201")!;
/** Two new events, as a curator would add them (fixtures). */
const first: Event = { ...harris, id: "cur-a", jurisdictionIds: ["48113"], date: "2015-09-01", type: "detainer_policy_limited" };
const second: Event = { ...first, id: "cur-b", date: "2015-10-01" };
const at = (minute: number, baseRevision: number, reason: string) => ({
  editor: "ana@example.org",
  at: `2026-12-02T04:${String(minute).padStart(2, "0")}:00.000Z`,
  reason,
  baseRevision,
});

describeEachDialect("recent revisions", (dialect) => {
  let db: Db;
  beforeEach(async () => {
    db = await seededDb(dialect);
  });
  afterEach(() => db.destroy());

  it("lists the latest revisions across events, newest first, as many as asked", async () => {
    await createDraft(db, first, at(0, 0, "a created"));
    await createDraft(db, second, at(1, 0, "b created"));
    await publishDraft(db, "cur-a", at(2, 1, "a published"));
    await saveDraft(db, { ...second, date: "2015-10-02" }, at(3, 1, "b corrected"));
    const recent = await listRecentRevisions(db, 3);
    expect(recent.map((r) => [r.eventId, r.revision, r.action, r.reason])).toEqual([
      ["cur-b", 2, "update", "b corrected"],
      ["cur-a", 2, "publish", "a published"],
      ["cur-b", 1, "create", "b created"],
    ]);
    expect([recent[0]!.before?.date, recent[0]!.after?.date]).toEqual(["2015-10-01", "2015-10-02"]);
  });

  it("at one instant, puts the later revision first", async () => {
    await createDraft(db, first, at(5, 0, "created"));
    await publishDraft(db, "cur-a", at(5, 1, "published"));
    expect((await listRecentRevisions(db, 10)).map((r) => r.revision)).toEqual([2, 1]);
  });
});

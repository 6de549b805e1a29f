import type { Event } from "@scomm/core";
import { afterEach, beforeEach, expect, it } from "vitest";
import type { Db } from "../client.js";
import { describeEachDialect } from "../testing/dialects.js";
import { seededDb } from "../testing/seeded-db.js";
import { tinyDataset } from "../testing/tiny-dataset.js";
import { createDraft, currentRevision, getDraft, getPublishedEvent, publishDraft, retractEvent, saveDraft } from "./event-edits.js";
import { listEvents } from "./events.js";
import { listDrafts, listRevisions } from "./revisions.js";

const harris = tinyDataset.events.find((e) => e.id === "act-48201")!;
/** A new event for Dallas County, as a curator would add it. */
const dallasLimits: Event = {
  ...harris,
  id: "cur-1",
  jurisdictionIds: ["48113"],
  date: "2015-09-01",
  type: "detainer_policy_limited",
  summary: "Dallas limits detainers",
};
const stamp = (baseRevision: number, reason = "new source") => ({
  editor: "ana@example.org",
  at: "2026-12-02T04:00:00.000Z",
  reason,
  baseRevision,
});

describeEachDialect("curators' edits", (dialect) => {
  let db: Db;
  beforeEach(async () => {
    db = await seededDb(dialect);
  });
  afterEach(() => db.destroy());

  it("keeps a new event a draft, out of the public events, until it is published", async () => {
    expect(await createDraft(db, dallasLimits, stamp(0))).toEqual({ ok: true, revision: 1 });
    expect(await getPublishedEvent(db, "cur-1")).toBeUndefined();
    expect((await listEvents(db)).map((e) => e.id)).not.toContain("cur-1");
    expect((await listDrafts(db)).map((d) => d.event)).toEqual([dallasLimits]);
    expect(await publishDraft(db, "cur-1", stamp(1, "checked"))).toEqual({ ok: true, revision: 2 });
    expect(await getPublishedEvent(db, "cur-1")).toEqual(dallasLimits);
    expect(await listDrafts(db)).toEqual([]);
  });

  it("writes one revision per change: who, when, what, why, before and after", async () => {
    await createDraft(db, dallasLimits, stamp(0, "first"));
    await publishDraft(db, "cur-1", stamp(1, "second"));
    const corrected = { ...dallasLimits, date: "2015-09-02" };
    await saveDraft(db, corrected, stamp(2, "third"));
    await retractEvent(db, "cur-1", stamp(3, "fourth"));
    const history = await listRevisions(db, "cur-1");
    expect(history.map((r) => [r.revision, r.action, r.reason, r.editor])).toEqual([
      [1, "create", "first", "ana@example.org"],
      [2, "publish", "second", "ana@example.org"],
      [3, "update", "third", "ana@example.org"],
      [4, "retract", "fourth", "ana@example.org"],
    ]);
    expect(history.map((r) => [r.before?.date ?? null, r.after?.date ?? null])).toEqual([
      [null, "2015-09-01"],
      [null, "2015-09-01"],
      ["2015-09-01", "2015-09-02"],
      ["2015-09-01", null],
    ]);
    expect(await getPublishedEvent(db, "cur-1")).toBeUndefined();
    expect(await getDraft(db, "cur-1")).toBeUndefined();
  });

  it("keeps the published event public while its correction is a draft", async () => {
    const corrected = { ...harris, date: "2008-10-28" };
    expect(await saveDraft(db, corrected, stamp(0))).toEqual({ ok: true, revision: 1 });
    expect((await getPublishedEvent(db, harris.id))?.date).toBe("2008-10-27");
    await publishDraft(db, harris.id, stamp(1));
    expect((await getPublishedEvent(db, harris.id))?.date).toBe("2008-10-28");
  });

  it("refuses a change based on an old revision, and writes nothing", async () => {
    await saveDraft(db, { ...harris, summary: "first curator" }, stamp(0));
    expect(await saveDraft(db, { ...harris, summary: "second curator" }, stamp(0))).toEqual({ ok: false, problem: "stale", current: 1 });
    expect(await publishDraft(db, harris.id, stamp(0))).toEqual({ ok: false, problem: "stale", current: 1 });
    expect((await getDraft(db, harris.id))?.summary).toBe("first curator");
    expect(await currentRevision(db, harris.id)).toBe(1);
  });

  it("lets one of two concurrent writers on the same revision win", async () => {
    const outcomes = await Promise.all([
      saveDraft(db, { ...harris, summary: "a" }, stamp(0)),
      saveDraft(db, { ...harris, summary: "b" }, stamp(0)),
    ]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok)).toEqual([{ ok: false, problem: "stale", current: 1 }]);
    expect(await listRevisions(db, harris.id)).toHaveLength(1);
  });

  it("names what is missing: no such event, nothing to publish", async () => {
    expect(await saveDraft(db, { ...harris, id: "nothing" }, stamp(0))).toEqual({ ok: false, problem: "not-found", current: 0 });
    expect(await publishDraft(db, "nothing", stamp(0))).toEqual({ ok: false, problem: "not-found", current: 0 });
    expect(await publishDraft(db, harris.id, stamp(0))).toEqual({ ok: false, problem: "no-draft", current: 0 });
    expect(await retractEvent(db, "nothing", stamp(0))).toEqual({ ok: false, problem: "not-found", current: 0 });
    expect(await listRevisions(db, harris.id)).toEqual([]);
  });
});

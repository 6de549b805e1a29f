import { afterEach, beforeEach, expect, it } from "vitest";
import type { Db } from "../client.js";
import { describeEachDialect } from "../testing/dialects.js";
import { seededDb } from "../testing/seeded-db.js";
import { tinyDataset } from "../testing/tiny-dataset.js";
import { getCorrection, getCorrectionOutcome, insertCorrection, listCorrections, settleCorrection } from "./corrections.js";
import { createDraft, publishDraft, retractEvent, saveDraft } from "./event-edits.js";
import { listPublicRevisions, listRetractions } from "./revisions.js";

/** A made-up reader's correction (a fixture, not a real report) of Harris County's activation. */
const reported = {
  id: "c-1",
  jurisdictionId: "48201",
  eventId: "act-48201",
  whatIsWrong: "The date is a day late.",
  sourceUrl: "https://news.example.org/harris",
  contact: "reader@example.org",
  createdAt: "2026-12-02T04:00:00.000Z",
  readerTokenHash: "a".repeat(64),
};

describeEachDialect("readers' corrections", (dialect) => {
  let db: Db;
  beforeEach(async () => {
    db = await seededDb(dialect);
  });
  afterEach(() => db.destroy());

  it("keeps a new correction open in the queue, and shows its link only where it stands", async () => {
    await insertCorrection(db, reported);
    await insertCorrection(db, {
      ...reported,
      id: "c-2",
      eventId: null,
      createdAt: "2026-12-02T05:00:00.000Z",
      readerTokenHash: "b".repeat(64),
    });
    expect((await listCorrections(db)).map((c) => [c.id, c.status, c.eventId])).toEqual([
      ["c-1", "open", "act-48201"],
      ["c-2", "open", null],
    ]);
    expect(await getCorrectionOutcome(db, "a".repeat(64))).toEqual({
      jurisdictionId: "48201",
      eventId: "act-48201",
      whatIsWrong: "The date is a day late.",
      sourceUrl: "https://news.example.org/harris",
      status: "open",
      curatorReason: null,
      createdAt: "2026-12-02T04:00:00.000Z",
      settledAt: null,
    });
    expect(await getCorrectionOutcome(db, "c".repeat(64))).toBeUndefined();
  });

  it("settles a correction once: accepted with its draft, then neither accepted nor rejected again", async () => {
    await insertCorrection(db, reported);
    const settlement = {
      id: "c-1",
      status: "accepted",
      reason: "checked the roster",
      by: "ana@example.org",
      at: "2026-12-02T06:00:00.000Z",
      draftEventId: "act-48201",
    } as const;
    expect(await settleCorrection(db, settlement)).toBe(true);
    expect(await settleCorrection(db, { ...settlement, status: "rejected", reason: "again" })).toBe(false);
    expect(await settleCorrection(db, { ...settlement, id: "nothing" })).toBe(false);
    expect(await getCorrection(db, "c-1")).toMatchObject({
      status: "accepted",
      curatorReason: "checked the roster",
      settledBy: "ana@example.org",
      draftEventId: "act-48201",
    });
    expect((await getCorrectionOutcome(db, "a".repeat(64)))?.status).toBe("accepted");
    expect(await listCorrections(db)).toEqual([]);
    expect((await listCorrections(db, { status: "accepted" })).map((c) => c.id)).toEqual(["c-1"]);
  });
});

describeEachDialect("public history", (dialect) => {
  let db: Db;
  beforeEach(async () => {
    db = await seededDb(dialect);
  });
  afterEach(() => db.destroy());

  it("lists publishes and retractions with their reasons, never drafts nor editors", async () => {
    const harris = tinyDataset.events.find((e) => e.id === "act-48201")!;
    const stamp = (baseRevision: number, reason: string, at: string) => ({ editor: "ana@example.org", at, reason, baseRevision });
    await saveDraft(db, { ...harris, date: "2008-10-28" }, stamp(0, "draft only", "2026-12-01T10:00:00.000Z"));
    expect(await listPublicRevisions(db)).toEqual([]);
    await publishDraft(db, harris.id, stamp(1, "the roster says the 28th", "2026-12-01T11:00:00.000Z"));
    expect(await listPublicRevisions(db, { eventIds: [harris.id, "other"] })).toEqual([
      {
        eventId: "act-48201",
        revision: 2,
        changedAt: "2026-12-01T11:00:00.000Z",
        action: "publish",
        change: "corrected",
        reason: "the roster says the 28th",
      },
    ]);
    expect(await listPublicRevisions(db, { eventIds: ["other"] })).toEqual([]);
    expect(await listPublicRevisions(db, { eventIds: [] })).toEqual([]);
  });

  it("calls a curator's new event published by its first publish, corrected by the next, retracted at last", async () => {
    const harris = tinyDataset.events.find((e) => e.id === "act-48201")!;
    const added = { ...harris, id: "cur-1", type: "detainer_policy_limited" as const, summary: "A made-up limit (fixture)" };
    const stamp = (baseRevision: number, reason: string) => ({
      editor: "ana@example.org",
      at: `2026-12-0${baseRevision + 1}T10:00:00.000Z`,
      reason,
      baseRevision,
    });
    await createDraft(db, added, stamp(0, "new"));
    await publishDraft(db, "cur-1", stamp(1, "sources checked"));
    await saveDraft(db, { ...added, date: "2008-11-01" }, stamp(2, "date"));
    await publishDraft(db, "cur-1", stamp(3, "the date was wrong"));
    await retractEvent(db, "cur-1", stamp(4, "duplicate"));
    expect(
      (await listPublicRevisions(db, { eventIds: ["cur-1"] })).map((r) => [r.revision, r.change, r.reason, r.changedAt.slice(0, 10)]),
    ).toEqual([
      [2, "published", "sources checked", "2026-12-02"],
      [4, "corrected", "the date was wrong", "2026-12-04"],
      [5, "retracted", "duplicate", "2026-12-05"],
    ]);
  });

  it("lists the retraction of a public event with what it said, not that of a draft never published", async () => {
    const harris = tinyDataset.events.find((e) => e.id === "act-48201")!;
    const stamp = (baseRevision: number, reason: string) => ({
      editor: "ana@example.org",
      at: `2026-12-0${baseRevision + 1}T10:00:00.000Z`,
      reason,
      baseRevision,
    });
    await createDraft(db, { ...harris, id: "cur-2", summary: "A made-up draft (fixture)" }, stamp(0, "new"));
    await retractEvent(db, "cur-2", stamp(1, "never mind"));
    expect(await listRetractions(db)).toEqual([]);
    await retractEvent(db, harris.id, stamp(0, "the roster row was a duplicate"));
    expect(await listRetractions(db)).toEqual([
      { eventId: harris.id, changedAt: "2026-12-01T10:00:00.000Z", reason: "the roster row was a duplicate", event: harris },
    ]);
  });
});

import type { Dataset, Event } from "@scomm/core";
import { afterEach, beforeEach, expect, it } from "vitest";
import type { Db } from "../client.js";
import { datasetHash, storedDatasetHash } from "../seed.js";
import { describeEachDialect } from "../testing/dialects.js";
import { seededDb } from "../testing/seeded-db.js";
import { tinyDataset } from "../testing/tiny-dataset.js";
import { importDataset } from "./dataset-import.js";
import { getDraft, getPublishedEvent, publishDraft, saveDraft } from "./event-edits.js";
import { listOpenConflicts } from "./import-conflicts.js";
import { listRevisions } from "./revisions.js";

const AT = "2026-12-02T05:00:00.000Z";
const curator = { editor: "ana@example.org", at: "2026-12-02T04:00:00.000Z", reason: "fixture edit" };
const byId = (id: string) => tinyDataset.events.find((e) => e.id === id) as Event;
const withEvents = (events: Event[]): Dataset => ({ ...tinyDataset, events });
const replaced = (id: string, change: Partial<Event>) => tinyDataset.events.map((e) => (e.id === id ? { ...e, ...change } : e));

async function revisionCount(db: Db): Promise<number> {
  const row = await db
    .selectFrom("event_revisions")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describeEachDialect("importDataset", (dialect) => {
  let db: Db;
  beforeEach(async () => {
    db = await seededDb(dialect);
  });
  afterEach(() => db.destroy());

  it("seeds with a baseline and no history; importing the same dataset again reads and writes nothing", async () => {
    expect(await db.selectFrom("imported_events").select(["eventId", "revision"]).orderBy("eventId").execute()).toHaveLength(6);
    expect(await revisionCount(db)).toBe(0);
    expect(await importDataset(db, structuredClone(tinyDataset), AT)).toMatchObject({
      written: false,
      created: [],
      revised: [],
      retracted: [],
    });
  });

  it("applies a changed dataset as revisions by 'dataset import': created and published, published, retracted", async () => {
    const added: Event = { ...byId("launch"), id: "fixture-new", date: "2009-01-01", summary: "A fixture event." };
    const dataset = withEvents([
      ...replaced("launch", { summary: "Fixture: launch reworded." }).filter((e) => e.id !== "ny-suspends"),
      added,
    ]);
    const hash = datasetHash(dataset);
    const result = await importDataset(db, dataset, AT);
    expect(result).toEqual({
      written: true,
      hash,
      created: ["fixture-new"],
      revised: ["launch"],
      retracted: ["ny-suspends"],
      conflicts: [],
    });
    const reason = `dataset import ${hash.slice(0, 12)}`;
    const stamp = { editor: "dataset import", changedAt: AT, reason };
    expect(await listRevisions(db, "launch")).toEqual([
      {
        eventId: "launch",
        revision: 1,
        ...stamp,
        action: "publish",
        before: byId("launch"),
        after: { ...byId("launch"), summary: "Fixture: launch reworded." },
      },
    ]);
    expect((await listRevisions(db, "fixture-new")).map((r) => [r.revision, r.action, r.before, r.after])).toEqual([
      [1, "create", null, added],
      [2, "publish", null, added],
    ]);
    expect((await listRevisions(db, "ny-suspends")).map((r) => [r.action, r.before?.id, r.after])).toEqual([
      ["retract", "ny-suspends", null],
    ]);
    expect(await getPublishedEvent(db, "ny-suspends")).toBeUndefined();
    expect((await getPublishedEvent(db, "launch"))?.summary).toBe("Fixture: launch reworded.");
    expect(await storedDatasetHash(db)).toBe(hash);
  });

  it("never overwrites an event a curator published: a conflict with both versions, the record untouched", async () => {
    const mine = { ...byId("nyc-limits"), summary: "Fixture: the curator's wording." };
    await saveDraft(db, mine, { ...curator, baseRevision: 0 });
    await publishDraft(db, mine.id, { ...curator, baseRevision: 1 });
    const theirs = replaced("nyc-limits", { summary: "Fixture: the dataset's wording." });
    const result = await importDataset(db, withEvents(theirs), AT);
    expect(result).toMatchObject({ revised: [], conflicts: ["nyc-limits"] });
    expect((await getPublishedEvent(db, "nyc-limits"))?.summary).toBe("Fixture: the curator's wording.");
    expect(await revisionCount(db)).toBe(2);
    const [conflict, ...others] = await listOpenConflicts(db);
    expect(others).toEqual([]);
    expect(conflict).toMatchObject({ eventId: "nyc-limits", datasetHash: result.hash, curatorRevision: 2, recordedAt: AT });
    expect(conflict?.imported?.summary).toBe("Fixture: the dataset's wording.");
    expect(conflict?.curator?.summary).toBe("Fixture: the curator's wording.");
  });

  it("counts an unpublished draft as a curator's change too", async () => {
    await saveDraft(db, { ...byId("launch"), summary: "Fixture draft." }, { ...curator, baseRevision: 0 });
    const result = await importDataset(db, withEvents(replaced("launch", { actor: "Fixture actor" })), AT);
    expect(result.conflicts).toEqual(["launch"]);
    expect((await getDraft(db, "launch"))?.summary).toBe("Fixture draft.");
    expect((await listOpenConflicts(db))[0]?.curator?.summary).toBe("Fixture draft.");
  });

  it("takes a curator's edit that the dataset now has as agreed: no revision, no conflict; a later change applies", async () => {
    const mine = { ...byId("launch"), summary: "Fixture: corrected by a curator." };
    await saveDraft(db, mine, { ...curator, baseRevision: 0 });
    await publishDraft(db, mine.id, { ...curator, baseRevision: 1 });
    const exported = withEvents(replaced("launch", { summary: mine.summary }));
    expect(await importDataset(db, exported, AT)).toMatchObject({ written: true, created: [], revised: [], retracted: [], conflicts: [] });
    expect(await revisionCount(db)).toBe(2);
    const later = withEvents(replaced("launch", { summary: "Fixture: changed again in the files." }));
    expect((await importDataset(db, later, AT)).revised).toEqual(["launch"]);
    expect((await listRevisions(db, "launch")).map((r) => [r.revision, r.editor, r.action])).toEqual([
      [1, "ana@example.org", "update"],
      [2, "ana@example.org", "publish"],
      [3, "dataset import", "publish"],
    ]);
  });

  it("writes nothing when one event cannot be stored (one transaction with the hash)", async () => {
    const ghost: Event = { ...byId("launch"), id: "fixture-ghost", jurisdictionIds: ["99999"] };
    const dataset = withEvents([...replaced("launch", { summary: "Fixture." }), ghost]);
    await expect(importDataset(db, dataset, AT)).rejects.toThrow(/foreign key/i);
    expect(await revisionCount(db)).toBe(0);
    expect((await getPublishedEvent(db, "launch"))?.summary).toBe(byId("launch").summary);
    expect(await storedDatasetHash(db)).toBe(datasetHash(tinyDataset));
  });
});

import type { Event } from "@scomm/core";
import { afterEach, beforeEach, expect, it } from "vitest";
import type { Db } from "../client.js";
import { prepareDatabase } from "../open.js";
import { describeEachDialect } from "../testing/dialects.js";
import { seededDb } from "../testing/seeded-db.js";
import { tinyDataset } from "../testing/tiny-dataset.js";
import { importDataset } from "./dataset-import.js";
import { getPublishedEvent, publishDraft, saveDraft } from "./event-edits.js";
import { listOpenConflicts, settleConflict } from "./import-conflicts.js";
import { listRevisions } from "./revisions.js";

const AT = "2026-12-02T05:00:00.000Z";
const ana = { editor: "ana@example.org", at: "2026-12-02T04:00:00.000Z", reason: "fixture edit" };
const byId = (id: string) => tinyDataset.events.find((e) => e.id === id) as Event;
const datasetWith = (id: string, change: Partial<Event>) => ({
  ...tinyDataset,
  events: tinyDataset.events.map((e) => (e.id === id ? { ...e, ...change } : e)),
});

/** ana publishes her wording of `id`, then the dataset brings its own: one open conflict. */
async function conflictOn(db: Db, id: string) {
  await saveDraft(db, { ...byId(id), summary: "Fixture: ana's wording." }, { ...ana, baseRevision: 0 });
  await publishDraft(db, id, { ...ana, baseRevision: 1 });
  await importDataset(db, datasetWith(id, { summary: "Fixture: the dataset's wording." }), AT);
  const [conflict] = await listOpenConflicts(db);
  if (!conflict) throw new Error("no conflict recorded");
  return conflict;
}

const settler = { editor: "ben@example.org", at: "2026-12-02T06:00:00.000Z", reason: "fixture settlement" };

describeEachDialect("settleConflict", (dialect) => {
  let db: Db;
  beforeEach(async () => {
    db = await seededDb(dialect);
  });
  afterEach(() => db.destroy());

  it("takes the import's version as a published revision signed by the curator who settles", async () => {
    const conflict = await conflictOn(db, "launch");
    expect(await settleConflict(db, { id: conflict.id, take: "import", ...settler })).toEqual({ ok: true, revision: 3 });
    expect((await getPublishedEvent(db, "launch"))?.summary).toBe("Fixture: the dataset's wording.");
    expect((await listRevisions(db, "launch")).at(-1)).toMatchObject({
      revision: 3,
      editor: "ben@example.org",
      action: "publish",
      reason: "fixture settlement",
    });
    expect(await listOpenConflicts(db)).toEqual([]);
    const row = await db.selectFrom("import_conflicts").selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: "settled",
      settledBy: "ben@example.org",
      settledAt: settler.at,
      settledHow: "import",
      settleReason: "fixture settlement",
    });
  });

  it("keeps the curator's version by closing the conflict only; the same dataset imported again stays quiet", async () => {
    const conflict = await conflictOn(db, "launch");
    expect(await settleConflict(db, { id: conflict.id, take: "curator", ...settler })).toEqual({ ok: true, revision: 2 });
    expect((await getPublishedEvent(db, "launch"))?.summary).toBe("Fixture: ana's wording.");
    expect(await listRevisions(db, "launch")).toHaveLength(2);
    await importDataset(db, datasetWith("launch", { summary: "Fixture: the dataset's wording." }), AT);
    expect(await listOpenConflicts(db)).toEqual([]);
  });

  it("refuses a settled conflict, one whose event changed since, and an unknown id, writing nothing", async () => {
    const conflict = await conflictOn(db, "launch");
    await saveDraft(db, { ...byId("launch"), summary: "Fixture: ana again." }, { ...ana, baseRevision: 2 });
    expect(await settleConflict(db, { id: conflict.id, take: "import", ...settler })).toEqual({ ok: false, problem: "stale", current: 3 });
    expect(await listOpenConflicts(db)).toHaveLength(1);
    expect(await settleConflict(db, { id: "no-such-conflict", take: "curator", ...settler })).toMatchObject({
      ok: false,
      problem: "not-found",
    });
    await publishDraft(db, "launch", { ...ana, baseRevision: 3 });
    const fresh = await importDataset(db, datasetWith("launch", { summary: "Fixture: a third wording." }), AT);
    expect(fresh.conflicts).toEqual(["launch"]);
    const [latest, ...others] = await listOpenConflicts(db);
    expect(others).toEqual([]);
    expect(await settleConflict(db, { id: conflict.id, take: "curator", ...settler })).toMatchObject({ ok: false, problem: "settled" });
    expect(await settleConflict(db, { id: latest!.id, take: "curator", ...settler })).toEqual({ ok: true, revision: 4 });
    expect(await settleConflict(db, { id: latest!.id, take: "import", ...settler })).toMatchObject({ ok: false, problem: "settled" });
    expect((await getPublishedEvent(db, "launch"))?.summary).toBe("Fixture: ana again.");
  });

  it("a record seeded before imports existed gets its baseline from the seeded versions", async () => {
    await saveDraft(db, { ...byId("launch"), summary: "Fixture: ana's wording." }, { ...ana, baseRevision: 0 });
    await publishDraft(db, "launch", { ...ana, baseRevision: 1 });
    await db.deleteFrom("imported_events").execute();
    await db.deleteFrom("dataset_meta").where("key", "=", "import_baseline").execute();
    await prepareDatabase(db, { dataset: () => tinyDataset });
    const changed = { ...tinyDataset, events: tinyDataset.events.map((e) => ({ ...e, actor: "Fixture actor" })) };
    const result = await importDataset(db, changed, AT);
    expect(result.conflicts).toEqual(["launch"]);
    expect(result.revised).toHaveLength(tinyDataset.events.length - 1);
  });
});

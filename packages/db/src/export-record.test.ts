import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Dataset } from "@scomm/core";
import { buildDataset, DATA_DIR, DATA_FILE_NAMES, loadDataset, readDatasetFiles } from "@scomm/data";
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from "vitest";
import type { Db } from "./client.js";
import { exportRecord } from "./export-record.js";
import { importDataset } from "./queries/dataset-import.js";
import { getPublishedEvent, publishDraft, saveDraft } from "./queries/event-edits.js";
import { listOpenConflicts } from "./queries/import-conflicts.js";
import { listRevisions } from "./queries/revisions.js";
import { describeEachDialect } from "./testing/dialects.js";
import { seededDb } from "./testing/seeded-db.js";

const AT = "2026-12-02T05:00:00.000Z";
const ana = { editor: "ana@example.org", at: "2026-12-02T04:00:00.000Z", reason: "fixture edit" };
const root = mkdtempSync(join(tmpdir(), "scomm-export-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A copy of packages/data/data to export into and import from. */
function copyOfDataFiles(name: string): URL {
  const dir = join(root, name);
  cpSync(new URL(".", DATA_DIR), dir, { recursive: true });
  return pathToFileURL(`${dir}/`);
}

const original = (name: string) => readFileSync(new URL(name, DATA_DIR));
const fileIn = (dir: URL, name: string) => readFileSync(new URL(name, dir));

/** The dataset the files in `dir` make, which must pass every check. */
function datasetIn(dir: URL): Dataset {
  const { dataset, problems } = buildDataset(readDatasetFiles(dir));
  expect(problems).toEqual([]);
  return dataset;
}

async function revisionCount(db: Db): Promise<number> {
  const row = await db
    .selectFrom("event_revisions")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** sc-008 (Boston's 2006 pilot) as the curator rewords it; the text is a fixture, not a fact. */
async function curatorRewords(db: Db, summary: string) {
  const event = await getPublishedEvent(db, "sc-008");
  await saveDraft(db, { ...event!, summary }, { ...ana, baseRevision: 0 });
  await publishDraft(db, "sc-008", { ...ana, baseRevision: 1 });
}

/** Rewrites one row of sc-events.json in `dir` the way a person editing the file would. */
function editFileRow(dir: URL, id: string, summary: string) {
  const url = new URL("sc-events.json", dir);
  const rows = JSON.parse(readFileSync(url, "utf8")) as { id: string; summary: string }[];
  rows.find((r) => r.id === id)!.summary = summary;
  writeFileSync(url, `${JSON.stringify(rows, null, 2)}\n`);
}

describeEachDialect("exportRecord and import", (dialect) => {
  const real = loadDataset();
  let db: Db;
  let dir: URL;
  beforeAll(() => {
    expect(real.events.length).toBeGreaterThan(3142);
  });
  beforeEach(async () => {
    db = await seededDb(dialect, real);
    dir = copyOfDataFiles(`${dialect}-${Math.random().toString(36).slice(2)}`);
  });
  afterEach(() => db.destroy());

  it("writes a freshly seeded record back to the repository's files byte for byte", async () => {
    expect(await exportRecord(db, dir)).toEqual({ changed: [], withoutSpanish: [] });
    for (const name of DATA_FILE_NAMES) expect(fileIn(dir, name).equals(original(name)), name).toBe(true);
  });

  it("exports a curator's edit into its row, and importing that export changes nothing", async () => {
    await curatorRewords(db, "Fixture: reworded by a curator.");
    expect((await exportRecord(db, dir)).changed).toEqual(["sc-events.json"]);
    const result = await importDataset(db, datasetIn(dir), AT);
    expect(result).toMatchObject({ written: true, created: [], revised: [], retracted: [], conflicts: [] });
    expect(await revisionCount(db)).toBe(2);
    expect(await listOpenConflicts(db)).toEqual([]);
    expect(await exportRecord(db, dir)).toEqual({ changed: [], withoutSpanish: [] });
  });

  it("imports an edit of the files as a revision by 'dataset import'", async () => {
    editFileRow(dir, "sc-001", "Fixture: the file's new wording.");
    const result = await importDataset(db, datasetIn(dir), AT);
    expect(result).toMatchObject({ created: [], revised: ["sc-001"], retracted: [], conflicts: [] });
    const [revision, ...more] = await listRevisions(db, "sc-001");
    expect(more).toEqual([]);
    expect(revision).toMatchObject({
      revision: 1,
      editor: "dataset import",
      action: "publish",
      reason: `dataset import ${result.hash.slice(0, 12)}`,
    });
    expect(revision?.after?.summary).toBe("Fixture: the file's new wording.");
    expect(revision?.before?.summary).toBe(real.events.find((e) => e.id === "sc-001")?.summary);
  });

  it("records a conflict when the files change an event a curator changed, and leaves the record as the curator left it", async () => {
    await curatorRewords(db, "Fixture: reworded by a curator.");
    editFileRow(dir, "sc-008", "Fixture: reworded in the files.");
    const result = await importDataset(db, datasetIn(dir), AT);
    expect(result).toMatchObject({ revised: [], conflicts: ["sc-008"] });
    expect((await getPublishedEvent(db, "sc-008"))?.summary).toBe("Fixture: reworded by a curator.");
    expect(await revisionCount(db)).toBe(2);
    const conflicts = await listOpenConflicts(db);
    expect(conflicts.map((c) => [c.eventId, c.imported?.summary, c.curator?.summary])).toEqual([
      ["sc-008", "Fixture: reworded in the files.", "Fixture: reworded by a curator."],
    ]);
    // Exporting now writes the curator's version; importing that closes the conflict as moot and writes no revision.
    expect((await exportRecord(db, dir)).changed).toEqual(["sc-events.json"]);
    expect((await importDataset(db, datasetIn(dir), AT)).conflicts).toEqual([]);
    expect(await listOpenConflicts(db)).toEqual([]);
    expect(await db.selectFrom("import_conflicts").select(["settledHow", "settledBy"]).execute()).toEqual([
      { settledHow: "superseded", settledBy: "dataset import" },
    ]);
    expect(await revisionCount(db)).toBe(2);
  });
});

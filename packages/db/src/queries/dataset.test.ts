import { buildStatusModel, categoryAt, type Dataset } from "@scomm/core";
import { loadDataset } from "@scomm/data";
import { expect, it } from "vitest";
import { describeEachDialect, describePostgres } from "../testing/dialects.js";
import { seededDb } from "../testing/seeded-db.js";
import { tinyDataset } from "../testing/tiny-dataset.js";
import { loadDatasetFromDb } from "./dataset.js";

const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
const normalised = (d: Dataset) => ({ jurisdictions: byId(d.jurisdictions), events: byId(d.events) });

describeEachDialect("loadDatasetFromDb", (dialect) => {
  it("gives back the seeded dataset", async () => {
    const db = await seededDb(dialect, tinyDataset);
    expect(normalised(await loadDatasetFromDb(db))).toEqual(normalised(tinyDataset));
    await db.destroy();
  });

  it("round-trips the real dataset: same content, same statuses", async () => {
    const dataset = loadDataset();
    const db = await seededDb(dialect, dataset);
    const stored = await loadDatasetFromDb(db);
    expect(normalised(stored)).toEqual(normalised(dataset));
    expect(categoryAt(buildStatusModel(stored), "48201", "2008-10-27")).toBe("activated");
    await db.destroy();
  });
});

describePostgres("SQLite and PostgreSQL", () => {
  it("give back the real dataset identically, in the same order", async () => {
    const dataset = loadDataset();
    const [sqlite, postgres] = await Promise.all([seededDb("sqlite", dataset), seededDb("postgres", dataset)]);
    expect(await loadDatasetFromDb(postgres)).toEqual(await loadDatasetFromDb(sqlite));
    await Promise.all([sqlite.destroy(), postgres.destroy()]);
  });
});

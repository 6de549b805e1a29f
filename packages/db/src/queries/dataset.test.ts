import { buildStatusModel, categoryAt, type Dataset } from "@scomm/core";
import { loadDataset } from "@scomm/data";
import { describe, expect, it } from "vitest";
import { seededDb } from "../testing/seeded-db.js";
import { tinyDataset } from "../testing/tiny-dataset.js";
import { loadDatasetFromDb } from "./dataset.js";

const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
const normalised = (d: Dataset) => ({ jurisdictions: byId(d.jurisdictions), events: byId(d.events) });

describe("loadDatasetFromDb", () => {
  it("gives back the seeded dataset", async () => {
    const db = await seededDb(tinyDataset);
    expect(normalised(await loadDatasetFromDb(db))).toEqual(normalised(tinyDataset));
    await db.destroy();
  });

  it("round-trips the real dataset: same content, same statuses", async () => {
    const dataset = loadDataset();
    const db = await seededDb(dataset);
    const stored = await loadDatasetFromDb(db);
    expect(normalised(stored)).toEqual(normalised(dataset));
    expect(categoryAt(buildStatusModel(stored), "48201", "2008-10-27")).toBe("activated");
    await db.destroy();
  });
});

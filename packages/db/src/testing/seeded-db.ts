import type { Dataset } from "@scomm/core";
import { createDb, type Db } from "../client.js";
import { prepareDatabase } from "../open.js";
import { tinyDataset } from "./tiny-dataset.js";

/** A migrated in-memory database seeded with `dataset` (the tiny hand-made one by default). */
export function seededDb(dataset: Dataset = tinyDataset): Promise<Db> {
  return prepareDatabase(createDb({ kind: "sqlite", file: ":memory:" }), { dataset: () => dataset });
}

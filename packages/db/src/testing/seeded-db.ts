import type { Dataset } from "@scomm/core";
import type { Db } from "../client.js";
import { prepareDatabase } from "../open.js";
import { emptyDb, type Dialect } from "./dialects.js";
import { tinyDataset } from "./tiny-dataset.js";

/** A new database of `dialect`, migrated and seeded with `dataset` (the tiny hand-made one by default). */
export async function seededDb(dialect: Dialect, dataset: Dataset = tinyDataset): Promise<Db> {
  return prepareDatabase(await emptyDb(dialect), { dataset: () => dataset });
}

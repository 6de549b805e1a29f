import type { Dataset } from "@scomm/core";
import { buildDataset } from "./build.js";
import { readDatasetFiles } from "./files.js";
import { formatProblem } from "./problem.js";

let loaded: Dataset | undefined;

/**
 * The dataset shipped in packages/data/data/: 3,142 counties, 51 states and the nation, with the
 * researched events and one roster event per county and per state. Read once, then memoised.
 * Throws, listing every problem, if the files do not pass validation (`pnpm data:check`).
 */
export function loadDataset(): Dataset {
  if (!loaded) {
    const { dataset, problems } = buildDataset(readDatasetFiles());
    if (problems.length > 0) {
      throw new Error(`the dataset is invalid:\n${problems.map(formatProblem).join("\n")}`);
    }
    loaded = dataset;
  }
  return loaded;
}

import { buildDataset, type BuildOptions } from "./build.js";
import type { DatasetFiles } from "./files.js";
import type { Problem } from "./problem.js";

/**
 * Everything wrong with the dataset's files, each problem naming file, row and field.
 * Works on contents in memory, so a test can hand it a broken copy; an empty list means valid.
 */
export function validateDataset(files: DatasetFiles, options: BuildOptions = {}): Problem[] {
  return buildDataset(files, options).problems;
}

import { readFileSync } from "node:fs";

export const DATA_FILE_NAMES = [
  "sc-activations.csv",
  "sc-state-activations.csv",
  "population.csv",
  "sc-events.json",
  "sc-events-extra.json",
] as const;
export type DataFileName = (typeof DATA_FILE_NAMES)[number];
export type EventFileName = "sc-events.json" | "sc-events-extra.json";

/** The dataset's files in memory: CSVs as text, event files as parsed JSON (not yet trusted). */
export interface DatasetFiles {
  "sc-activations.csv": string;
  "sc-state-activations.csv": string;
  "population.csv": string;
  "sc-events.json": unknown;
  "sc-events-extra.json": unknown;
}

/** The package's own copies, in packages/data/data/ (see data/PROVENANCE.md). */
export const DATA_DIR = new URL("../data/", import.meta.url);

export function readDatasetFiles(dir: URL = DATA_DIR): DatasetFiles {
  const text = (name: DataFileName) => readFileSync(new URL(name, dir), "utf8");
  return {
    "sc-activations.csv": text("sc-activations.csv"),
    "sc-state-activations.csv": text("sc-state-activations.csv"),
    "population.csv": text("population.csv"),
    "sc-events.json": JSON.parse(text("sc-events.json")) as unknown,
    "sc-events-extra.json": JSON.parse(text("sc-events-extra.json")) as unknown,
  };
}

import { readFileSync, writeFileSync } from "node:fs";

/** The researched events, one JSON array per delivery (see data/PROVENANCE.md), read in this order. */
export const EVENT_FILE_NAMES = [
  "sc-events.json",
  "sc-events-extra.json",
  "sc-events-missing-before-2025.json",
  "sc-events-2025-2026.json",
] as const;
export type EventFileName = (typeof EVENT_FILE_NAMES)[number];

/** The researched events' actor and summary in Spanish, by event id. */
export const SPANISH_FILE_NAME = "sc-events-es.json";
export type SpanishFileName = typeof SPANISH_FILE_NAME;

export const CSV_FILE_NAMES = ["sc-activations.csv", "sc-state-activations.csv", "population.csv"] as const;
export type CsvFileName = (typeof CSV_FILE_NAMES)[number];

export const DATA_FILE_NAMES = [...CSV_FILE_NAMES, ...EVENT_FILE_NAMES, SPANISH_FILE_NAME] as const;
export type DataFileName = CsvFileName | EventFileName | SpanishFileName;

/** The dataset's files in memory: CSVs as text, event files as parsed JSON (not yet trusted). */
export type DatasetFiles = Record<CsvFileName, string> & Record<EventFileName | SpanishFileName, unknown>;

/** The package's own copies, in packages/data/data/ (see data/PROVENANCE.md). */
export const DATA_DIR = new URL("../data/", import.meta.url);

/** The dataset's files exactly as written, by name. */
export type DatasetTexts = Record<DataFileName, string>;

export function readDatasetTexts(dir: URL = DATA_DIR): DatasetTexts {
  return Object.fromEntries(DATA_FILE_NAMES.map((name) => [name, readFileSync(new URL(name, dir), "utf8")])) as DatasetTexts;
}

/** Writes the files whose text differs from `previous` (the others keep their bytes and times); returns their names. */
export function writeDatasetTexts(dir: URL, texts: DatasetTexts, previous: DatasetTexts): DataFileName[] {
  const changed = DATA_FILE_NAMES.filter((name) => texts[name] !== previous[name]);
  for (const name of changed) writeFileSync(new URL(name, dir), texts[name]);
  return changed;
}

/** The files in memory as `buildDataset` reads them: CSVs as text, event files parsed (not yet trusted). */
export function parseDatasetTexts(texts: DatasetTexts): DatasetFiles {
  const files = {} as DatasetFiles;
  for (const name of CSV_FILE_NAMES) files[name] = texts[name];
  for (const name of [...EVENT_FILE_NAMES, SPANISH_FILE_NAME] as const) files[name] = JSON.parse(texts[name]) as unknown;
  return files;
}

export function readDatasetFiles(dir: URL = DATA_DIR): DatasetFiles {
  return parseDatasetTexts(readDatasetTexts(dir));
}

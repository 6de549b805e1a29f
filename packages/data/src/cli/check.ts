import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { buildDataset } from "../build.js";
import { DATA_DIR, EVENT_FILE_NAMES, readDatasetFiles } from "../files.js";
import { formatProblem } from "../problem.js";

/**
 * `pnpm data:check [dir]`: checks the package's data files (or a copy of them in `dir`).
 * Prints every problem on its own line and exits 1, or a one-line summary and exits 0.
 */
const dir = process.argv[2] ? pathToFileURL(`${resolve(process.argv[2])}/`) : DATA_DIR;
const { dataset, located, problems } = buildDataset(readDatasetFiles(dir));
const n = (count: number) => count.toLocaleString("en-US");

if (problems.length > 0) {
  for (const problem of problems) console.log(formatProblem(problem));
  console.error(`${n(problems.length)} problems`);
  process.exitCode = 1;
} else {
  const from = (file: string) => n(located.filter((l) => l.origin.file === file).length);
  const level = (name: string) => n(dataset.jurisdictions.filter((j) => j.level === name).length);
  const researched = located.filter((l) => l.origin.file.endsWith(".json")).length;
  console.log(
    `ok: ${from("sc-activations.csv")} activations, ${from("sc-state-activations.csv")} states, ` +
      `${n(researched)} researched events (${EVENT_FILE_NAMES.map(from).join(" + ")}), ` +
      `${n(dataset.events.length)} events in all; jurisdictions: ${level("nation")} nation, ` +
      `${level("state")} states, ${level("county")} counties`,
  );
}

import type { ImportResult } from "@scomm/db";

/** One line on what importing a changed repository dataset did, for the start log and `pnpm data:export`. */
export function importSummary({ hash, created, revised, retracted, conflicts }: ImportResult): string {
  const counts = `${created.length} created, ${revised.length} revised, ${retracted.length} retracted, ${conflicts.length} in conflict (imports.conflicts)`;
  return `imported the repository dataset ${hash.slice(0, 12)}: ${counts}`;
}

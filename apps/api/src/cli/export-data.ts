import { ExportError } from "@scomm/data";
import { exportRecord, listOpenConflicts, openDatabase } from "@scomm/db";
import { parseEnv } from "../env.js";
import { importSummary } from "../import-summary.js";

/**
 * `pnpm data:export`: writes the published record of the database the api uses (DATABASE_URL, else DATA_DIR)
 * back to packages/data/data, in the files' own layout, so that `git diff` shows what curators changed. The
 * database is opened as a start opens it and always imports a changed repository dataset first: whatever the
 * files say that the record does not yet know goes in (or into a conflict) before they are overwritten.
 */
async function main(): Promise<number> {
  const env = parseEnv();
  const db = await openDatabase(env.DATABASE_URL ?? env.DATA_DIR, {
    reseed: "if-changed",
    onImport: (result) => console.log(importSummary(result)),
  });
  try {
    const { changed, withoutSpanish } = await exportRecord(db);
    console.log(changed.length === 0 ? "the files already hold the published record: nothing written" : `wrote ${changed.join(", ")}`);
    if (withoutSpanish.length > 0)
      console.log(`no Spanish actor and summary yet (add them to sc-events-es.json): ${withoutSpanish.join(", ")}`);
    const open = await listOpenConflicts(db);
    if (open.length > 0) {
      console.log(
        `${open.length} open import conflicts (imports.conflicts): the files hold the record's version of ${open.map((c) => c.eventId).join(", ")}`,
      );
    }
    return 0;
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    console.error(`${error.message}\nnothing was written`);
    return 1;
  } finally {
    await db.destroy();
  }
}

process.exitCode = await main();

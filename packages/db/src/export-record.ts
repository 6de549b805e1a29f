import {
  DATA_DIR,
  exportDatasetFiles,
  isRosterEventId,
  readDatasetTexts,
  writeDatasetTexts,
  type DataFileName,
  type ExportOptions,
} from "@scomm/data";
import type { Db } from "./client.js";
import { listEvents } from "./queries/events.js";

/**
 * Writes the published record (drafts stay private) back to the dataset's files in `dir` (packages/data/data by
 * default), in the layout they have there: an unchanged record changes no byte. Throws ExportError, writing
 * nothing, when the files could not read back as exactly the record.
 */
export async function exportRecord(db: Db, dir: URL = DATA_DIR, options: ExportOptions = {}): Promise<ExportedRecord> {
  const previous = readDatasetTexts(dir);
  const events = await listEvents(db);
  const texts = exportDatasetFiles(events, previous, options);
  const withoutSpanish = events.filter((e) => !isRosterEventId(e.id) && !(e.actorEs && e.summaryEs)).map((e) => e.id);
  return { changed: writeDatasetTexts(dir, texts, previous), withoutSpanish };
}

export interface ExportedRecord {
  /** The files whose bytes changed. */
  changed: DataFileName[];
  /** Researched events with no Spanish actor and summary yet (sc-events-es.json has no entry for them). */
  withoutSpanish: string[];
}

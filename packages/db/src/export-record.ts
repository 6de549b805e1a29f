import { DATA_DIR, exportDatasetFiles, readDatasetTexts, writeDatasetTexts, type DataFileName, type ExportOptions } from "@scomm/data";
import type { Db } from "./client.js";
import { listEvents } from "./queries/events.js";

/**
 * Writes the published record (drafts stay private) back to the dataset's files in `dir` (packages/data/data by
 * default), in the layout they have there: an unchanged record changes no byte. Throws ExportError, writing
 * nothing, when the files could not read back as exactly the record. Returns the names of the files it changed.
 */
export async function exportRecord(db: Db, dir: URL = DATA_DIR, options: ExportOptions = {}): Promise<DataFileName[]> {
  const previous = readDatasetTexts(dir);
  const texts = exportDatasetFiles(await listEvents(db), previous, options);
  return writeDatasetTexts(dir, texts, previous);
}

export { loadDataset } from "./load.js";
export { buildDataset, type BuildOptions, type DatasetBuild } from "./build.js";
export { validateDataset } from "./validate.js";
export { formatProblem, type Problem } from "./problem.js";
export {
  readDatasetFiles,
  readDatasetTexts,
  parseDatasetTexts,
  writeDatasetTexts,
  DATA_DIR,
  DATA_FILE_NAMES,
  type DataFileName,
  type DatasetFiles,
  type DatasetTexts,
} from "./files.js";
export { countyFipsFromAtlas } from "./atlas.js";
export { STATES, stateByCode, stateByFips, type StateRef } from "./states.js";
export { isRosterEventId, VNA2026_SOURCE } from "./roster-events.js";
export type { EventOrigin, LocatedEvent } from "./located-event.js";
export { RECORD_UPDATED } from "./record-date.js";
export { checkEventRow, type RowProblem } from "./researched-events.js";
export type { CheckContext } from "./located-event.js";
export { rawEventSchema, type RawEvent } from "./raw-event.js";
export { canonicalEvent, differingFields, eventContent } from "./event-content.js";
export { exportDatasetFiles, ExportError, fileForNewEvent, type ExportOptions } from "./export/export-files.js";

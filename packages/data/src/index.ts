export { loadDataset } from "./load.js";
export { buildDataset, type BuildOptions, type DatasetBuild } from "./build.js";
export { validateDataset } from "./validate.js";
export { formatProblem, type Problem } from "./problem.js";
export { readDatasetFiles, DATA_DIR, DATA_FILE_NAMES, type DataFileName, type DatasetFiles } from "./files.js";
export { countyFipsFromAtlas } from "./atlas.js";
export { STATES, stateByCode, stateByFips, type StateRef } from "./states.js";
export { VNA2026_SOURCE } from "./roster-events.js";
export type { EventOrigin, LocatedEvent } from "./located-event.js";

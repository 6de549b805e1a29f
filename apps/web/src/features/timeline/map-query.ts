export { TIMELINE_START, clampDate, type MapLevel } from "../../lib/view-state.js";

/**
 * The category colours and hatch live in @scomm/render (one home, shared with the exported figures and the
 * server's images); the test beside this file checks they stay apart under colour-blindness simulation.
 */
export { CATEGORY_STYLES, HATCH_PERIOD, HATCH_WIDTH, type CategoryStyle } from "@scomm/render";

/** Fill for jurisdictions a view sets aside, e.g. the counties that did not change on "What changed". */
export const MUTED_FILL = "#f0eee9";

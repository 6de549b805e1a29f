import type { IsoDate } from "@scomm/core";

/**
 * The day the dataset's files were last brought up to date (data/PROVENANCE.md, "Update of ..."). The
 * About page prints it beside the newest event's date; a test keeps it no earlier than that event.
 */
export const RECORD_UPDATED: IsoDate = "2026-12-02";

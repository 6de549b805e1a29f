import type { Event, IsoDate } from "@scomm/core";
import type { DataFileName } from "./files.js";

/** Where an event came from: the file and 1-based row it was read or generated from. */
export interface EventOrigin {
  file: DataFileName;
  row: number;
}

/** An event with its origin, so a problem found in it can name the raw file, row and field. */
export interface LocatedEvent {
  event: Event;
  origin: EventOrigin;
}

/** What every check reads besides the files themselves. */
export interface CheckContext {
  /** County FIPS codes that exist (us-atlas 3.0.1, 50 states + DC). */
  countyFips: ReadonlySet<string>;
  /** The reader's calendar date: no event may be dated after it. */
  today: IsoDate;
}

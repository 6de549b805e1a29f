import type { Dataset } from "@scomm/core";
import type { Db } from "../client.js";
import { listEvents } from "./events.js";
import { listJurisdictions } from "./jurisdictions.js";

/** The whole stored dataset: what the API builds its status model from at start. */
export async function loadDatasetFromDb(db: Db): Promise<Dataset> {
  const [jurisdictions, events] = await Promise.all([listJurisdictions(db), listEvents(db)]);
  return { jurisdictions, events };
}

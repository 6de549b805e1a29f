import type { IsoDate, StatusModel } from "@scomm/core";
import { strToU8, zipSync } from "fflate";
import { activationsCsv, eventsCsv, jurisdictionsCsv } from "./data-files.js";
import { dataReadme } from "./data-readme.js";
import { statusCsv } from "./status-file.js";

export const BUNDLE_NAME = "scomm-atlas-data.zip";

/** Every data file and the README in one zip, its entries dated `today` so the same day gives the same bytes. */
export function dataBundle(model: StatusModel, siteUrl: string, today: IsoDate): Uint8Array {
  const mtime = new Date(`${today}T12:00:00Z`);
  const folder = "scomm-atlas-data/";
  return zipSync(
    {
      [`${folder}README.md`]: strToU8(dataReadme(siteUrl, today)),
      [`${folder}events.csv`]: strToU8(eventsCsv(model)),
      [`${folder}activations.csv`]: strToU8(activationsCsv(model)),
      [`${folder}status-${today}.csv`]: strToU8(statusCsv(model, today)),
      [`${folder}jurisdictions.csv`]: strToU8(jurisdictionsCsv(model)),
    },
    { level: 9, mtime },
  );
}

import type { IsoDate } from "@scomm/core";
import { VNA2026_SOURCE } from "@scomm/data";
import { ACTIVATIONS_FILE, EVENTS_FILE, JURISDICTIONS_FILE } from "./data-files.js";
import type { DataFileSpec } from "./data-file.js";
import { STATUS_FILE } from "./status-file.js";

/** What the README tells of a file: its name, what it holds and its columns' meanings. */
type DataFileDoc = Pick<DataFileSpec<unknown>, "name" | "about"> & { columns: readonly { name: string; meaning: string }[] };

/** The published CSVs, in the order the README lists them. */
export const DATA_FILES: readonly DataFileDoc[] = [EVENTS_FILE, ACTIVATIONS_FILE, STATUS_FILE, JURISDICTIONS_FILE];

function fileSection(spec: DataFileDoc, siteUrl: string): string {
  const columns = spec.columns.map((c) => `- \`${c.name}\`: ${c.meaning}`).join("\n");
  return `## ${spec.name}\n\n${siteUrl}/data/${spec.name}\n\n${spec.about}\n\n${columns}\n`;
}

/** README for /data/README and the zip bundle: what each file holds, how to cite it, licence notes. */
export function dataReadme(siteUrl: string, today: IsoDate): string {
  const year = today.slice(0, 4);
  return `# SComm Atlas data

The data behind SComm Atlas (${siteUrl}): how ICE switched on the Secure Communities program county by
county from 2008, who objected, opted out or limited cooperation, and what became of it. Every fact is an
event with at least one source.

All files are CSV as in RFC 4180: UTF-8 with a byte-order mark (so Excel opens accents such as
"Doña Ana" correctly), a header row, comma-separated, CRLF line ends, fields in double quotes when they
hold a comma, a quote (doubled) or a line break. A cell that begins with =, +, -, @, a tab or a carriage
return is written with an apostrophe in front, so that no spreadsheet runs it as a formula; remove that
apostrophe to get the text as published. Dates are calendar dates, YYYY-MM-DD.

Stable URLs: ${siteUrl}/data/events.csv, /data/activations.csv, /data/status.csv?date=YYYY-MM-DD,
/data/jurisdictions.csv, this README at /data/README, everything at /data/scomm-atlas-data.zip
(its status file is for the day it was downloaded, ${today} for this copy).

${DATA_FILES.map((spec) => fileSection(spec, siteUrl)).join("\n")}
## How to cite

SComm Atlas (${year}). Secure Communities activations and local stances, county by county, 2008 on.
${siteUrl}/data/ (downloaded ${today}).

Cite the sources too. County activation dates: the ICE activation roster as compiled by Alsan, M. and
Yang, C. (2018), "Fear and the Safety Net: Evidence from Secure Communities", NBER working paper, updated by
Asad and Baer-Bositis (2025), as published in the replication data of Vargas-Núñez, Bhatt, Seif, Mendoza,
Laitin and Asad (2026), "Reconsideration of Secure Communities Rollout Reveals Preemptive Local-Federal
Cooperation in Immigration Enforcement", PNAS: ${VNA2026_SOURCE.url}. Every other event names its own
sources in events.csv.

## Licence notes

- Activation dates come from the Vargas-Núñez et al. replication repository, which states no licence: they
  are facts drawn from ICE's published lists; reuse them with the citation above.
- Event summaries are the project's own words; the sources they cite (news reports, government documents)
  stay under their publishers' terms and are linked, not copied.
- Population: U.S. Census Bureau, 2010 Census (public domain). County list and names: us-atlas 3.0.1 (ISC
  licence), from the Census Bureau's 2017 cartographic boundary files.
- Seven counties whose code changed after 2010 take the date of the county they came from: Oglala Lakota SD
  (46102, formerly Shannon), and Kusilvak, Prince of Wales-Hyder, Hoonah-Angoon, Skagway, Petersburg and
  Wrangell AK. Three former Virginia cities since merged into counties are not listed.
`;
}

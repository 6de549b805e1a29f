import { CATEGORY_LABELS_BY_LANG } from "@scomm/render";
import { about } from "./es/about.js";
import { changes } from "./es/changes.js";
import { common } from "./es/common.js";
import { corrections } from "./es/corrections.js";
import { embed } from "./es/embed.js";
import { exportMessages } from "./es/export.js";
import { jurisdiction } from "./es/jurisdiction.js";
import { map } from "./es/map.js";
import { notFound } from "./es/not-found.js";
import { search } from "./es/search.js";
import { table } from "./es/table.js";
import { timeline } from "./es/timeline.js";
import { trends } from "./es/trends.js";
import type { Messages } from "./messages-en.js";

/** Spanish interface text, one file per namespace in ./es, each typed by its English namespace: a missing key is a type error. */
export const es: Messages = {
  ...common,
  map,
  timeline,
  trends,
  changes,
  table,
  categories: CATEGORY_LABELS_BY_LANG.es,
  search,
  jurisdiction,
  export: exportMessages,
  embed,
  notFound,
  about,
  corrections,
};

import { CATEGORY_LABELS_BY_LANG } from "@scomm/render";
import { about } from "./en/about.js";
import { changes } from "./en/changes.js";
import { common } from "./en/common.js";
import { corrections } from "./en/corrections.js";
import { embed } from "./en/embed.js";
import { exportMessages } from "./en/export.js";
import { jurisdiction } from "./en/jurisdiction.js";
import { map } from "./en/map.js";
import { notFound } from "./en/not-found.js";
import { search } from "./en/search.js";
import { table } from "./en/table.js";
import { timeline } from "./en/timeline.js";
import { trends } from "./en/trends.js";

/**
 * English interface text, one file per namespace in ./en: the reference set of keys (`Messages`).
 * Event summaries stay in their recorded language.
 */
export const en = {
  ...common,
  map,
  timeline,
  trends,
  changes,
  table,
  categories: CATEGORY_LABELS_BY_LANG.en,
  search,
  jurisdiction,
  export: exportMessages,
  embed,
  notFound,
  about,
  corrections,
};

export type Messages = typeof en;

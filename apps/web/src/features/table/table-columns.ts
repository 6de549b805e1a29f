import type { IsoDate, MapLevel } from "@scomm/core";
import type { I18n } from "../../lib/i18n/use-i18n.js";
import type { TableSortKey } from "../../lib/view-state.js";

/** A column's heading, on screen and in the download: "Status on June 1, 2012"; a state's switch-on is its first county's. */
export function columnHeader(i18n: I18n, key: TableSortKey, level: MapLevel, date: IsoDate): string {
  const { columns } = i18n.m.table;
  if (key === "category") return i18n.fill(columns.category, { date: i18n.date(date) });
  return key === "activation" && level === "state" ? columns.firstActivation : columns[key];
}

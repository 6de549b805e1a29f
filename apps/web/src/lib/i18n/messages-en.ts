import type { Category } from "@scomm/core";

/** English interface text: the reference set of keys. Event summaries stay in their recorded language. */
export const en = {
  siteName: "SComm Atlas",
  kicker: "Secure Communities, 2008 to today",
  lede:
    "Each county’s Secure Communities status on the chosen date: when ICE switched on the program that sent the " +
    "fingerprints of everyone booked into a local jail to DHS, and where states, counties and cities objected or " +
    "limited cooperation.",
  sourceLine:
    "County activation dates: ICE roster as compiled by Alsan & Yang (2018), updated by Asad & Baer-Bositis (2025), " +
    "via Vargas-Núñez et al. (2026); events: see each jurisdiction’s sources.",
  nav: { map: "Map", trends: "Trends", changes: "What changed", table: "Table" },
  language: "Language",
  languageName: { en: "English", es: "Español" },
  levels: { county: "Counties", state: "States" },
  legendTitle: { county: "Counties on {date}", state: "States and DC on {date}" },
  total: "Total",
  mapTitle: { county: "Secure Communities status by county", state: "Secure Communities status by state" },
  mapDate: "Map date",
  previousMonth: "Previous month",
  nextMonth: "Next month",
  loading: "Loading…",
  loadFailed: "Could not load: {message}",
  activatedOn: "Activated {date}",
  notActivated: "Not yet activated",
  categories: {
    not_activated: "Not yet activated",
    opt_out_pending: "Opt-out pending",
    over_objection: "Activated over objection",
    mandates: "Activated, state mandates cooperation",
    limits: "Activated, limits cooperation",
    activated: "Activated",
  } satisfies Record<Category, string>,
};

export type Messages = typeof en;

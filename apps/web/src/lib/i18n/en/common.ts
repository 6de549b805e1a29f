/** Text shared by every page: the site's name and introduction, navigation, levels, loading and failure. */
export const common = {
  siteName: "SComm Atlas",
  kicker: "Secure Communities, 2008 to today",
  lede:
    "Each county’s Secure Communities status on the chosen date: when ICE switched on the program that sent the " +
    "fingerprints of everyone booked into a local jail to DHS, and where states, counties and cities objected or " +
    "limited cooperation.",
  sourceLine:
    "County activation dates: ICE roster as compiled by Alsan & Yang (2018), updated by Asad & Baer-Bositis (2025), " +
    "via Vargas-Núñez et al. (2026); events: see each jurisdiction’s sources.",
  navLabel: "Pages",
  /** The browser tab: the page's own heading, then the site. */
  documentTitle: "{page} — SComm Atlas",
  nav: { map: "Map", trends: "Trends", changes: "What changed", table: "Table", about: "About" },
  language: "Language",
  skipToContent: "Skip to the content",
  languageName: { en: "English", es: "Español" },
  levels: { county: "Counties", state: "States" },
  loading: "Loading…",
  loadFailed: "Could not load: {message}",
};

export type CommonMessages = typeof common;

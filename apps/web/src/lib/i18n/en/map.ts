/** The map page: its title, zoom, legend, tooltip, the selected jurisdiction's panel and the open-a-place form. */
export const map = {
  region: "Map",
  title: { county: "Secure Communities status by county", state: "Secure Communities status by state" },
  show: "Show",
  figure: {
    county:
      "Map of the United States, each county coloured by its Secure Communities status on {date}. The legend lists how many are in each category.",
    state:
      "Map of the United States, each state coloured by its Secure Communities status on {date}. The legend lists how many are in each category.",
  },
  loadingMap: "Loading map…",
  loadFailed: "The map could not be loaded: {message}",
  zoom: { group: "Zoom", zoomIn: "Zoom in", zoomOut: "Zoom out", reset: "Show the whole country" },
  legend: {
    title: { county: "Counties on {date}", state: "States and DC on {date}" },
    category: "Category",
    number: "Number",
    share: "Share",
    total: "Total",
    loading: "Loading statuses…",
    hint: "Select a category to highlight it on the map; select it again to show all.",
    meaning: "What the colours mean, and the words used",
    definitions: {
      not_activated: "Not switched on yet; no objection",
      opt_out_pending: "Not switched on; someone objects",
      over_objection: "Switched on despite an objection",
      mandates: "A state law requires cooperation",
      limits: "A law or policy limits cooperation",
      activated: "Switched on; no objection or limit",
    },
    partly:
      "Partly activated: {count, plural, one {one of these states had} other {# of these states had}} only some counties switched on. Their other counties are drawn pale.",
  },
  tooltip: {
    fips: "FIPS {id}",
    activated: "Activated {date}",
    firstActivated: "First county activated {date}",
    noActivation: "No activation date on record",
    countyCounts: "{total} counties: {parts}",
    countyPart: "{count} {category}",
    partly: "Partly activated: {activated} of {total} counties switched on",
  },
  panel: {
    label: "Selected: {name}",
    close: "Close",
    onDate: "On {date}",
    notActivated: "Not activated on {date}",
    deployment: "{activated} of {total} counties activated ({share} of the state’s 2010 population)",
    why: "Why this colour",
    noChain: "No event has changed this status by this date.",
    roles: { era: "Program", state_stance: "State", county_stance: "County or city", activation: "Activation" },
    openPage: "Open the full page for {name}",
    loading: "Loading its events…",
    more: "Sources and full history on its page.",
  },
  open: {
    title: "Open a county or state",
    state: "State",
    county: "County",
    chooseState: "Choose a state",
    wholeState: "The whole state",
    submit: "Open",
  },
};

export type MapMessages = typeof map;

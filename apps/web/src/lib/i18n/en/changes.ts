/** What changed: the counties whose status differs between two dates, and why. */
export const changes = {
  title: "What changed between two dates",
  lede: "Counties whose Secure Communities status on the second date differs from the first, with the events that moved them and their sources.",
  controls: "Dates to compare",
  from: "From",
  to: "To",
  swap: "Swap the dates",
  presets: "Periods",
  preset: {
    rollout: "2011–2013: the rollout",
    detainers: "2014: the detainer wave",
    split: "2016–2018: states split",
    recent: "2024 to today: the new state laws",
  },
  summary: "{count} of {total} counties changed status between {from} and {to}.",
  none: "No county changed status between {from} and {to}.",
  backwards: "The first date is the later one: the list reads back in time.",
  mapLabel:
    "Map of the United States. {count, plural, one {The one county whose status changed between {from} and {to} is coloured by its status} other {The # counties whose status changed between {from} and {to} are coloured by their status}} on {to}; the others are grey.",
  mapKey: "Coloured by status on {date}; grey: no change.",
  unchanged: "Unchanged",
  was: "Was: {category}",
  transitions: "Transitions",
  countyCount: "{count, plural, one {# county} other {# counties}}",
  listTitle: "Who changed, and why",
  why: "Why",
  sources: "Sources",
  switchOns: "ICE switched the program on in each of these counties on the date beside its name, as its activation roster records.",
  noCause: "No recorded event explains this change on its day.",
  showMore: "Show {count, plural, one {# more county} other {# more counties}}",
  showFewer: "Show fewer",
  moreNames: "and {count} more",
  loadingEvents: "Loading the events…",
  loadingMap: "Loading map…",
};

export type ChangesMessages = typeof changes;

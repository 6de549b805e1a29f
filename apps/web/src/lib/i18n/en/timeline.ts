/** The date slider under the map, with its play controls and federal milestones. */
export const timeline = {
  label: "Map date",
  previousMonth: "Previous month",
  nextMonth: "Next month",
  month: "Month",
  play: "Play",
  pause: "Pause",
  speed: "Speed",
  speedOption: "{speed}×",
  keys: "Left and Right arrows: a day. Up and Down: a month. Page Up and Page Down: a year.",
  playKey: "Space: play or pause.",
  milestonesLabel: "Federal milestones",
  milestones: {
    program_launched: "Program launched",
    program_mandatory_memo: "“Mandatory in 2013” memo",
    moa_voided_by_dhs: "State agreements voided",
    last_activation: "Last counties switched on",
    program_ended: "Replaced by PEP",
    program_reinstated: "Restored",
  },
  lastActivation:
    "ICE switched on {count, plural, one {the last county} other {the last # counties}}: from this day every county was in the program.",
  source: "Source",
  sources: "Sources",
  goTo: "Show the map on this date",
  pep: "PEP",
  pepTitle: "Priority Enforcement Program, {from} to {to}",
};

export type TimelineMessages = typeof timeline;

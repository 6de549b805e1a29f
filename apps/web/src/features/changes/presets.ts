import type { IsoDate } from "@scomm/core";

/** The period "What changed" opens on: from the rollout's first year to the day the last counties were switched on. */
export const DEFAULT_PERIOD = { from: "2011-01-01", to: "2013-01-22" } as const satisfies Period;

export interface Period {
  from: IsoDate;
  to: IsoDate;
}

/** Periods worth a click, named in `m.changes.preset`; the last one runs to the reader's today. */
export function presets(today: IsoDate) {
  return {
    rollout: DEFAULT_PERIOD,
    detainers: { from: "2014-01-01", to: "2015-01-01" },
    split: { from: "2016-01-01", to: "2018-01-01" },
    recent: { from: "2024-01-01", to: today },
  } as const satisfies Record<string, Period>;
}

export type PresetName = keyof ReturnType<typeof presets>;

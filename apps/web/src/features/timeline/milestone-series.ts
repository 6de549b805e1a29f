import {
  dayNumber,
  eraSpans,
  type DatePrecision,
  type Event,
  type EventType,
  type IsoDate,
  type LastActivation,
  type Source,
} from "@scomm/core";

/** The federal turning points marked on the slider, and the day the last county was switched on. */
export const MILESTONE_TYPES = [
  "program_launched",
  "program_mandatory_memo",
  "moa_voided_by_dhs",
  "program_ended",
  "program_reinstated",
] as const satisfies readonly EventType[];
export type MilestoneKind = (typeof MILESTONE_TYPES)[number] | "last_activation";

export interface Milestone {
  kind: MilestoneKind;
  date: IsoDate;
  precision: DatePrecision;
  /** Position along the slider, 0..1. */
  offset: number;
  /** The event's own summary (English, and Spanish where the record has it); null for the last activation, which the view words. */
  summary: string | null;
  summaryEs: string | null;
  /** Jurisdictions the milestone's events apply to (for the last activation: the counties switched on that day). */
  count: number;
  sources: Source[];
}

export interface EraBand {
  era: "pep";
  from: IsoDate;
  /** The day the program was restored, or the end of the slider while PEP lasts. */
  to: IsoDate;
  start: number;
  end: number;
}

export interface SliderRange {
  start: IsoDate;
  end: IsoDate;
}

function offsetOf(date: IsoDate, { start, end }: SliderRange): number {
  const [from, to, day] = [dayNumber(start), dayNumber(end), dayNumber(date)];
  return Math.min(1, Math.max(0, (day - from) / (to - from)));
}

function inRange(date: IsoDate, range: SliderRange): boolean {
  return date >= range.start && date <= range.end;
}

/**
 * Milestones in date order from the federal events served by the api (first of each milestone type) and
 * the latest activation day (core's `lastActivation`, as `record.lastActivation` serves it).
 */
export function milestoneSeries(federal: readonly Event[], last: LastActivation | null, range: SliderRange): Milestone[] {
  const out: Milestone[] = [];
  for (const kind of MILESTONE_TYPES) {
    const event = federal.find((e) => e.type === kind);
    if (!event || !inRange(event.date, range)) continue;
    const { date, datePrecision: precision, summary, sources } = event;
    const summaryEs = event.summaryEs ?? null;
    out.push({ kind, date, precision, offset: offsetOf(date, range), summary, summaryEs, count: event.jurisdictionIds.length, sources });
  }
  if (last && inRange(last.date, range)) {
    out.push({
      kind: "last_activation",
      date: last.date,
      precision: last.datePrecision,
      offset: offsetOf(last.date, range),
      summary: null,
      summaryEs: null,
      count: last.counties,
      sources: last.sources,
    });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The PEP years as bands (core's `eraSpans`): from the program's end to its restoration, or the slider's end while PEP lasts. */
export function eraBands(federal: readonly Event[], range: SliderRange): EraBand[] {
  return eraSpans(federal, range.end)
    .filter((span) => span.era === "pep")
    .map(({ from, to }) => ({ era: "pep" as const, from, to: to ?? range.end }))
    .filter(({ from, to }) => to >= range.start && from <= range.end)
    .map((band) => ({ ...band, start: offsetOf(band.from, range), end: offsetOf(band.to, range) }));
}

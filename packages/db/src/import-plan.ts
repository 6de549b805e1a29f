import { createHash } from "node:crypto";
import type { Event } from "@scomm/core";
import { eventContent } from "@scomm/data";

/** The hash of an event's content (key order and "no Spanish text" spellings aside); null for no event. */
export function contentHash(event: Event | null | undefined): string | null {
  return event ? createHash("sha256").update(eventContent(event)).digest("hex") : null;
}

/** What the record holds, as the import plan reads it. */
export interface RecordState {
  published: ReadonlyMap<string, Event>;
  drafts: ReadonlyMap<string, Event>;
  /** Each event's latest revision (absent: 0). */
  latest: ReadonlyMap<string, number>;
  /** Each event's import baseline (imported_events). */
  baseline: ReadonlyMap<string, { contentHash: string | null; revision: number }>;
}

/**
 * One event's part in an import: `put` the dataset's version (null: retract) in the record, `adopt` it as the
 * baseline because the record already says the same, or record a `conflict` with the curator's version.
 */
export type ImportStep =
  | { kind: "put"; eventId: string; version: Event | null; contentHash: string | null }
  | { kind: "adopt"; eventId: string; contentHash: string | null }
  | { kind: "conflict"; eventId: string; imported: Event | null; current: Event | null; contentHash: string | null };

/**
 * What importing `incoming` does to each event. An event whose dataset version did not change since the last
 * import is left alone. One whose record already matches the new version only moves its baseline. One that a
 * curator changed since the last import (a draft, or a revision after the baseline's) becomes a conflict and is
 * left as the curator left it. Any other is put in the record: created, revised or retracted.
 */
export function planImport(incoming: readonly Event[], state: RecordState): ImportStep[] {
  const dataset = new Map(incoming.map((e) => [e.id, e]));
  const ids = [...new Set([...dataset.keys(), ...state.baseline.keys()])].sort();
  return ids.flatMap((eventId): ImportStep[] => {
    const version = dataset.get(eventId) ?? null;
    const hash = contentHash(version);
    const baseline = state.baseline.get(eventId);
    if ((baseline?.contentHash ?? null) === hash) return [];
    const draft = state.drafts.get(eventId);
    if (!draft && contentHash(state.published.get(eventId)) === hash) return [{ kind: "adopt", eventId, contentHash: hash }];
    const changedByCurator = draft !== undefined || (state.latest.get(eventId) ?? 0) > (baseline?.revision ?? 0);
    if (!changedByCurator) return [{ kind: "put", eventId, version, contentHash: hash }];
    const current = draft ?? state.published.get(eventId) ?? null;
    return [{ kind: "conflict", eventId, imported: version, current, contentHash: hash }];
  });
}

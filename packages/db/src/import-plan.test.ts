import type { Event } from "@scomm/core";
import { describe, expect, it } from "vitest";
import { contentHash, planImport, type RecordState } from "./import-plan.js";
import { tinyDataset } from "./testing/tiny-dataset.js";

// Pure: no database, so one run covers both dialects.
const seeded = tinyDataset.events.find((e) => e.id === "launch") as Event;
const reworded: Event = { ...seeded, summary: "Fixture: reworded." };
const other: Event = { ...seeded, summary: "Fixture: another wording." };

/** The record as seeded (launch at revision 0), with `change` applied. */
function record(
  change: Partial<{
    published: Event | null;
    draft: Event;
    latest: number;
    baseline: { contentHash: string | null; revision: number } | null;
  }> = {},
): RecordState {
  const published = change.published === undefined ? seeded : change.published;
  const baseline = change.baseline === undefined ? { contentHash: contentHash(seeded), revision: 0 } : change.baseline;
  return {
    published: new Map(published ? [["launch", published]] : []),
    drafts: new Map(change.draft ? [["launch", change.draft]] : []),
    latest: new Map(change.latest ? [["launch", change.latest]] : []),
    baseline: new Map(baseline ? [["launch", baseline]] : []),
  };
}

describe("planImport", () => {
  it("leaves an event the dataset did not change, whatever its key order or how it spells 'no Spanish'", () => {
    const respelled = { ...Object.fromEntries(Object.entries(seeded).reverse()), actorEs: null, summaryEs: undefined } as Event;
    expect(planImport([respelled], record())).toEqual([]);
    expect(planImport([seeded], record({ published: reworded, latest: 2 }))).toEqual([]);
  });

  it("puts a changed, new or removed event in a record nobody changed", () => {
    expect(planImport([reworded], record())).toEqual([
      { kind: "put", eventId: "launch", version: reworded, contentHash: contentHash(reworded) },
    ]);
    expect(planImport([], record())).toEqual([{ kind: "put", eventId: "launch", version: null, contentHash: null }]);
    expect(planImport([seeded], record({ published: null, baseline: null }))).toEqual([
      { kind: "put", eventId: "launch", version: seeded, contentHash: contentHash(seeded) },
    ]);
  });

  it("only moves the baseline when the record already says what the dataset now says", () => {
    expect(planImport([reworded], record({ published: reworded, latest: 2 }))).toEqual([
      { kind: "adopt", eventId: "launch", contentHash: contentHash(reworded) },
    ]);
    expect(planImport([], record({ published: null, latest: 1 }))).toEqual([{ kind: "adopt", eventId: "launch", contentHash: null }]);
  });

  it("makes a conflict of a change to an event a curator published, retracted or drafted since the last import", () => {
    const conflict = (current: Event | null, imported: Event | null = other) => [
      { kind: "conflict", eventId: "launch", imported, current, contentHash: contentHash(imported) },
    ];
    expect(planImport([other], record({ published: reworded, latest: 2 }))).toEqual(conflict(reworded));
    expect(planImport([other], record({ published: null, latest: 1 }))).toEqual(conflict(null));
    expect(planImport([], record({ published: reworded, latest: 2 }))).toEqual(conflict(reworded, null));
    expect(planImport([other], record({ draft: reworded, latest: 1 }))).toEqual(conflict(reworded));
    // Revisions up to the baseline's are the imports' own: not a curator's change.
    expect(
      planImport([other], record({ published: reworded, latest: 2, baseline: { contentHash: contentHash(reworded), revision: 2 } })),
    ).toEqual([{ kind: "put", eventId: "launch", version: other, contentHash: contentHash(other) }]);
  });
});

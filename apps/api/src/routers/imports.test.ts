import type { Dataset, Event } from "@scomm/core";
import { loadDataset } from "@scomm/data";
import { getPublishedEvent, importDataset, listRevisions, publishDraft, saveDraft } from "@scomm/db";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { callerFor, expectBadRequest, useRealCaller } from "../testing/caller.js";
import { useEditor } from "../testing/curators.js";

const session = useRealCaller();
const signedIn = useEditor(session);

const codeOf = (call: Promise<unknown>) =>
  call.then(
    () => "OK",
    (e: unknown) => (e instanceof TRPCError ? e.code : String(e)),
  );
const real = loadDataset();
/** The dataset as the test has changed it so far: each import builds on the one before. */
let datasetEvents = real.events;

/**
 * The editor rewords `id` and publishes it; then the dataset brings its own wording of it (fixture text): the
 * import leaves the record alone and opens a conflict, which is returned.
 */
async function conflictOn(id: string) {
  const { db, clock } = session.deps;
  const published = (await getPublishedEvent(db, id)) as Event;
  const stamp = { editor: signedIn.email, at: clock.now(), reason: "fixture edit" };
  const base = (await listRevisions(db, id)).length;
  await saveDraft(db, { ...published, summary: `Fixture: the editor's wording of ${id}.` }, { ...stamp, baseRevision: base });
  await publishDraft(db, id, { ...stamp, baseRevision: base + 1 });
  datasetEvents = datasetEvents.map((e) => (e.id === id ? { ...e, summary: `Fixture: the dataset's wording of ${id}.` } : e));
  const dataset: Dataset = { ...real, events: datasetEvents };
  expect((await importDataset(db, dataset, clock.now())).conflicts).toEqual([id]);
  return (await signedIn.caller.imports.conflicts()).find((c) => c.eventId === id)!;
}

describe("imports.conflicts and imports.settle", () => {
  it("are for curators only", async () => {
    const reader = callerFor(session.deps);
    expect(await codeOf(reader.imports.conflicts())).toBe("UNAUTHORIZED");
    expect(await codeOf(reader.imports.settle({ id: "x", take: "curator", reason: "r" }))).toBe("UNAUTHORIZED");
  });

  it("lists both versions, and taking the import's publishes it as the settling curator's revision", async () => {
    const conflict = await conflictOn("sc-001");
    expect(conflict.curator?.summary).toBe("Fixture: the editor's wording of sc-001.");
    expect(conflict.imported?.summary).toBe("Fixture: the dataset's wording of sc-001.");
    const before = session.deps.modelVersion;
    const answer = await signedIn.caller.imports.settle({ id: conflict.id, take: "import", reason: "the dataset's source is better" });
    expect(answer).toEqual({ id: conflict.id, revision: 3, modelVersion: before + 1 });
    expect((await getPublishedEvent(session.deps.db, "sc-001"))?.summary).toBe(conflict.imported?.summary);
    expect((await listRevisions(session.deps.db, "sc-001")).at(-1)).toMatchObject({
      editor: signedIn.email,
      action: "publish",
      reason: "the dataset's source is better",
    });
    expect((await signedIn.caller.imports.conflicts()).map((c) => c.id)).not.toContain(conflict.id);
    expect(await codeOf(signedIn.caller.imports.settle({ id: conflict.id, take: "curator", reason: "again" }))).toBe("CONFLICT");
  });

  it("keeps the curator's version, and refuses a conflict whose event changed since it was recorded", async () => {
    const kept = await conflictOn("sc-002");
    expect(await signedIn.caller.imports.settle({ id: kept.id, take: "curator", reason: "ours is right" })).toEqual({
      id: kept.id,
      revision: 2,
    });
    expect((await getPublishedEvent(session.deps.db, "sc-002"))?.summary).toBe("Fixture: the editor's wording of sc-002.");

    const stale = await conflictOn("sc-003");
    const { db, clock } = session.deps;
    await saveDraft(
      db,
      { ...stale.curator!, actor: "Fixture actor" },
      { editor: signedIn.email, at: clock.now(), reason: "more", baseRevision: 2 },
    );
    await expect(signedIn.caller.imports.settle({ id: stale.id, take: "import", reason: "theirs" })).rejects.toThrow(
      /changed since this conflict was recorded: it is at revision 3/,
    );
    expect((await signedIn.caller.imports.conflicts()).map((c) => c.id)).toContain(stale.id);
  });

  it("names the field at fault in a bad settlement", async () => {
    await expectBadRequest(signedIn.caller.imports.settle({ id: "x", take: "both" as "import", reason: "r" }), "take");
    await expectBadRequest(signedIn.caller.imports.settle({ id: "x", take: "curator", reason: "  " }), "reason");
    expect(await codeOf(signedIn.caller.imports.settle({ id: "no-such-conflict", take: "curator", reason: "r" }))).toBe("NOT_FOUND");
  });
});

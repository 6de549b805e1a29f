import { getDraft, getPublishedEvent, listRevisions } from "@scomm/db";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor, expectBadRequest, useRealCaller } from "../testing/caller.js";
import { addCurator } from "../testing/curators.js";
import { harrisOptOutRow } from "../testing/event-rows.js";

const session = useRealCaller();
let editor: ReturnType<typeof callerFor>;
let editorEmail = "";
beforeAll(async () => {
  const { token, curator } = await addCurator(session.deps, "editor");
  editor = callerFor(session.deps, { authorization: `Bearer ${token}` });
  editorEmail = curator.email;
});

/** A reader's request now: its context holds the model served at the time (a request never sees two). */
const reader = () => callerFor(session.deps);
const harrisOn = async (date: string) => (await reader().jurisdictions.byId({ id: "48201", date })).explanation?.category;
const codeOf = (call: Promise<unknown>) =>
  call.then(
    () => "OK",
    (e: unknown) => (e instanceof TRPCError ? e.code : String(e)),
  );

describe("events.create, publish, update and retract", () => {
  it("keeps a new event private until it is published, then serves it from the swapped model", async () => {
    const before = session.deps.modelVersion;
    const { id, revision } = await editor.events.create({ event: harrisOptOutRow(), reason: "new source found" });
    expect([id.startsWith("cur-"), revision]).toEqual([true, 1]);
    expect(await harrisOn("2011-07-01")).toBe("activated");
    expect((await reader().events.list({ jurisdictionId: "48201" })).events.map((e) => e.id)).not.toContain(id);
    expect((await editor.events.drafts()).map((d) => [d.event.id, d.revision])).toContainEqual([id, 1]);

    const published = await editor.events.publish({ id, baseRevision: 1, reason: "sources checked" });
    expect(published).toEqual({ id, revision: 2, modelVersion: before + 1 });
    expect(session.deps.modelVersion).toBe(before + 1);
    expect(await harrisOn("2011-05-31")).toBe("activated");
    expect(await harrisOn("2011-07-01")).toBe("over_objection");
    expect((await reader().events.list({ jurisdictionId: "48201" })).events.map((e) => e.id)).toContain(id);
  });

  it("keeps who, when, why, before and after of every write", async () => {
    const { id } = await editor.events.create({ event: harrisOptOutRow(), reason: "first" });
    await editor.events.publish({ id, baseRevision: 1, reason: "second" });
    await editor.events.update({ id, baseRevision: 2, event: { ...harrisOptOutRow(), date: "2011-06-03" }, reason: "third" });
    expect((await getPublishedEvent(session.deps.db, id))?.date).toBe("2011-06-01");
    expect((await getDraft(session.deps.db, id))?.date).toBe("2011-06-03");
    await editor.events.retract({ id, baseRevision: 3, reason: "fourth" });
    const history = await editor.events.revisions({ id });
    expect(history.map((r) => [r.revision, r.action, r.reason, r.editor, r.changedAt])).toEqual([
      [1, "create", "first", editorEmail, "2020-06-15T12:00:00.000Z"],
      [2, "publish", "second", editorEmail, "2020-06-15T12:00:00.000Z"],
      [3, "update", "third", editorEmail, "2020-06-15T12:00:00.000Z"],
      [4, "retract", "fourth", editorEmail, "2020-06-15T12:00:00.000Z"],
    ]);
    expect(await getPublishedEvent(session.deps.db, id)).toBeUndefined();
  });

  it("answers a change based on an old revision with CONFLICT and writes nothing", async () => {
    const { id } = await editor.events.create({ event: harrisOptOutRow(), reason: "first" });
    await editor.events.update({
      id,
      baseRevision: 1,
      event: { ...harrisOptOutRow(), actor: "Someone else" },
      reason: "a colleague's fix",
    });
    const stale = editor.events.update({ id, baseRevision: 1, event: { ...harrisOptOutRow(), actor: "Me" }, reason: "mine" });
    await expect(stale).rejects.toThrow(`event ${id} changed since revision 1: it is at revision 2`);
    expect(await codeOf(editor.events.publish({ id, baseRevision: 1, reason: "x" }))).toBe("CONFLICT");
    expect((await getDraft(session.deps.db, id))?.actor).toBe("Someone else");
    expect(await listRevisions(session.deps.db, id)).toHaveLength(2);
  });

  it("refuses an event that pnpm data:check would refuse, naming each field, and writes nothing", async () => {
    const revisionsBefore = await session.deps.db
      .selectFrom("event_revisions")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    await expectBadRequest(editor.events.create({ event: { ...harrisOptOutRow(), date: "2011-02-30" }, reason: "x" }), "event.date");
    await expectBadRequest(editor.events.create({ event: { ...harrisOptOutRow(), type: "invented" }, reason: "x" }), "event.type");
    await expectBadRequest(editor.events.create({ event: { ...harrisOptOutRow(), date: "2020-06-16" }, reason: "x" }), "event.date");
    const unknownCounty = { ...harrisOptOutRow(), jurisdiction: { name: "Nowhere", level: "county", state: "TX", fips: "48999" } };
    await expectBadRequest(editor.events.create({ event: unknownCounty, reason: "x" }), "event.jurisdiction.fips");
    await expectBadRequest(editor.events.create({ event: { ...harrisOptOutRow(), sources: [] }, reason: "x" }), "event.sources");
    const ftp = [{ ...harrisOptOutRow().sources[0]!, url: "ftp://example.org/a" }];
    await expectBadRequest(editor.events.create({ event: { ...harrisOptOutRow(), sources: ftp }, reason: "x" }), "event.sources[0].url");
    await expectBadRequest(
      editor.events.create({ event: { ...harrisOptOutRow(), summary: "x".repeat(4_001) }, reason: "x" }),
      "event.summary",
    );
    await expectBadRequest(editor.events.create({ event: harrisOptOutRow(), reason: "  " }), "reason");
    const revisionsAfter = await session.deps.db
      .selectFrom("event_revisions")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(revisionsAfter.n)).toBe(Number(revisionsBefore.n));
  });

  it("keeps a corrected event's Spanish actor and summary, which the row does not carry", async () => {
    const before = await getPublishedEvent(session.deps.db, "sc-001");
    expect(before?.summaryEs).toBeTruthy();
    const row = { ...harrisOptOutRow(), summary: "A test fixture correction." };
    const { revision } = await editor.events.update({ id: "sc-001", baseRevision: 0, event: row, reason: "typo" });
    await editor.events.publish({ id: "sc-001", baseRevision: revision, reason: "checked" });
    const after = await getPublishedEvent(session.deps.db, "sc-001");
    expect([after?.summary, after?.summaryEs, after?.actorEs]).toEqual(["A test fixture correction.", before?.summaryEs, before?.actorEs]);
  });

  it("corrects a seeded event (revision 0) through a draft, and names an event that does not exist", async () => {
    const seeded = (await reader().events.list({ jurisdictionId: "48201", type: "activated" })).events[0]!;
    expect(seeded.date).toBe("2008-10-27");
    expect(await codeOf(editor.events.publish({ id: seeded.id, baseRevision: 0, reason: "x" }))).toBe("CONFLICT");
    expect(await codeOf(editor.events.retract({ id: "no-such-event", baseRevision: 0, reason: "x" }))).toBe("NOT_FOUND");
    expect(await codeOf(editor.events.update({ id: "no-such-event", baseRevision: 0, event: harrisOptOutRow(), reason: "x" }))).toBe(
      "NOT_FOUND",
    );
  });
});

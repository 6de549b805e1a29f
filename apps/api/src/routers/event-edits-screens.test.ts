import { getDraft, getPublishedEvent } from "@scomm/db";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor, expectBadRequest, useRealCaller } from "../testing/caller.js";
import { addCurator } from "../testing/curators.js";
import { harrisOptOutRow } from "../testing/event-rows.js";
import { fixedClock, TEST_TODAY } from "../testing/real-deps.js";

/** What the curators' screens need beyond the api's first edits: Spanish text and the recent changes. */
const session = useRealCaller();
let editor: ReturnType<typeof callerFor>;
let editorEmail = "";
let editorToken = "";
beforeAll(async () => {
  const { token, curator } = await addCurator(session.deps, "editor");
  editorToken = token;
  editor = callerFor(session.deps, { authorization: `Bearer ${token}` });
  editorEmail = curator.email;
});

describe("events.create and update with the Spanish actor and summary", () => {
  it("stores the Spanish text given with a new event, trimmed", async () => {
    const { id } = await editor.events.create({
      event: harrisOptOutRow(),
      actorEs: "  Comisionados de prueba ",
      summaryEs: "Un resumen de prueba.",
      reason: "new",
    });
    const draft = await getDraft(session.deps.db, id);
    expect([draft?.actorEs, draft?.summaryEs]).toEqual(["Comisionados de prueba", "Un resumen de prueba."]);
  });

  it("changes one Spanish text, keeps the one left out, and clears one sent as null", async () => {
    const published = await getPublishedEvent(session.deps.db, "sc-002");
    expect(published?.actorEs).toBeTruthy();
    const row = { ...harrisOptOutRow() };
    const { revision } = await editor.events.update({
      id: "sc-002",
      baseRevision: 0,
      event: row,
      summaryEs: "Resumen corregido.",
      reason: "Spanish fix",
    });
    expect([(await getDraft(session.deps.db, "sc-002"))?.summaryEs, (await getDraft(session.deps.db, "sc-002"))?.actorEs]).toEqual([
      "Resumen corregido.",
      published?.actorEs,
    ]);
    await editor.events.update({ id: "sc-002", baseRevision: revision, event: row, actorEs: null, reason: "no Spanish actor" });
    const draft = await getDraft(session.deps.db, "sc-002");
    expect([draft?.summaryEs, draft && "actorEs" in draft]).toEqual(["Resumen corregido.", false]);
  });

  it("refuses Spanish text that is blank or too long, naming the field, and writes nothing", async () => {
    await expectBadRequest(editor.events.create({ event: harrisOptOutRow(), actorEs: "   ", reason: "x" }), "actorEs");
    await expectBadRequest(
      editor.events.update({ id: "sc-003", baseRevision: 0, event: harrisOptOutRow(), summaryEs: "x".repeat(4_001), reason: "x" }),
      "summaryEs",
    );
    expect(await getDraft(session.deps.db, "sc-003")).toBeUndefined();
  });
});

describe("events.recent", () => {
  it("lists the latest revisions across events, newest first, with who, what and why", async () => {
    let minute = 0;
    session.deps.clock = { today: fixedClock.today, now: () => `${TEST_TODAY}T13:${String(minute++).padStart(2, "0")}:00.000Z` };
    // A context takes the clock when it is made: a caller made after the clock changed.
    const timed = callerFor(session.deps, { authorization: `Bearer ${editorToken}` });
    const first = await timed.events.create({ event: harrisOptOutRow(), reason: "recent one" });
    const second = await timed.events.create({ event: { ...harrisOptOutRow(), date: "2011-06-02" }, reason: "recent two" });
    await timed.events.publish({ id: first.id, baseRevision: 1, reason: "recent three" });
    const recent = await timed.events.recent({ limit: 3 });
    session.deps.clock = fixedClock;
    expect(recent.map((r) => [r.eventId, r.revision, r.action, r.reason, r.editor, r.changedAt])).toEqual([
      [first.id, 2, "publish", "recent three", editorEmail, `${TEST_TODAY}T13:02:00.000Z`],
      [second.id, 1, "create", "recent two", editorEmail, `${TEST_TODAY}T13:01:00.000Z`],
      [first.id, 1, "create", "recent one", editorEmail, `${TEST_TODAY}T13:00:00.000Z`],
    ]);
    expect(recent[0]?.after?.date).toBe("2011-06-01");
  });

  it("is for curators only", async () => {
    await expect(callerFor(session.deps).events.recent({})).rejects.toThrow(/sign in/);
  });
});

describe("events.editable", () => {
  it("gives a seeded event's published version at revision 0, and a draft beside its published version", async () => {
    const seeded = await editor.events.editable({ id: "sc-004" });
    expect([seeded.draft, seeded.published?.id, seeded.revision]).toEqual([null, "sc-004", 0]);
    await editor.events.update({ id: "sc-004", baseRevision: 0, event: harrisOptOutRow(), reason: "editing" });
    const edited = await editor.events.editable({ id: "sc-004" });
    expect([edited.draft?.jurisdictionIds, edited.published?.id, edited.revision]).toEqual([["48201"], "sc-004", 1]);
  });

  it("names an event that does not exist", async () => {
    await expect(editor.events.editable({ id: "no-such-event" })).rejects.toThrow("no event no-such-event");
  });
});

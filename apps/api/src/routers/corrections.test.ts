import { getDraft, getPublishedEvent, listCorrections, listRevisions } from "@scomm/db";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { callerFor, expectBadRequest, useRealCaller } from "../testing/caller.js";
import { addCurator } from "../testing/curators.js";
import { harrisOptOutRow } from "../testing/event-rows.js";

const session = useRealCaller();
let curator: ReturnType<typeof callerFor>;
beforeAll(async () => {
  const { token } = await addCurator(session.deps, "editor");
  curator = callerFor(session.deps, { authorization: `Bearer ${token}` });
});

const reader = () => callerFor(session.deps);
const codeOf = (call: Promise<unknown>) =>
  call.then(
    () => "OK",
    (e: unknown) => (e instanceof TRPCError ? e.code : String(e)),
  );
/** A made-up reader's correction (a test fixture, not a real report) of Cook County's activation. */
const cookActivation = {
  jurisdictionId: "17031",
  eventId: "act-17031",
  whatIsWrong: "The activation date looks a day early (test).",
  sourceUrl: "https://news.example.org/cook",
};
const tokenOf = (link: string) => link.replace(/^\/corrections\//, "");
const openIds = async () => (await listCorrections(session.deps.db)).map((c) => c.id);

describe("corrections.submit and the reader's link", () => {
  it("stores an open correction and answers a private link that shows its status, not the contact", async () => {
    const { link } = await reader().corrections.submit({ ...cookActivation, contact: "  reader@example.org " });
    expect(link).toMatch(/^\/corrections\/[\w-]{43}$/);
    const outcome = await reader().corrections.outcome({ token: tokenOf(link) });
    expect(outcome).toEqual({
      jurisdictionId: "17031",
      eventId: "act-17031",
      whatIsWrong: cookActivation.whatIsWrong,
      sourceUrl: cookActivation.sourceUrl,
      status: "open",
      curatorReason: null,
      createdAt: "2020-06-15T12:00:00.000Z",
      settledAt: null,
      jurisdictionName: "Cook County",
      stateCode: "IL",
      event: { date: "2013-01-22", datePrecision: "day", type: "activated", placeName: "Cook County" },
    });
    const stored = (await listCorrections(session.deps.db)).find((c) => c.whatIsWrong === cookActivation.whatIsWrong);
    expect(stored?.contact).toBe("reader@example.org");
  });

  it("answers a bot that filled the honeypot like a reader, and stores nothing", async () => {
    const before = await openIds();
    const { link } = await reader().corrections.submit({ ...cookActivation, website: "https://spam.example" });
    expect(link).toMatch(/^\/corrections\/[\w-]{43}$/);
    expect(await openIds()).toEqual(before);
    expect(await codeOf(reader().corrections.outcome({ token: tokenOf(link) }))).toBe("NOT_FOUND");
  });

  it("names the field at fault: a source that is not http(s), empty words, an unknown county or event", async () => {
    const before = await openIds();
    await expectBadRequest(reader().corrections.submit({ ...cookActivation, sourceUrl: "javascript:alert(1)" }), "sourceUrl");
    await expectBadRequest(reader().corrections.submit({ ...cookActivation, sourceUrl: "ftp://files.example.org/a" }), "sourceUrl");
    await expectBadRequest(reader().corrections.submit({ ...cookActivation, whatIsWrong: "   " }), "whatIsWrong");
    await expectBadRequest(reader().corrections.submit({ ...cookActivation, whatIsWrong: "x".repeat(2_001) }), "whatIsWrong");
    await expectBadRequest(reader().corrections.submit({ ...cookActivation, jurisdictionId: "17999" }), "jurisdictionId");
    await expectBadRequest(reader().corrections.submit({ ...cookActivation, eventId: "no-such-event" }), "eventId");
    await expectBadRequest(reader().corrections.outcome({ token: "short" }), "token");
    expect(await openIds()).toEqual(before);
  });
});

describe("curators settle corrections", () => {
  it("refuses a reader (401) on the queue, accept and reject, and changes nothing", async () => {
    const before = await openIds();
    expect(await codeOf(reader().corrections.queue({}))).toBe("UNAUTHORIZED");
    expect(await codeOf(reader().corrections.accept({ id: before[0]!, reason: "ok" }))).toBe("UNAUTHORIZED");
    expect(await codeOf(reader().corrections.reject({ id: before[0]!, reason: "no" }))).toBe("UNAUTHORIZED");
    expect(await openIds()).toEqual(before);
  });

  it("accepts an event's correction into a draft of that event; the public record does not change", async () => {
    const { link } = await reader().corrections.submit({ ...cookActivation, whatIsWrong: "Accepted one (test)." });
    const id = (await curator.corrections.queue({})).find((c) => c.whatIsWrong === "Accepted one (test).")!.id;
    const published = await getPublishedEvent(session.deps.db, "act-17031");
    const version = session.deps.modelVersion;
    const accepted = await curator.corrections.accept({ id, reason: "the roster agrees" });
    expect(accepted).toEqual({ id, status: "accepted", draftEventId: "act-17031", revision: 1 });
    expect(await getDraft(session.deps.db, "act-17031")).toEqual(published);
    expect(await getPublishedEvent(session.deps.db, "act-17031")).toEqual(published);
    expect(session.deps.modelVersion).toBe(version);
    expect((await listRevisions(session.deps.db, "act-17031")).map((r) => [r.action, r.reason])).toEqual([
      ["update", `reader's correction ${id}: the roster agrees`],
    ]);
    expect(await reader().corrections.outcome({ token: tokenOf(link) })).toMatchObject({
      status: "accepted",
      curatorReason: "the roster agrees",
      settledAt: "2020-06-15T12:00:00.000Z",
    });
    expect(await codeOf(curator.corrections.reject({ id, reason: "too late" }))).toBe("CONFLICT");
  });

  it("accepts a county's correction into a new event's draft with the county and the reader's source", async () => {
    await reader().corrections.submit({
      jurisdictionId: "17043",
      whatIsWrong: "A policy is missing (test).",
      sourceUrl: "https://news.example.org/dupage",
    });
    const id = (await curator.corrections.queue({})).find((c) => c.jurisdictionId === "17043")!.id;
    const { draftEventId } = await curator.corrections.accept({ id, reason: "worth a look" });
    const draft = await getDraft(session.deps.db, draftEventId);
    expect(draft).toMatchObject({
      jurisdictionIds: ["17043"],
      placeName: "DuPage County",
      placeLevel: "county",
      type: "other",
      date: "2020-06-15",
    });
    expect(draft?.sources).toEqual([
      {
        title: "Source a reader suggested",
        publisher: "news.example.org",
        date: null,
        url: "https://news.example.org/dupage",
        foundAt: null,
      },
    ]);
    expect(await getPublishedEvent(session.deps.db, draftEventId)).toBeUndefined();
  });

  it("rejects only with a reason, which the reader's link then shows", async () => {
    const { link } = await reader().corrections.submit({ ...cookActivation, whatIsWrong: "Rejected one (test)." });
    const id = (await curator.corrections.queue({})).find((c) => c.whatIsWrong === "Rejected one (test).")!.id;
    await expectBadRequest(curator.corrections.reject({ id, reason: "  " }), "reason");
    expect((await reader().corrections.outcome({ token: tokenOf(link) })).status).toBe("open");
    expect(await curator.corrections.reject({ id, reason: "the source says the same date as the record" })).toEqual({
      id,
      status: "rejected",
    });
    expect(await reader().corrections.outcome({ token: tokenOf(link) })).toMatchObject({
      status: "rejected",
      curatorReason: "the source says the same date as the record",
    });
    expect((await curator.corrections.queue({ status: "rejected" })).map((c) => c.id)).toContain(id);
    expect(await codeOf(curator.corrections.accept({ id: "no-such-correction", reason: "x" }))).toBe("NOT_FOUND");
  });
});

describe("events.history", () => {
  it("shows a curator's event as published, its next publish as a correction, with dates and reasons and no editor", async () => {
    expect(await reader().events.history({ jurisdictionId: "48201" })).toEqual([]);
    const { id } = await curator.events.create({ event: harrisOptOutRow(), reason: "new source" });
    expect(await reader().events.history({ jurisdictionId: "48201" })).toEqual([]);
    await curator.events.publish({ id, baseRevision: 1, reason: "sources checked" });
    await curator.events.update({ id, baseRevision: 2, event: { ...harrisOptOutRow(), date: "2011-06-02" }, reason: "the day after" });
    await curator.events.publish({ id, baseRevision: 3, reason: "the letter is dated June 2" });
    const at = "2020-06-15T12:00:00.000Z";
    expect(await reader().events.history({ jurisdictionId: "48201" })).toEqual([
      { eventId: id, changedAt: at, action: "publish", change: "published", reason: "sources checked" },
      { eventId: id, changedAt: at, action: "publish", change: "corrected", reason: "the letter is dated June 2" },
    ]);
    expect(await reader().events.history({ jurisdictionId: "17031" })).toEqual([]);
    await expectBadRequest(reader().events.history({ jurisdictionId: "17999" }), "jurisdictionId");
  });
});

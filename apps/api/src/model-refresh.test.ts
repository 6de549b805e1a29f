import { describe, expect, it } from "vitest";
import { expectValidAtom } from "./testing/atom.js";
import { harrisOptOutRow } from "./testing/event-rows.js";
import { useListeningServer } from "./testing/raw-http.js";

const server = useListeningServer();
const post = async (mutation: string, input: unknown) => {
  const answer = await server.send(
    "POST",
    `/trpc/${mutation}`,
    { "Content-Type": "application/json", Authorization: `Bearer ${server.token()}` },
    JSON.stringify(input),
  );
  expect(answer.status, answer.body).toBe(200);
  return (JSON.parse(answer.body) as { result: { data: { id: string } } }).result.data;
};

describe("a publish swaps the model this instance serves", () => {
  it("changes the timeline's ETag, the data files and /healthz; a draft changes none of them", async () => {
    const etagBefore = (await server.send("GET", "/api/timeline.json")).headers.etag;
    const { id } = await post("events.create", { event: harrisOptOutRow(), reason: "new source" });
    expect((await server.send("GET", "/api/timeline.json")).headers.etag).toBe(etagBefore);
    expect((await server.send("GET", "/data/events.csv")).body).not.toContain(id);

    await post("events.publish", { id, baseRevision: 1, reason: "checked" });
    const after = await server.send("GET", "/api/timeline.json", { "If-None-Match": String(etagBefore) });
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(etagBefore);
    expect((await server.send("GET", "/data/events.csv")).body).toContain(id);
    expect(JSON.parse((await server.send("GET", "/healthz")).body)).toMatchObject({ modelVersion: 2 });
    expect((await server.send("GET", "/j/48201/feed.atom")).body).toContain("A test fixture: Harris County asks to leave");
  });

  it("puts a new event, its correction and its retraction, each with its reason, in the feeds at the instant each went public", async () => {
    const at = "2020-06-15T12:00:00.000Z";
    // expectValidAtom checks that entries are newest first by `updated`: an entry updated at the publish sits
    // above every event dated before it (the dataset has events dated after the test clock's today, above it).
    const entryOf = (xml: string, id: string) => ({ entry: (expectValidAtom(xml).entry ?? []).find((e) => e.id.endsWith(`:event:${id}`)) });
    const { id } = await post("events.create", { event: harrisOptOutRow(), reason: "new source" });
    await post("events.publish", { id, baseRevision: 1, reason: "checked" });
    const published = entryOf((await server.send("GET", "/j/48201/feed.atom")).body, id);
    expect([published.entry?.updated, published.entry?.published]).toEqual([at, at]);
    await post("events.update", { id, baseRevision: 2, event: { ...harrisOptOutRow(), date: "2011-06-02" }, reason: "the day after" });
    await post("events.publish", { id, baseRevision: 3, reason: "the letter is dated June 2" });
    const corrected = entryOf((await server.send("GET", "/feed.atom")).body, id);
    expect([corrected.entry?.updated, corrected.entry?.published]).toEqual([at, at]);
    expect(corrected.entry?.content["#text"]).toContain("<p>Corrected on 2020-06-15: the letter is dated June 2</p>");
    await post("events.retract", { id, baseRevision: 4, reason: "the letter was a draft" });
    const retracted = entryOf((await server.send("GET", "/j/48201/feed.atom")).body, id).entry;
    expect([retracted?.title, retracted?.updated]).toEqual([
      { "#text": "Retracted: Harris County: Opt-out requested", "@_type": "html" },
      at,
    ]);
    expect(retracted?.content["#text"]).toContain("<p>Retracted on 2020-06-15: the letter was a draft</p>");
  });
});

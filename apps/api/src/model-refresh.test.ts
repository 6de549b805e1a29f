import { describe, expect, it } from "vitest";
import { harrisOptOutRow } from "./testing/event-rows.js";
import { useListeningServer } from "./testing/raw-http.js";

const server = useListeningServer();
const post = async (mutation: string, input: unknown) => {
  const answer = await server.send("POST", `/trpc/${mutation}`, { "Content-Type": "application/json", Authorization: `Bearer ${server.token()}` }, JSON.stringify(input));
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
});

import { buildStatusModel, toWire } from "@scomm/core";
import { loadDataset } from "@scomm/data";
import { QueryClient, QueryObserver } from "@tanstack/react-query";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { statusTimelineQuery } from "./use-status-timeline.js";

const WIRE = JSON.stringify(toWire(buildStatusModel(loadDataset()).timeline));

/** The api's answers, one per request, and the If-None-Match each request carried. */
function fakeApi(answers: Array<{ status: 200 | 304; etag: string }>) {
  const sent: Array<string | null> = [];
  vi.stubGlobal("fetch", async (_url: string, init?: RequestInit) => {
    sent.push(new Headers(init?.headers).get("If-None-Match"));
    const { status, etag } = answers.shift()!;
    return new Response(status === 304 ? null : WIRE, { status, headers: { ETag: etag } });
  });
  return sent;
}

let client: QueryClient;
beforeEach(() => {
  client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
});
afterEach(() => {
  client.clear();
  vi.unstubAllGlobals();
});

/** An observer as useQuery makes one (what a component re-renders on): how often it told its component. */
async function watchTimeline() {
  const observer = new QueryObserver(client, { ...statusTimelineQuery(), refetchInterval: false });
  let notified = 0;
  const unsubscribe = observer.subscribe(() => notified++);
  await vi.waitUntil(() => observer.getCurrentResult().isSuccess);
  return { observer, notified: () => notified, unsubscribe };
}

describe("the status timeline's check for a newer record", () => {
  it("first asks as index.html's preload does (no If-None-Match), then sends the ETag; a 304 keeps the same object and tells no one", async () => {
    const sent = fakeApi([
      { status: 200, etag: '"one"' },
      { status: 304, etag: '"one"' },
    ]);
    const jurisdiction = client.getQueryCache().build(client, { queryKey: [["jurisdictions", "byId"], { input: { id: "48201" } }] });
    jurisdiction.setData({ name: "Harris County" });
    const timeline = await watchTimeline();
    const held = timeline.observer.getCurrentResult().data;
    const notifiedAfterLoad = timeline.notified();

    await timeline.observer.refetch();
    expect(sent).toEqual([null, '"one"']);
    expect(timeline.observer.getCurrentResult().data).toBe(held);
    expect(timeline.notified()).toBe(notifiedAfterLoad);
    expect(jurisdiction.state.isInvalidated).toBe(false);
    timeline.unsubscribe();
  });

  it("a 200 with a new ETag is a new record: the timeline's readers are told, and the record's other queries go stale (not the atlas)", async () => {
    const sent = fakeApi([
      { status: 200, etag: '"one"' },
      { status: 200, etag: '"two"' },
      { status: 304, etag: '"two"' },
    ]);
    const jurisdiction = client.getQueryCache().build(client, { queryKey: [["jurisdictions", "byId"], { input: { id: "48201" } }] });
    jurisdiction.setData({ name: "Harris County" });
    const atlas = client.getQueryCache().build(client, { queryKey: ["atlas"] });
    atlas.setData({ counties: [] });
    const timeline = await watchTimeline();
    const held = timeline.observer.getCurrentResult().data;
    const notifiedAfterLoad = timeline.notified();

    await timeline.observer.refetch();
    expect(timeline.observer.getCurrentResult().data).not.toBe(held);
    expect(timeline.notified()).toBeGreaterThan(notifiedAfterLoad);
    expect(jurisdiction.state.isInvalidated).toBe(true);
    expect(atlas.state.isInvalidated).toBe(false);

    await timeline.observer.refetch();
    expect(sent).toEqual([null, '"one"', '"two"']);
    timeline.unsubscribe();
  });
});

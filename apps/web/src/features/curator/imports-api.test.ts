import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchConflicts, problemOf, settleConflict } from "./imports-api.js";

const reply = (status: number, body: unknown) => vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } }));

afterEach(() => vi.unstubAllGlobals());

describe("the import conflicts' calls", () => {
  it("read a query's answer from tRPC's result", async () => {
    vi.stubGlobal("fetch", reply(200, { result: { data: [{ id: "c1", eventId: "sc-001" }] } }));
    expect(await fetchConflicts()).toEqual([{ id: "c1", eventId: "sc-001" }]);
  });

  it("send a settlement as a JSON POST", async () => {
    const fetch = reply(200, { result: { data: { id: "c1", revision: 3 } } });
    vi.stubGlobal("fetch", fetch);
    expect(await settleConflict({ id: "c1", take: "import", reason: "the dataset is right" })).toEqual({ id: "c1", revision: 3 });
    expect(fetch).toHaveBeenCalledWith("/trpc/imports.settle", { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"id":"c1","take":"import","reason":"the dataset is right"}' });
  });

  it("turn the api's error into its code, message and field issues", async () => {
    const issues = [{ field: "reason", message: "must not be empty" }];
    vi.stubGlobal("fetch", reply(400, { error: { message: "reason: must not be empty", data: { code: "BAD_REQUEST", issues } } }));
    const error = await settleConflict({ id: "c1", take: "curator", reason: "" }).catch((e: unknown) => e);
    expect(problemOf(error)).toEqual({ code: "BAD_REQUEST", message: "reason: must not be empty", issues });
  });
});

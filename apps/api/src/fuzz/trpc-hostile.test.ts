import { MAX_BATCH_CALLS } from "@scomm/core";
import { insertCorrection } from "@scomm/db";
import { beforeAll, describe, expect, it } from "vitest";
import { hashSecret } from "../auth/secrets.js";
import { callerFor } from "../testing/caller.js";
import { useListeningServer, type Answer } from "../testing/raw-http.js";
import { answerProblems, parseJson } from "./answer-checks.js";
import { HOSTILE_VALUES, HUGE_STRING } from "./hostile-values.js";
import { proceduresOf } from "./mutation-inputs.js";
import { FUZZ_READER_TOKEN, trpcPath, VALID_INPUTS } from "./procedure-inputs.js";

const server = useListeningServer();
beforeAll(async () => {
  const correction = {
    id: "fuzz-1",
    jurisdictionId: "17031",
    eventId: null,
    whatIsWrong: "A test correction",
    sourceUrl: "https://news.example.org/a",
    contact: null,
  };
  await insertCorrection(server.deps().db, {
    ...correction,
    createdAt: "2020-06-15T12:00:00.000Z",
    readerTokenHash: hashSecret(FUZZ_READER_TOKEN),
  });
});

/** Values each kind of field must refuse whatever else it accepts: dates outside the record, ids that name nothing. */
const MUST_REFUSE: Record<string, readonly string[]> = {
  date: ["year 9999", "the first of December 9999", "year 0000", "the day before the record"],
  from: ["year 9999", "the first of December 9999", "year 0000", "the day before the record"],
  to: ["year 9999", "the first of December 9999", "year 0000", "the day before the record"],
  jurisdictionId: ["an unknown county FIPS", "an unknown state FIPS"],
  stateFips: ["an unknown state FIPS"],
  limit: ["a negative number", "a fraction", "a huge number"],
};
/** The queries (asked with GET); the mutations have their own suite (trpc-mutations-hostile.test.ts). */
const PROCEDURES = proceduresOf("query");
/** As a curator would ask them: with an admin's API token, so that curator-only queries are reached too. */
const send = (method: string, path: string, headers: Record<string, string> = {}) =>
  server.send(method, path, { Authorization: `Bearer ${server.token()}`, ...headers });

interface TrpcError {
  message: string;
  data?: { issues?: { field: string; message: string }[] };
}

/** The answer's JSON, or a batch's first entry. */
function firstAnswer(answer: Answer): unknown {
  const json = parseJson(answer.body);
  return Array.isArray(json) ? json[0] : json;
}

/** Problems with an answer to `path`, and, for a 400, with how it names the fields at fault. */
function problemsOf(answer: Answer, path: string, fields: readonly string[]): string[] {
  const problems = answerProblems(answer).map((p) => `${path}: ${p}`);
  if (answer.status !== 400) return problems;
  const { error } = (firstAnswer(answer) ?? {}) as { error?: TrpcError };
  const named = (error?.data?.issues ?? []).map((i) => i.field);
  if (named.length === 0 || !named.every((f) => fields.includes(f.split(".")[0]!)))
    problems.push(`${path}: 400 names ${JSON.stringify(named)}, not one of ${fields.join(", ")}`);
  else if (!named.some((f) => error!.message.includes(`${f}:`))) problems.push(`${path}: the message "${error!.message}" names no field`);
  return problems;
}

describe("every tRPC procedure under hostile input", () => {
  it("has a valid input in the table, answered 200", async () => {
    expect(Object.keys(VALID_INPUTS).sort()).toEqual(PROCEDURES);
    for (const procedure of PROCEDURES)
      expect((await send("GET", trpcPath(procedure, VALID_INPUTS[procedure]))).status, procedure).toBe(200);
  });

  it("answers each field swapped for each hostile value without a 5xx or a leak, a 400 naming the field", async () => {
    const problems: string[] = [];
    let refused = 0;
    for (const procedure of PROCEDURES) {
      const valid = VALID_INPUTS[procedure];
      const fields = [...Object.keys(valid ?? {}), "input"];
      for (const field of Object.keys(valid ?? {})) {
        for (const [name, value] of HOSTILE_VALUES) {
          const path = trpcPath(procedure, { ...valid, [field]: value });
          const answer = await send("GET", path);
          if (answer.status === 400) refused++;
          else if (MUST_REFUSE[field]?.includes(name)) problems.push(`${procedure} ${field}=${name}: answered ${answer.status}, not 400`);
          problems.push(...problemsOf(answer, `${procedure} ${field}=${name}`, fields));
        }
      }
    }
    expect(problems).toEqual([]);
    expect(refused).toBeGreaterThan(300);
  }, 120_000);

  it("answers each hostile value as the whole input, input that is not JSON and an input given twice", async () => {
    const problems: string[] = [];
    for (const procedure of PROCEDURES) {
      const fields = [...Object.keys(VALID_INPUTS[procedure] ?? {}), "input"];
      for (const [name, value] of HOSTILE_VALUES) {
        problems.push(...problemsOf(await send("GET", trpcPath(procedure, value)), `${procedure} input=${name}`, fields));
      }
      for (const query of ["input=%7B", "input=undefined", `input=${"%5B".repeat(5_000)}`, "input=1&input=2", "batch=1&input=%5B%5D"]) {
        problems.push(...problemsOf(await send("GET", `/trpc/${procedure}?${query}`), `${procedure}?${query}`, fields));
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it("refuses a 100 KB string in every field: at the door as an over-long URL, and by the procedure itself", async () => {
    const problems: string[] = [];
    const caller = callerFor(server.deps(), { authorization: `Bearer ${server.token()}` });
    for (const procedure of PROCEDURES) {
      const valid = VALID_INPUTS[procedure];
      for (const field of Object.keys(valid ?? {})) {
        const answer = await send("GET", trpcPath(procedure, { ...valid, [field]: HUGE_STRING }));
        expect(answer.status, `${procedure} ${field}`).toBe(431);
        problems.push(...answerProblems(answer));
        const [router, name] = procedure.split(".") as [keyof typeof caller, string];
        const call = (caller[router] as unknown as Record<string, (input: unknown) => Promise<unknown>>)[name]!;
        const error = await call({ ...valid, [field]: HUGE_STRING }).then(
          () => null,
          (e: { code?: string; message?: string }) => e,
        );
        expect(error?.code, `${procedure} ${field}`).toBe("BAD_REQUEST");
        expect(error?.message, `${procedure} ${field}`).toContain(`${field}:`);
      }
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it("answers a query asked with any method but GET with a 4xx naming the problem", async () => {
    const problems: string[] = [];
    for (const procedure of PROCEDURES) {
      for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
        const answer = await send(method, trpcPath(procedure, VALID_INPUTS[procedure]), { "Content-Type": "application/json" });
        if (answer.status < 400) problems.push(`${method} ${procedure} answered ${answer.status}`);
        problems.push(...answerProblems(answer, method).map((p) => `${method} ${procedure}: ${p}`));
      }
    }
    expect(problems).toEqual([]);
  });

  it("answers unknown procedures with a 404 naming them", async () => {
    for (const path of [
      "/trpc/nothing",
      "/trpc/status.nothing",
      "/trpc/__proto__",
      "/trpc/..%2f..%2fsecret.txt",
      "/trpc/status.timeline,nothing?batch=1",
    ]) {
      const answer = await server.send("GET", path);
      expect(answerProblems(answer), path).toEqual([]);
      expect(answer.body, path).toMatch(/No procedure found|not found/i);
    }
  });
});

describe("batched tRPC requests", () => {
  const batch = (calls: number) => {
    const procedures = Array.from({ length: calls }, (_, i) => (i % 2 ? "status.snapshot" : "jurisdictions.byId"));
    const inputs = Object.fromEntries(procedures.map((p, i) => [i, VALID_INPUTS[p]]));
    return `/trpc/${procedures.join(",")}?batch=1&input=${encodeURIComponent(JSON.stringify(inputs))}`;
  };

  it(`answers a batch of ${MAX_BATCH_CALLS} calls`, async () => {
    const answer = await server.send("GET", batch(MAX_BATCH_CALLS));
    expect(answer.status).toBe(200);
    expect(parseJson(answer.body)).toHaveLength(MAX_BATCH_CALLS);
  });

  it("refuses a bigger batch whole with a 400 naming the batch and its limit", async () => {
    for (const calls of [MAX_BATCH_CALLS + 1, 20, 100]) {
      const answer = await server.send("GET", batch(calls));
      expect(answer.status, `${calls} calls`).toBe(400);
      expect(answerProblems(answer)).toEqual([]);
      const { error } = parseJson(answer.body) as { error: TrpcError };
      expect(error.message).toBe(`batch: must hold at most ${MAX_BATCH_CALLS} calls`);
      expect(error.data?.issues).toEqual([{ field: "batch", message: `must hold at most ${MAX_BATCH_CALLS} calls` }]);
    }
    const names = Array.from({ length: 1_000 }, () => "search.cities").join(",");
    expect((await server.send("GET", `/trpc/${names}?batch=1`)).status).toBe(400);
  });
});

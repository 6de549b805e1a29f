import { describe, expect, it } from "vitest";
import { useListeningServer, type Answer } from "../testing/raw-http.js";
import { TEST_SITE_URL } from "../testing/real-deps.js";
import { harrisOptOutRow } from "../testing/event-rows.js";
import { answerProblems, parseJson } from "./answer-checks.js";
import { HOSTILE_VALUES, HUGE_STRING } from "./hostile-values.js";
import { MUTATION_INPUTS, MUTATIONS } from "./mutation-inputs.js";

const server = useListeningServer();
/** An event's fields that hold a person's words rather than a code, a date or a list. */
const FREE_TEXT = ["actor", "summary"];
/** As a curator's script sends them: POST, JSON, from the site, with an admin's token. */
const post = (mutation: string, body: string) =>
  server.send(
    "POST",
    `/trpc/${mutation}`,
    { "Content-Type": "application/json", Origin: TEST_SITE_URL, Authorization: `Bearer ${server.token()}` },
    body,
  );

/** Problems with an answer; a 400 must name fields whose first part is one of `fields` (or the input). */
function problemsOf(answer: Answer, what: string, fields: readonly string[]): string[] {
  const problems = answerProblems(answer, "POST").map((p) => `${what}: ${p}`);
  if (answer.status !== 400) return problems;
  const { error } = (parseJson(answer.body) ?? {}) as { error?: { message: string; data?: { issues?: { field: string }[] } } };
  const named = (error?.data?.issues ?? []).map((i) => i.field);
  if (named.length === 0 || !named.every((f) => [...fields, "input"].includes(f.split(/[.[]/)[0]!)))
    problems.push(`${what}: 400 names ${JSON.stringify(named)}`);
  else if (!named.some((f) => error!.message.includes(`${f}:`))) problems.push(`${what}: the message "${error!.message}" names no field`);
  return problems;
}

describe("every tRPC mutation under hostile input", () => {
  it("has a well-formed input for each mutation, answered without a 5xx", async () => {
    expect(Object.keys(MUTATION_INPUTS).sort()).toEqual(MUTATIONS);
    for (const mutation of MUTATIONS) {
      const answer = await post(mutation, JSON.stringify(MUTATION_INPUTS[mutation] ?? null));
      expect(answerProblems(answer, "POST"), mutation).toEqual([]);
    }
  });

  it("answers each field swapped for each hostile value without a 5xx or a leak, a 400 naming the field", async () => {
    const problems: string[] = [];
    let refused = 0;
    for (const mutation of MUTATIONS) {
      const valid = MUTATION_INPUTS[mutation] ?? {};
      for (const field of Object.keys(valid)) {
        for (const [name, value] of HOSTILE_VALUES) {
          const answer = await post(mutation, JSON.stringify({ ...valid, [field]: value }));
          if (answer.status === 400) refused++;
          problems.push(...problemsOf(answer, `${mutation} ${field}=${name}`, Object.keys(valid)));
        }
      }
    }
    expect(problems).toEqual([]);
    expect(refused).toBeGreaterThan(300);
  }, 120_000);

  it("answers each field of an event swapped for each hostile value with a 400 naming event.<field>", async () => {
    const problems: string[] = [];
    for (const field of Object.keys(harrisOptOutRow())) {
      for (const [name, value] of HOSTILE_VALUES) {
        const answer = await post("events.create", JSON.stringify({ event: { ...harrisOptOutRow(), [field]: value }, reason: "fuzz" }));
        // Free text takes any words (a summary may quote markup or SQL; it is rendered as text): not NUL, not empty.
        const text = FREE_TEXT.includes(field) && typeof value === "string" && value !== "" && !value.includes("\u0000");
        if (answer.status !== (text ? 200 : 400)) problems.push(`event.${field}=${name}: answered ${answer.status}`);
        problems.push(...problemsOf(answer, `event.${field}=${name}`, ["event"]));
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it("answers a hostile whole input, a body that is not JSON, a batch and a huge body with a 4xx naming the problem", async () => {
    const problems: string[] = [];
    for (const mutation of MUTATIONS) {
      const fields = Object.keys(MUTATION_INPUTS[mutation] ?? {});
      for (const [name, value] of HOSTILE_VALUES)
        problems.push(...problemsOf(await post(mutation, JSON.stringify(value)), `${mutation} input=${name}`, fields));
      // A mutation that takes no input (auth.signOut) does not read the body at all.
      const bodies =
        MUTATION_INPUTS[mutation] === undefined
          ? []
          : ["{", "undefined", "[".repeat(5_000), JSON.stringify({ reason: HUGE_STRING.repeat(3) })];
      for (const body of bodies) {
        const answer = await post(mutation, body);
        if (answer.status < 400) problems.push(`${mutation} body ${body.slice(0, 10)}: answered ${answer.status}`);
        problems.push(...problemsOf(answer, `${mutation} body ${body.slice(0, 10)}`, fields));
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);
});

import { fileURLToPath } from "node:url";
import { OUTSIDE_MARKER, type Answer } from "../testing/raw-http.js";

/** The checkout's root folder (/work/...): no answer may show where the server's files are. */
const CHECKOUT = fileURLToPath(new URL("../../../../", import.meta.url));

/** What no body may hold, with what it would give away. */
const LEAKS: readonly (readonly [RegExp | string, string])[] = [
  [CHECKOUT, "a path of the checkout"],
  ["/work/", "a server path"],
  ["node_modules", "a dependency path"],
  [/\bat [^\s()]+ \([^)]*:\d+:\d+\)/, "a stack frame"],
  [/^\s+at \S/m, "a stack frame"],
  [/\.(?:ts|js|mjs|cjs):\d+:\d+/, "a source position"],
  [OUTSIDE_MARKER, "a file from outside the web app"],
];

/**
 * What is wrong with one answer, as readable lines ([] when nothing is): a 5xx, a leak, a header smuggled
 * in through CRLF, or a 4xx whose body does not say what was wrong.
 */
export function answerProblems(answer: Answer, method = "GET"): string[] {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`answered ${answer.status}: ${answer.body.slice(0, 200)}`);
  for (const [leak, what] of LEAKS) {
    if (typeof leak === "string" ? answer.body.includes(leak) : leak.test(answer.body)) problems.push(`the body shows ${what}`);
  }
  if ("x-injected" in answer.headers || String(answer.headers["set-cookie"] ?? "").includes("injected"))
    problems.push("a header was injected");
  if (answer.status >= 400 && answer.status < 500 && method !== "HEAD" && !problemMessage(answer)) {
    problems.push(`answered ${answer.status} without naming the problem: ${JSON.stringify(answer.body.slice(0, 120))}`);
  }
  return problems;
}

/** The message a 4xx body gives: `error.message` (or `error`) of a JSON body, or the words of any other non-empty one. */
export function problemMessage(answer: Answer): string | null {
  const parsed = parseJson(answer.body);
  // A batch answers a list, one entry per call.
  const json = (Array.isArray(parsed) ? parsed[0] : parsed) as { error?: string | { message?: unknown } } | undefined;
  // `{ error: "not found" }` (the /api fallback) names it too; one error shape for all is another change's.
  const message = typeof json?.error === "string" ? json.error : json?.error?.message;
  if (parsed !== undefined) return typeof message === "string" && /\w/.test(message) ? message : null;
  const words = answer.body.replace(/<[^>]*>/g, " ").trim();
  return /\w/.test(words) ? words : null;
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The field a 4xx names, in the one error shape (`error.data.issues[0].field`); null when it names none. */
export function namedField(answer: Answer): string | null {
  const json = parseJson(answer.body) as { error?: { data?: { issues?: { field?: string }[] } } } | undefined;
  return json?.error?.data?.issues?.[0]?.field ?? null;
}

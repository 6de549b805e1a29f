import { TRPCClientError } from "@trpc/client";

/** One input field at fault, as the api names it (`event.sources[0].url`). */
export interface FieldIssue {
  field: string;
  message: string;
}

/** What the screens need of a failed call: its code (branch on it, never on text), message and field issues. */
export interface ApiProblem {
  code: string | null;
  message: string;
  issues: FieldIssue[];
}

/** A failed tRPC call (or a plain route's error in the same shape) read into an ApiProblem. */
export function apiProblemOf(error: unknown): ApiProblem {
  if (error instanceof TRPCClientError) {
    const data = (error.data ?? {}) as { code?: string; issues?: FieldIssue[] };
    return { code: data.code ?? null, message: error.message, issues: Array.isArray(data.issues) ? data.issues : [] };
  }
  return { code: null, message: error instanceof Error ? error.message : String(error), issues: [] };
}

/**
 * The event form's field an api issue names: `date`, `sources.0.url`, `reason`..., or `form` for one it has no
 * field for. The api names a row's fields as the events files write them (`date_precision`, `found_at`).
 */
export function formFieldOf(issueField: string): string {
  const field = issueField.replace(/^event\./, "");
  const source = /^sources\[(\d+)\](?:\.(\w+))?$/.exec(field);
  if (source) return `sources.${source[1]}.${SOURCE_FIELDS[source[2] ?? ""] ?? "url"}`;
  if (field === "jurisdiction.name") return "placeName";
  if (field === "jurisdiction.level") return "placeLevel";
  if (field.startsWith("jurisdiction")) return "jurisdiction";
  return EVENT_FIELDS[field] ?? "form";
}

const SOURCE_FIELDS: Record<string, string> = { title: "title", publisher: "publisher", date: "date", url: "url", found_at: "url" };
const EVENT_FIELDS: Record<string, string> = {
  date: "date",
  date_precision: "datePrecision",
  type: "type",
  actor: "actor",
  summary: "summary",
  confidence: "confidence",
  sources: "sources",
  reason: "reason",
  actorEs: "actorEs",
  summaryEs: "summaryEs",
};

/** Issues grouped by the form field they belong to, in the order they came. */
export function issuesByField(issues: readonly FieldIssue[]): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const issue of issues) {
    const key = formFieldOf(issue.field);
    byField.set(key, [...(byField.get(key) ?? []), issue.message]);
  }
  return byField;
}

/** The messages the api gave for one field it names exactly (`reason`, `email`); none when the call did not fail. */
export function messagesFor(problem: ApiProblem | null, field: string): string[] | undefined {
  return problem?.issues.filter((i) => i.field === field).map((i) => i.message);
}

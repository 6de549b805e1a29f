import { appRouter } from "../router.js";
import { harrisOptOutRow } from "../testing/event-rows.js";

/** The names of every procedure of one type (`router.procedure`), sorted. */
export function proceduresOf(type: "query" | "mutation"): string[] {
  return Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>)
    .filter(([, procedure]) => procedure._def.type === type)
    .map(([name]) => name)
    .sort();
}

/** Every mutation, by name: each takes POST with a JSON body. */
export const MUTATIONS = proceduresOf("mutation");

/** Mutations anyone may call (still POST, JSON and the site's Origin): signing in, and a reader's correction. */
export const PUBLIC_MUTATIONS: readonly string[] = ["auth.signIn", "corrections.submit"];

/**
 * A well-formed input for every mutation (undefined: it takes none). Well-formed, not necessarily accepted:
 * the record changes as the suites write, so a later call may meet a CONFLICT; what matters is the answer.
 */
export const MUTATION_INPUTS: Record<string, Record<string, unknown> | undefined> = {
  "auth.signIn": { email: "nobody@example.org", password: "not a password" },
  "auth.signOut": undefined,
  "tokens.create": { name: "script" },
  "tokens.revoke": { id: "no-such-token" },
  "accounts.create": { email: "editor@example.org", name: "Editor", role: "editor", password: "a long enough password" },
  "accounts.disable": { id: "no-such-account" },
  "accounts.enable": { id: "no-such-account" },
  "events.create": { event: harrisOptOutRow(), actorEs: "Comisionados", summaryEs: "Un resumen.", reason: "new source" },
  "events.update": {
    id: "sc-001",
    baseRevision: 0,
    event: harrisOptOutRow(),
    actorEs: "Comisionados",
    summaryEs: null,
    reason: "correction",
  },
  "events.publish": { id: "sc-001", baseRevision: 1, reason: "checked" },
  "events.retract": { id: "sc-002", baseRevision: 0, reason: "wrong county" },
  "imports.settle": { id: "no-such-conflict", take: "curator", reason: "checked both versions" },
  "corrections.submit": {
    jurisdictionId: "17031",
    whatIsWrong: "The date looks wrong (a test).",
    sourceUrl: "https://news.example.org/a",
    contact: "reader@example.org",
  },
  "corrections.accept": { id: "no-such-correction", reason: "checked" },
  "corrections.reject": { id: "no-such-correction", reason: "no source" },
};

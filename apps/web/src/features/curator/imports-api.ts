import type { Event } from "@scomm/core";
import type { ApiProblem } from "./api-errors.js";

/**
 * An open import conflict as `imports.conflicts` answers it. The imports router is built beside these screens and
 * is not in this branch's AppRouter yet: once it is, this becomes `RouterOutputs["imports"]["conflicts"][number]`
 * and the calls below the typed client's.
 */
export interface ImportConflict {
  id: string;
  eventId: string;
  datasetHash: string;
  /** The dataset's version; null when the dataset no longer has the event. */
  imported: Event | null;
  /** The record's version (a curator's change); null when a curator retracted it. */
  curator: Event | null;
  curatorRevision: number;
  recordedAt: string;
}

export type Take = "import" | "curator";

interface TrpcBody<T> {
  result?: { data?: T };
  error?: { message?: string; data?: { code?: string; issues?: ApiProblem["issues"] } };
}

async function answer<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => ({}))) as TrpcBody<T>;
  if (response.ok && body.result) return body.result.data as T;
  const error = body.error ?? {};
  const problem: ApiProblem = { code: error.data?.code ?? null, message: error.message ?? response.statusText, issues: error.data?.issues ?? [] };
  throw Object.assign(new Error(problem.message), { problem });
}

export async function fetchConflicts(): Promise<ImportConflict[]> {
  return answer(await fetch("/trpc/imports.conflicts", { headers: { Accept: "application/json" } }));
}

/** A mutation as the api takes one: POST, a JSON body, the page's own Origin (the browser adds it). */
export async function settleConflict(input: { id: string; take: Take; reason: string }): Promise<{ id: string; revision: number }> {
  return answer(await fetch("/trpc/imports.settle", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(input) }));
}

/** The problem a failed call carries (see `answer`), or its message. */
export function problemOf(error: unknown): ApiProblem {
  if (error && typeof error === "object" && "problem" in error) return (error as { problem: ApiProblem }).problem;
  return { code: null, message: error instanceof Error ? error.message : String(error), issues: [] };
}

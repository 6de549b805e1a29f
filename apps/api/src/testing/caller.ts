import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, expect } from "vitest";
import type { AppDeps, RequestInfo } from "../context.js";
import { createContext } from "../context.js";
import { appRouter } from "../router.js";
import { createCallerFactory, fieldIssues } from "../trpc.js";
import { realDeps } from "./real-deps.js";

/** A caller as a reader, or with the request's credentials (`{ authorization: "Bearer ..." }`). */
export const callerFor = (deps: AppDeps, request: RequestInfo = {}) => createCallerFactory(appRouter)(createContext(deps, request));

/** Asserts that `call` rejects with a 400 whose issues (and message) name `field`. */
export async function expectBadRequest(call: Promise<unknown>, field: string): Promise<void> {
  const error = await call.then(
    () => expect.unreachable(`expected a BAD_REQUEST naming ${field}`),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  const trpcError = error as TRPCError;
  expect(trpcError.code).toBe("BAD_REQUEST");
  expect(fieldIssues(trpcError.cause).map((i) => i.field)).toContain(field);
  expect(trpcError.message).toContain(`${field}:`);
}

/**
 * A caller over the real dataset for one test file: deps built before the tests, the database closed after.
 * Read `session.caller` / `session.deps` inside tests.
 */
export function useRealCaller(): { deps: AppDeps; caller: ReturnType<typeof callerFor> } {
  const session = {} as { deps: AppDeps; caller: ReturnType<typeof callerFor> };
  beforeAll(async () => {
    session.deps = await realDeps();
    session.caller = callerFor(session.deps);
  });
  afterAll(() => session.deps.db.destroy());
  return session;
}

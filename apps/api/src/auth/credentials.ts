import { getSessionCurator, getTokenCurator, type Curator } from "@scomm/db";
import type { AppDeps, RequestInfo } from "../context.js";
import { hashSecret } from "./secrets.js";
import { bearerTokenOf, sessionSecretOf } from "./session-cookie.js";

/**
 * Who sent the request: the holder of the API token in `Authorization: Bearer`, or else of the session cookie.
 * An Authorization header that names no live token is nobody, whatever cookie came with it.
 */
export async function curatorOf({ db, clock }: Pick<AppDeps, "db" | "clock">, request: RequestInfo): Promise<Curator | null> {
  if (request.authorization !== undefined) {
    const token = bearerTokenOf(request.authorization);
    return token ? ((await getTokenCurator(db, hashSecret(token))) ?? null) : null;
  }
  const secret = sessionSecretOf(request.cookie);
  return secret ? ((await getSessionCurator(db, hashSecret(secret), clock.now())) ?? null) : null;
}

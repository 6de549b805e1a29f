import { randomUUID } from "node:crypto";
import { insertApiToken, listApiTokens, revokeApiToken } from "@scomm/db";
import { boundedText } from "@scomm/core";
import { z } from "zod";
import { hashSecret, newSecret, TOKEN_PREFIX } from "../auth/secrets.js";
import { curatorProcedure, DomainError, router } from "../trpc.js";

/** Personal API tokens for scripts: sent as `Authorization: Bearer <token>`; kept only as a hash. */
export const tokensRouter = router({
  /**
   * A new token; its secret is in this answer and nowhere else, ever. Only a signed-in curator (session
   * cookie) may make one: a leaked token cannot mint others that would outlive its revocation.
   */
  create: curatorProcedure.input(z.object({ name: z.string().trim().pipe(boundedText(100)) })).mutation(async ({ ctx, input }) => {
    if (ctx.request.authorization !== undefined)
      throw new DomainError("NOT_ALLOWED", "sign in to make a token: a token cannot make another");
    const token = newSecret(TOKEN_PREFIX);
    const row = { id: randomUUID(), accountId: ctx.signedIn.id, name: input.name, createdAt: ctx.clock.now() };
    await insertApiToken(ctx.db, { ...row, tokenHash: hashSecret(token) });
    return { id: row.id, name: row.name, createdAt: row.createdAt, token };
  }),

  /** The signed-in curator's tokens, without their secrets. */
  list: curatorProcedure.query(({ ctx }) => listApiTokens(ctx.db, ctx.signedIn.id)),

  revoke: curatorProcedure.input(z.object({ id: boundedText(64) })).mutation(async ({ ctx, input }) => {
    const revoked = await revokeApiToken(ctx.db, { id: input.id, accountId: ctx.signedIn.id, at: ctx.clock.now() });
    if (!revoked) throw new DomainError("NOT_FOUND", `you have no live token ${input.id}`, "id");
    return { revoked: input.id };
  }),
});

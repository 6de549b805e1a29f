import { deleteSession } from "@scomm/db";
import { boundedText } from "@scomm/core";
import { z } from "zod";
import { emailSchema } from "../auth/accounts.js";
import { PASSWORD_MAX } from "../auth/passwords.js";
import { hashSecret } from "../auth/secrets.js";
import { sessionCookie, sessionSecretOf } from "../auth/session-cookie.js";
import { signIn } from "../auth/sign-in.js";
import { curatorProcedure, publicProcedure, router } from "../trpc.js";

/** Curators' sessions: sign in (sets the http-only session cookie), sign out, and who is signed in. */
export const authRouter = router({
  signIn: publicProcedure
    .input(z.object({ email: emailSchema, password: boundedText(PASSWORD_MAX) }))
    .mutation(async ({ ctx, input }) => ({ curator: await signIn(ctx, input) })),

  /** Ends this browser's session (the cookie is cleared); an API token is revoked with `tokens.revoke`. */
  signOut: curatorProcedure.mutation(async ({ ctx }) => {
    const secret = sessionSecretOf(ctx.request.cookie);
    if (secret) await deleteSession(ctx.db, hashSecret(secret), ctx.clock.now());
    ctx.request.setCookie?.(sessionCookie("", 0, ctx.siteUrl));
    return { signedOut: true };
  }),

  /** The signed-in curator, or null for a reader. */
  me: publicProcedure.query(async ({ ctx }) => ({ curator: await ctx.curator() })),
});

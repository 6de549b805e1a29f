import { listAccounts, setAccountDisabled } from "@scomm/db";
import { boundedText } from "@scomm/core";
import { z } from "zod";
import { createAccount, newAccountSchema } from "../auth/accounts.js";
import { adminProcedure, DomainError, router } from "../trpc.js";

const accountIdSchema = z.object({ id: boundedText(64) });

/** Admins manage the curators' accounts; an editor calling any of these gets a 403. */
export const accountsRouter = router({
  list: adminProcedure.query(({ ctx }) => listAccounts(ctx.db)),

  create: adminProcedure.input(newAccountSchema).mutation(({ ctx, input }) => createAccount(ctx.db, input, ctx.clock.now())),

  /** A disabled account can no longer sign in; its sessions end and its tokens stop working. */
  disable: adminProcedure.input(accountIdSchema).mutation(async ({ ctx, input }) => {
    if (input.id === ctx.signedIn.id) throw new DomainError("INVALID_INPUT", "an admin cannot disable their own account", "id");
    if (!(await setAccountDisabled(ctx.db, input.id, ctx.clock.now()))) throw new DomainError("NOT_FOUND", `no account ${input.id}`, "id");
    return { disabled: input.id };
  }),

  enable: adminProcedure.input(accountIdSchema).mutation(async ({ ctx, input }) => {
    if (!(await setAccountDisabled(ctx.db, input.id, null))) throw new DomainError("NOT_FOUND", `no account ${input.id}`, "id");
    return { enabled: input.id };
  }),
});

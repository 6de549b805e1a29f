import { accountsRouter } from "./routers/accounts.js";
import { authRouter } from "./routers/auth.js";
import { eventsRouter } from "./routers/events.js";
import { importsRouter } from "./routers/imports.js";
import { jurisdictionsRouter } from "./routers/jurisdictions.js";
import { recordRouter } from "./routers/record.js";
import { searchRouter } from "./routers/search.js";
import { statusRouter } from "./routers/status.js";
import { tokensRouter } from "./routers/tokens.js";
import { router } from "./trpc.js";

export const appRouter = router({
  jurisdictions: jurisdictionsRouter,
  events: eventsRouter,
  status: statusRouter,
  search: searchRouter,
  record: recordRouter,
  auth: authRouter,
  tokens: tokensRouter,
  accounts: accountsRouter,
  imports: importsRouter,
});

export type AppRouter = typeof appRouter;

import { eventsRouter } from "./routers/events.js";
import { jurisdictionsRouter } from "./routers/jurisdictions.js";
import { recordRouter } from "./routers/record.js";
import { searchRouter } from "./routers/search.js";
import { statusRouter } from "./routers/status.js";
import { router } from "./trpc.js";

export const appRouter = router({
  jurisdictions: jurisdictionsRouter,
  events: eventsRouter,
  status: statusRouter,
  search: searchRouter,
  record: recordRouter,
});

export type AppRouter = typeof appRouter;

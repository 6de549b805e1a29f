import { eventsRouter } from "./routers/events.js";
import { jurisdictionsRouter } from "./routers/jurisdictions.js";
import { statusRouter } from "./routers/status.js";
import { router } from "./trpc.js";

export const appRouter = router({
  jurisdictions: jurisdictionsRouter,
  events: eventsRouter,
  status: statusRouter,
});

export type AppRouter = typeof appRouter;

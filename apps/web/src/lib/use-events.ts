import type { TRPCClient } from "@trpc/client";
import { useQuery } from "@tanstack/react-query";
import type { AppRouter } from "@scomm/api";
import { useTRPCClient, type RouterInputs, type RouterOutputs } from "./trpc.js";

export type ListedEvent = RouterOutputs["events"]["list"]["events"][number];
type EventFilter = Omit<NonNullable<RouterInputs["events"]["list"]>, "cursor" | "limit">;

/**
 * Every event of a filter the web shows whole (the federal milestones, one type of stance event), page
 * after page of `events.list`. Its own query key: a page of `events.list` is cached under tRPC's.
 */
export function everyEventQuery(client: TRPCClient<AppRouter>, filter: EventFilter) {
  return {
    queryKey: ["events.list", "every page", filter] as const,
    queryFn: async (): Promise<ListedEvent[]> => {
      const events: ListedEvent[] = [];
      for (let cursor: string | undefined; ; ) {
        const page = await client.events.list.query({ ...filter, cursor });
        events.push(...page.events);
        if (!page.nextCursor) return events;
        cursor = page.nextCursor;
      }
    },
  };
}

/** Every event of a filter, when `enabled`. */
export function useEveryEvent(filter: EventFilter, { enabled = true }: { enabled?: boolean } = {}) {
  const client = useTRPCClient();
  return useQuery({ ...everyEventQuery(client, filter), enabled });
}

/** The federal events: the milestones and the PEP era several pages draw. */
const FEDERAL: EventFilter = { jurisdictionId: "US" };

/** The federal events' query outside components (the map's first frame asks for them before the first render). */
export const federalEventsQuery = (client: TRPCClient<AppRouter>) => everyEventQuery(client, FEDERAL);

export function useFederalEvents({ enabled = true }: { enabled?: boolean } = {}) {
  return useEveryEvent(FEDERAL, { enabled });
}

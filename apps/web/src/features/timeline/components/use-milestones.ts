import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { type TrpcOptions, useTRPC } from "../../../lib/trpc.js";
import { useFederalEvents } from "../../../lib/use-events.js";
import { eraBands, milestoneSeries, type SliderRange } from "../milestone-series.js";

/** The latest activation day among the counties and how many were switched on that day. */
export const lastActivationQuery = (trpc: TrpcOptions) => ({ ...trpc.record.lastActivation.queryOptions(), staleTime: Infinity });

/**
 * The slider's milestones from the api: the federal events, and the activations on the latest activation
 * day among the counties (the rollout's end, as the roster dates it).
 */
export function useMilestones(range: SliderRange) {
  const trpc = useTRPC();
  const federal = useFederalEvents();
  const last = useQuery(lastActivationQuery(trpc));
  return useMemo(
    () => ({
      milestones: milestoneSeries(federal.data ?? [], last.data ?? null, range),
      bands: eraBands(federal.data ?? [], range),
    }),
    [federal.data, last.data, range],
  );
}

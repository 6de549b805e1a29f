import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTRPC } from "../../../lib/trpc.js";
import { useEveryEvent, useFederalEvents } from "../../../lib/use-events.js";
import { eraBands, lastActivationDate, milestoneSeries, type SliderRange } from "../milestone-series.js";

/**
 * The slider's milestones from the api: the federal events, and the activations on the latest activation
 * day among the counties (the rollout's end, as the roster dates it).
 */
export function useMilestones(range: SliderRange) {
  const trpc = useTRPC();
  const federal = useFederalEvents();
  const counties = useQuery(trpc.jurisdictions.list.queryOptions({ level: "county" }));
  const last = useMemo(() => lastActivationDate((counties.data ?? []).map((c) => c.activationDate)), [counties.data]);
  const lastActivations = useEveryEvent({ type: "activated", from: last ?? undefined, to: last ?? undefined }, { enabled: last !== null });
  return useMemo(
    () => ({
      milestones: milestoneSeries(federal.data ?? [], lastActivations.data ?? [], range),
      bands: eraBands(federal.data ?? [], range),
    }),
    [federal.data, lastActivations.data, range],
  );
}

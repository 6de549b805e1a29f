import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTRPC } from "../../../lib/trpc.js";
import type { StateOption } from "./state-select.js";

/** Every jurisdiction the api lists (states, counties, the nation): one query shared by the views. */
export function useJurisdictions() {
  const trpc = useTRPC();
  return useQuery(trpc.jurisdictions.list.queryOptions({}));
}

/** The 50 states and DC by name, for the state filters. */
export function useStateOptions(): StateOption[] {
  const { data } = useJurisdictions();
  return useMemo(
    () =>
      (data ?? [])
        .filter((j) => j.level === "state")
        .map((j) => ({ id: j.id, name: j.name }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [data],
  );
}

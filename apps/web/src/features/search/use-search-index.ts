import type { SearchIndex } from "@scomm/core";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTRPC } from "../../lib/trpc.js";
import { searchIndexOf } from "./search-entries.js";

export interface SearchIndexState {
  index: SearchIndex | null;
  /** A county's name by FIPS, to say which county a city stands on. */
  countyName: (id: string) => string | null;
  error: { message: string } | null;
}

/**
 * The search index, built in the browser once its names are loaded. Nothing is fetched until `enabled`
 * (the header's box asks on first focus), then the lists stay cached for the session.
 */
export function useSearchIndex(enabled: boolean): SearchIndexState {
  const trpc = useTRPC();
  const list = useQuery(trpc.jurisdictions.list.queryOptions({}, { enabled }));
  const cities = useQuery(trpc.search.cities.queryOptions(undefined, { enabled }));
  const index = useMemo(() => (list.data && cities.data ? searchIndexOf(list.data, cities.data) : null), [list.data, cities.data]);
  const countyName = useMemo(() => {
    const names = new Map(list.data?.map((row) => [row.id, row.name]));
    return (id: string) => names.get(id) ?? null;
  }, [list.data]);
  return { index, countyName, error: list.error ?? cities.error };
}

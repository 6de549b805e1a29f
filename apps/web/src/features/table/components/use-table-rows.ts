import type { IsoDate, MapLevel } from "@scomm/core";
import { useQuery } from "@tanstack/react-query";

import { useTRPC } from "../../../lib/trpc.js";
import { ASK_AFTER_MS, useSettled } from "../../../lib/use-settled.js";

/**
 * Every state or county on `date` from the api (`status.table`), asked once the date rests: while the slider
 * moves, the rows of the last date asked stay on screen (their own `date` says which).
 */
export function useTableRows(date: IsoDate, level: MapLevel) {
  const trpc = useTRPC();
  const settled = useSettled(date, ASK_AFTER_MS);
  return useQuery({
    ...trpc.status.table.queryOptions({ date: settled, level }),
    placeholderData: (previous) => (previous?.level === level ? previous : undefined),
  });
}

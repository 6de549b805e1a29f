import { useQuery } from "@tanstack/react-query";
import { useMemo, type ReactNode } from "react";
import { useTRPC } from "../../../lib/trpc.js";
import { CorrectionProvider } from "../../corrections/components/correction-provider.js";
import { historyByEvent } from "../event-history.js";
import { EventHistoryContext } from "../event-history-context.js";

/** A jurisdiction page's corrections: its events' public history (events.history) and its one correction dialog. */
export function PageCorrections({ id, placeName, children }: { id: string; placeName: string; children: ReactNode }) {
  const trpc = useTRPC();
  const history = useQuery(trpc.events.history.queryOptions({ jurisdictionId: id }));
  const byEvent = useMemo(() => historyByEvent(history.data ?? []), [history.data]);
  return (
    <CorrectionProvider place={{ jurisdictionId: id, placeName }}>
      <EventHistoryContext.Provider value={byEvent}>{children}</EventHistoryContext.Provider>
    </CorrectionProvider>
  );
}

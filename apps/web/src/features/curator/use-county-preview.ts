import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTRPC } from "../../lib/trpc.js";
import { useFederalEvents } from "../../lib/use-events.js";
import { previewEventOf, type EventFields } from "./event-fields.js";
import { previewOf } from "./preview-series.js";

/**
 * The county's page (its record and events), the event the form now describes (`draft`, null while invalid), and the
 * county's status replayed with that draft (null until the county and the federal events have loaded).
 */
export function useCountyPreview(county: string, fields: EventFields, id: string) {
  const trpc = useTRPC();
  const page = useQuery(trpc.jurisdictions.byId.queryOptions({ id: county }));
  const federal = useFederalEvents();
  const draft = useMemo(() => previewEventOf(fields, id), [fields, id]);
  const preview = useMemo(
    () =>
      page.data && federal.data && draft
        ? previewOf({ county: page.data.jurisdiction, recorded: [...page.data.events, ...federal.data], draft })
        : null,
    [page.data, federal.data, draft],
  );
  return { page, draft, preview };
}

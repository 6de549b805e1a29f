import type { IsoDate } from "@scomm/core";
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTRPC, type RouterOutputs } from "../../lib/trpc.js";
import { ASK_AFTER_MS, useSettled } from "../../lib/use-settled.js";

export type JurisdictionPageData = RouterOutputs["jurisdictions"]["byId"];

/**
 * The jurisdiction's page from the server on `date`. The slider moves the date at once; the server's explanation
 * follows once it rests, and the page last shown stays on screen meanwhile.
 */
export function useJurisdictionPage(id: string, date: IsoDate) {
  const trpc = useTRPC();
  const settled = useSettled(date, ASK_AFTER_MS);
  return useQuery({
    ...trpc.jurisdictions.byId.queryOptions({ id, date: settled }),
    placeholderData: (previous: JurisdictionPageData | undefined) => previous,
  });
}

/** Arriving from the search box (focus released) or a link: reading starts at the page's name, once per jurisdiction. */
export function useFocusNameOnArrival(jurisdictionId: string | undefined): void {
  useEffect(() => {
    if (jurisdictionId && document.activeElement === document.body)
      document.querySelector<HTMLElement>(".jurisdiction-header__name")?.focus({ preventScroll: true });
  }, [jurisdictionId]);
}

/** The name the page is titled by: a county's with its state's code (county, then state code), a state's alone. */
export function titleName({ jurisdiction }: JurisdictionPageData, place: (name: string) => string): string {
  const name = place(jurisdiction.name);
  return jurisdiction.level === "county" && jurisdiction.stateCode ? `${name}, ${jurisdiction.stateCode}` : name;
}

import type { MouseEvent, ReactNode } from "react";
import { useLocationState } from "../../../lib/location.js";
import { routePath } from "../../../lib/router.js";
import { viewStateSearch } from "../../../lib/view-state.js";

/** A link to a jurisdiction's page `/j/<fips>` that keeps the view; a plain click stays in the app. */
export function JurisdictionLink({ id, children, className }: { id: string; children: ReactNode; className?: string }) {
  const { view, navigate } = useLocationState();
  const route = { page: "jurisdiction", id } as const;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    navigate(route);
  };
  return (
    <a href={routePath(route) + viewStateSearch(view)} className={className} onClick={onClick}>
      {children}
    </a>
  );
}

import type { MouseEvent, ReactNode } from "react";
import { useLocationState } from "../../../lib/location.js";
import { routePath, type Route } from "../../../lib/router.js";
import { viewStateSearch } from "../../../lib/view-state.js";

/** A link to another page of the atlas that keeps the view (date, language); opens in place unless modified. */
export function InternalLink({ route, className, children }: { route: Route; className?: string; children: ReactNode }) {
  const { view, navigate } = useLocationState();
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

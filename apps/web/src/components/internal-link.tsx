import type { AnchorHTMLAttributes, MouseEvent } from "react";
import { useLocationState } from "../lib/location.js";
import { routePath, type Route } from "../lib/router.js";
import { viewStateSearch } from "../lib/view-state.js";

type InternalLinkProps = { route: Route } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href" | "onClick">;

/** A link to another page of the atlas that keeps the view (date, language); opens in place unless modified. */
export function InternalLink({ route, children, ...anchor }: InternalLinkProps) {
  const { view, navigate } = useLocationState();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    navigate(route);
  };
  return (
    <a {...anchor} href={routePath(route) + viewStateSearch(view)} onClick={onClick}>
      {children}
    </a>
  );
}

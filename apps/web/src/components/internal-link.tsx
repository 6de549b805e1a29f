import type { AnchorHTMLAttributes, MouseEvent } from "react";
import { useSettledLocation } from "../lib/location.js";
import { routePath, type Route } from "../lib/router.js";
import { viewStateSearch } from "../lib/view-state.js";

type InternalLinkProps = {
  route: Route;
  /** A place on the target page (an element id), kept in the URL's fragment. */
  hash?: string;
} & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href" | "onClick">;

/** A link to another page of the atlas that keeps the view (date, language); opens in place unless modified. */
export function InternalLink({ route, hash, children, ...anchor }: InternalLinkProps) {
  const { view, navigate } = useSettledLocation();
  const href = routePath(route) + viewStateSearch(view) + (hash ? `#${hash}` : "");
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    navigate(route);
    // The fragment rides on the entry navigate pushed; the target page scrolls to it (`useScrollToHash`).
    if (hash) window.history.replaceState(window.history.state, "", href);
  };
  return (
    <a {...anchor} href={href} onClick={onClick}>
      {children}
    </a>
  );
}

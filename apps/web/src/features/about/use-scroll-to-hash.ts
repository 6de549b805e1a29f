import { useEffect } from "react";

/** Once the page has rendered, bring the element the URL's fragment names into view (`/about#glossary-pep`). */
export function useScrollToHash(): void {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (id) document.getElementById(id)?.scrollIntoView();
  }, []);
}

import { useI18n } from "../lib/i18n/use-i18n.js";
import { useRoute } from "../lib/location.js";
import type { Route } from "../lib/router.js";
import { InternalLink } from "./internal-link.js";

const PAGES = ["map", "trends", "changes", "table", "about"] as const;

/** The dashboard's pages; links keep the view (date, level, language). */
export function SiteNav() {
  const route = useRoute();
  const { m } = useI18n();
  return (
    <nav className="site-nav" aria-label={m.navLabel}>
      <ul className="site-nav__pages">
        {PAGES.map((page) => {
          const target = { page } as Route;
          return (
            <li key={page}>
              <InternalLink route={target} aria-current={route.page === page ? "page" : undefined}>
                {m.nav[page]}
              </InternalLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

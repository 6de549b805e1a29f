import { useI18n } from "../lib/i18n/use-i18n.js";
import { useLocationState } from "../lib/location.js";
import type { Route } from "../lib/router.js";
import type { Lang } from "../lib/view-state.js";
import { InternalLink } from "./internal-link.js";

const PAGES = ["map", "trends", "changes", "table"] as const;

/** The dashboard's pages and the language switch; links keep the view (date, level, language). */
export function SiteNav() {
  const { route, view, setView } = useLocationState();
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
      <label className="site-nav__lang">
        <span className="visually-hidden">{m.language}</span>
        <select value={view.lang} onChange={(e) => setView({ lang: e.currentTarget.value as Lang }, "push")}>
          <option value="en" lang="en">{m.languageName.en}</option>
          <option value="es" lang="es">{m.languageName.es}</option>
        </select>
      </label>
    </nav>
  );
}

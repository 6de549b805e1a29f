import { useI18n } from "../lib/i18n/use-i18n.js";
import { useLocationState } from "../lib/location.js";
import type { Route } from "../lib/router.js";
import { routePath } from "../lib/router.js";
import { viewStateSearch, type Lang } from "../lib/view-state.js";

const PAGES = ["map", "trends", "changes", "table"] as const;

/** The dashboard's pages and the language switch; links keep the view (date, level, language). */
export function SiteNav() {
  const { route, view, navigate, setView } = useLocationState();
  const { m } = useI18n();
  const go = (event: React.MouseEvent, target: Route) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(target);
  };
  return (
    <nav className="site-nav" aria-label="Pages">
      <ul className="site-nav__pages">
        {PAGES.map((page) => {
          const target = { page } as Route;
          return (
            <li key={page}>
              <a
                href={routePath(target) + viewStateSearch(view)}
                aria-current={route.page === page ? "page" : undefined}
                onClick={(e) => go(e, target)}
              >
                {m.nav[page]}
              </a>
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

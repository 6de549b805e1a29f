import { SearchBox } from "../features/search/components/search-box.js";
import { useI18n } from "../lib/i18n/use-i18n.js";
import { SiteNav } from "./site-nav.js";

/** Product name, what the map shows, where its facts come from, and the pages. */
export function SiteHeader() {
  const { m } = useI18n();
  return (
    <header className="site-header">
      <p className="site-header__kicker">{m.kicker}</p>
      <h1 className="site-header__title">{m.siteName}</h1>
      <p className="site-header__lede">{m.lede}</p>
      <p className="site-header__source">{m.sourceLine}</p>
      <SiteNav />
      <SearchBox label={m.search.landmark} />
    </header>
  );
}

import { SearchBox } from "../features/search/components/search-box.js";
import { useI18n } from "../lib/i18n/use-i18n.js";
import { LanguageSelect } from "./language-select.js";
import { SiteNav } from "./site-nav.js";

/**
 * One compact bar (product name, pages, search, language) and one line on what the map shows, so the
 * first screen leaves its room to the map, its date and its legend. The sources are on the About page.
 */
export function SiteHeader() {
  const { m } = useI18n();
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {m.skipToContent}
      </a>
      <div className="site-header__bar">
        <div className="site-header__brand">
          <h1 className="site-header__title">{m.siteName}</h1>
          <p className="site-header__kicker">{m.kicker}</p>
        </div>
        <SiteNav />
        <SearchBox label={m.search.landmark} />
        <LanguageSelect />
      </div>
      <p className="site-header__lede">{m.lede}</p>
    </header>
  );
}

import type { Lang } from "@scomm/core";
import { useI18n } from "../lib/i18n/use-i18n.js";
import { useSettledLocation } from "../lib/location.js";

/** The interface language; the choice lives in the URL (`lang=es`) like the rest of the view. */
export function LanguageSelect() {
  const { view, setView } = useSettledLocation();
  const { m } = useI18n();
  return (
    <label className="site-nav__lang">
      <span className="visually-hidden">{m.language}</span>
      <select value={view.lang} onChange={(e) => setView({ lang: e.currentTarget.value as Lang }, "push")}>
        <option value="en" lang="en">
          {m.languageName.en}
        </option>
        <option value="es" lang="es">
          {m.languageName.es}
        </option>
      </select>
    </label>
  );
}

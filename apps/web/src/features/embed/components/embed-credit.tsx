import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { useViewState } from "../../../lib/location.js";
import { permalink, type EmbedView } from "../../export/export-links.js";

/** The small line under an embed: the site's name, linking to the same view on the full site, and the sources. */
export function EmbedCredit({ view: embed }: { view: EmbedView }) {
  const { m } = useI18n();
  const [view] = useViewState();
  const full = permalink(window.location.origin, embed === "map" ? { page: "map" } : { page: "trends" }, { ...view, compact: false });
  return (
    <footer className="embed-credit" data-testid="embed-credit">
      <a href={full} target="_blank" rel="noopener">
        <strong>{m.embed.credit}</strong> · {m.embed.openFull[embed]}
        <span className="visually-hidden"> {m.embed.newTab}</span>
      </a>
      <span className="embed-credit__source">{m.embed.source}</span>
    </footer>
  );
}

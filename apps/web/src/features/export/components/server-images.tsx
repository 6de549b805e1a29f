import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { serverImageUrl, type ServerImageQuery } from "../export-links.js";

/** The server's own rendering of the same map or chart: plain URLs anyone can fetch without a browser. */
export function ServerImages({ origin, query }: { origin: string; query: ServerImageQuery }) {
  const { m } = useI18n();
  const t = m.export;
  const links = [
    { label: t.serverSvg, href: serverImageUrl(origin, "svg", query), format: "svg" },
    { label: t.serverPng, href: serverImageUrl(origin, "png", query), format: "png" },
    { label: t.serverPng2x, href: serverImageUrl(origin, "png", query, 1920), format: "png2x" },
  ];
  return (
    <section className="export-section" aria-labelledby="export-server-title">
      <h3 id="export-server-title" className="export-section__title">
        {t.server}
      </h3>
      <p className="export-note">{t.serverIntro[query.figure]}</p>
      <ul className="export-urls" data-testid="export-server-images">
        {links.map((link) => (
          <li key={link.format}>
            <span className="export-urls__format">{link.label}</span>
            <a href={link.href} data-format={link.format} target="_blank" rel="noopener">
              <code>{link.href}</code>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

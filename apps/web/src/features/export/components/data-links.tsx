import type { IsoDate } from "@scomm/core";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { dataLinks, feedLinks } from "../export-links.js";

interface DataLinksProps {
  origin: string;
  date: IsoDate;
  /** The jurisdiction whose page this is, for its feed; null elsewhere. */
  jurisdiction: { id: string; name: string } | null;
}

/** The CSV files (status.csv at the view's date), README, zip, and the Atom feeds. */
export function DataLinks({ origin, date, jurisdiction }: DataLinksProps) {
  const i18n = useI18n();
  const t = i18n.m.export;
  const feeds = feedLinks(origin, jurisdiction?.id ?? null);
  const fileName = (href: string) => new URL(href).pathname.split("/").pop() + (href.includes("status.csv") ? ` (${date})` : "");
  return (
    <section className="export-section" aria-labelledby="export-data-title">
      <h3 id="export-data-title" className="export-section__title">
        {t.data}
      </h3>
      <p className="export-note">{t.dataIntro}</p>
      <ul className="export-files" data-testid="export-data-links">
        {dataLinks(origin, date).map((link) => (
          <li key={link.key}>
            <a href={link.href} download data-file={link.key}>
              {fileName(link.href)}
            </a>
            <span>{i18n.fill(t.files[link.key], { date: i18n.date(date) })}</span>
          </li>
        ))}
        <li>
          <a href={feeds.site} data-file="feed">
            feed.atom
          </a>
          <span>{t.files.feed}</span>
        </li>
        {feeds.jurisdiction && jurisdiction && (
          <li>
            <a href={feeds.jurisdiction} data-file="jurisdiction-feed">
              {`j/${jurisdiction.id}/feed.atom`}
            </a>
            <span>{i18n.fill(t.files.jurisdictionFeed, { name: i18n.place(jurisdiction.name) })}</span>
          </li>
        )}
      </ul>
    </section>
  );
}

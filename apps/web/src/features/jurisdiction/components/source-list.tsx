import type { DatePrecision, Source } from "@scomm/core";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { copyLink, sourceHref } from "../source-links.js";

/** A source's own date ("2011", "2011-05", "2011-05-04") at the precision it was given. */
function sourceDate(date: string): [string, DatePrecision] {
  if (date.length === 4) return [`${date}-01-01`, "year"];
  if (date.length === 7) return [`${date}-01`, "month"];
  return [date, "day"];
}

/** An event's sources: title linked, publisher, date; a stored copy when it was read elsewhere. */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  const { m, date } = useI18n();
  return (
    <ul className="source-list" aria-label={m.jurisdiction.timeline.sources}>
      {sources.map((source, i) => {
        const href = sourceHref(source) ?? undefined;
        const copy = copyLink(source);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of sources without ids; two may share a title.
          <li key={i} className="source-list__item">
            <a href={href} target="_blank" rel="noreferrer" className="source-list__title" lang="en">
              {source.title}
            </a>
            <span className="source-list__meta">
              {" — "}
              <span lang="en">{source.publisher}</span>
              {", "}
              {source.date ? date(...sourceDate(source.date)) : m.jurisdiction.timeline.undated}
            </span>
            {copy && (
              <>
                {" ("}
                <a href={copy.href} target="_blank" rel="noreferrer">
                  {copy.kind === "archive" ? m.jurisdiction.timeline.storedCopy : m.jurisdiction.timeline.readCopy}
                </a>
                {")"}
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

import { CATEGORY_STYLES } from "../../map/category-colours.js";
import { Swatch } from "../../map/components/swatch.js";
import type { PreviewRow } from "../preview-series.js";
import { useCuratorI18n } from "../use-curator-i18n.js";

/** Each date the county's colour changes with the edit, marking those where it differs from the record as published. */
export function PreviewTransitions({ rows }: { rows: readonly PreviewRow[] }) {
  const { c, m, fill, date: formatDate } = useCuratorI18n();
  return (
    <ol className="curator-transitions" data-testid="preview-rows">
      {rows.map((row) => (
        <li
          key={row.date}
          data-date={row.date}
          data-category={row.category}
          data-changed={row.changed}
          className={row.changed ? "curator-transitions__changed" : undefined}
        >
          <span className="curator-transitions__date">{fill(c.preview.from, { date: formatDate(row.date) })}</span>{" "}
          <Swatch {...CATEGORY_STYLES[row.category]} /> <strong>{m.categories[row.category]}</strong>
          {row.changed && (
            <span className="curator-transitions__note">
              {" "}
              — {c.preview.changed} ({fill(c.preview.was, { category: m.categories[row.was] })})
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}

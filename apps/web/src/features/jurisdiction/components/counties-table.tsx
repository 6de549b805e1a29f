import type { IsoDate } from "@scomm/core";
import { useId, useMemo, useState } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { CATEGORY_STYLES } from "../../map/category-colours.js";
import { Swatch } from "../../map/components/swatch.js";
import { nextSort, sortCounties, type CountyRow, type CountySort, type CountySortKey } from "../county-rows.js";
import { InternalLink } from "../../../components/internal-link.js";

const COLUMNS: readonly CountySortKey[] = ["name", "activationDate", "category", "population2010"];

interface CountiesTableProps {
  rows: readonly CountyRow[];
  date: IsoDate;
  stateName: string;
}

/** A state's counties with their switch-on dates and status on the page's date; sortable by any column. */
export function CountiesTable({ rows, date, stateName }: CountiesTableProps) {
  const { m, fill, date: formatDate, number, place } = useI18n();
  const c = m.jurisdiction.counties;
  const titleId = useId();
  const [sort, setSort] = useState<CountySort>({ key: "activationDate", direction: "ascending" });
  const sorted = useMemo(() => sortCounties(rows, sort), [rows, sort]);
  const heading = (key: CountySortKey) => (key === "category" ? fill(c.columns.category, { date: formatDate(date) }) : c.columns[key]);
  return (
    <section className="counties" aria-labelledby={titleId}>
      <h3 id={titleId} className="jurisdiction-section__title">
        {fill(c.title, { state: stateName })}
      </h3>
      <div className="counties__scroll">
        <table className="counties__table" data-testid="counties-table">
          <caption className="counties__caption">{fill(c.caption, { count: number(rows.length) })}</caption>
          <thead>
            <tr>
              {COLUMNS.map((key) => (
                <th
                  key={key}
                  scope="col"
                  aria-sort={sort.key === key ? sort.direction : undefined}
                  className={`counties__th counties__th--${key}`}
                >
                  <button type="button" onClick={() => setSort(nextSort(sort, key))}>
                    {heading(key)}
                    <span aria-hidden="true" className="counties__arrow">
                      {sort.key === key ? (sort.direction === "ascending" ? "▲" : "▼") : "↕"}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <InternalLink route={{ page: "jurisdiction", id: row.id }}>{place(row.name)}</InternalLink>
                </th>
                <td>{row.activationDate ? <time dateTime={row.activationDate}>{formatDate(row.activationDate)}</time> : c.never}</td>
                <td>
                  <span className="counties__category">
                    <Swatch {...CATEGORY_STYLES[row.category]} />
                    {m.categories[row.category]}
                  </span>
                </td>
                <td className="counties__number">{row.population2010 === null ? "—" : number(row.population2010)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

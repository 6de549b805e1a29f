import type { IsoDate } from "@scomm/core";
import { useId, useMemo, useState } from "react";
import { useSortedTable } from "../../../lib/table-model/sortable-table.js";
import { SortHeaderRow } from "../../../lib/table-model/sort-header.js";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { CATEGORY_STYLES } from "../../map/category-colours.js";
import { Swatch } from "../../map/components/swatch.js";
import { COUNTY_COLUMNS, DEFAULT_COUNTY_SORT, inNameOrder, type CountyRow, type CountySortKey } from "../county-rows.js";
import { InternalLink } from "../../../components/internal-link.js";

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
  const [sort, setSort] = useState(DEFAULT_COUNTY_SORT);
  const inOrder = useMemo(() => inNameOrder(rows), [rows]);
  const table = useSortedTable({ columns: COUNTY_COLUMNS, rows: inOrder, sort, onSort: setSort });
  const heading = (key: CountySortKey) => (key === "category" ? fill(c.columns.category, { date: formatDate(date) }) : c.columns[key]);
  return (
    <section className="counties" aria-labelledby={titleId}>
      <h3 id={titleId} className="jurisdiction-section__title">
        {fill(c.title, { state: stateName })}
      </h3>
      <div className="counties__scroll">
        <table className="counties__table" data-testid="counties-table">
          <caption className="counties__caption">{fill(c.caption, { count: number(rows.length) })}</caption>
          <SortHeaderRow
            columns={table.getAllLeafColumns()}
            label={(id) => heading(id as CountySortKey)}
            className={(id) => `counties__th counties__th--${id}`}
            markClassName="counties__arrow"
          />
          <tbody>
            {table.getRowModel().rows.map(({ original: row }) => (
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

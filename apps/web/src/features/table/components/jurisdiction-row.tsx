import type { IsoDate, MapLevel } from "@scomm/core";
import { useI18n } from "../../../lib/i18n/use-i18n.js";

import { CATEGORY_STYLES } from "../../map/category-colours.js";
import { Swatch } from "../../map/components/swatch.js";
import type { TableRow } from "../table-series.js";
import { JurisdictionLink } from "./jurisdiction-link.js";
import { StanceText } from "./stance-text.js";

/** One state or county on `date`: its name as the reader's language writes it (a link) and FIPS, state, status, switch-on and each layer's stance. */
export function JurisdictionRow({ row, level, date }: { row: TableRow; level: MapLevel; date: IsoDate }) {
  const i18n = useI18n();
  const { m } = i18n;
  return (
    <tr data-testid="table-row" data-fips={row.id} data-category={row.category}>
      <th scope="row" className="col-name">
        <JurisdictionLink id={row.id}>{i18n.place(row.name)}</JurisdictionLink>
        <span className="jurisdiction-table__fips">{row.id}</span>
      </th>
      {level === "county" && <td className="col-state">{row.stateName && i18n.place(row.stateName)}</td>}
      <td className="col-category">
        <span className="jurisdiction-table__category">
          <Swatch {...CATEGORY_STYLES[row.category]} />
          {m.categories[row.category]}
        </span>
      </td>
      <td className={`col-activation${row.activationDate && row.activationDate > date ? " col-activation--later" : ""}`}>
        {row.activationDate ? <time dateTime={row.activationDate}>{i18n.date(row.activationDate)}</time> : m.table.notYet}
      </td>
      <td className="col-stance">
        <StanceText cell={row.stateStance} />
      </td>
      {level === "county" && <td className="col-stance">{row.countyStance && <StanceText cell={row.countyStance} />}</td>}
    </tr>
  );
}

import { standsForCounty } from "@scomm/core";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import type { SearchOption } from "../search-options.js";

/** What tells a match from its namesakes: "State", the county's state, or a city's (a borough's) county and state. */
export function OptionDetail({ option }: { option: SearchOption }) {
  const { m, fill, place } = useI18n();
  if (option.kind === "state") return <>{m.search.kind.state}</>;
  if (standsForCounty(option)) {
    const where = { county: option.countyName ? place(option.countyName) : option.id, state: option.stateCode ?? "" };
    return <>{fill(option.kind === "city" ? m.search.cityIn : m.search.boroughIn, where)}</>;
  }
  return <>{place(option.stateName ?? "")}</>;
}

import type { Category, MapLevel } from "@scomm/core";
import { ViewField } from "../../../components/view-field.js";
import { useI18n } from "../../../lib/i18n/use-i18n.js";

import { CategoryFilter } from "./category-filter.js";
import { StateSelect, type StateOption } from "./state-select.js";

interface TableFiltersProps {
  level: MapLevel;
  text: string;
  category: Category | null;
  state: string | null;
  states: readonly StateOption[];
  onLevel: (level: MapLevel) => void;
  onText: (text: string) => void;
  onCategory: (category: Category | null) => void;
  onState: (state: string | null) => void;
  onClear: () => void;
}

const LEVELS: readonly MapLevel[] = ["county", "state"];

/** Counties or states; a name, a status and a state to narrow them down. */
export function TableFilters(props: TableFiltersProps) {
  const { m } = useI18n();
  const active = props.text !== "" || props.category !== null || (props.level === "county" && props.state !== null);
  return (
    <div className="view-controls table-filters" role="search" aria-label={m.table.filters}>
      <fieldset className="level-toggle view-toggle">
        <legend className="visually-hidden">{m.table.level}</legend>
        {LEVELS.map((level) => (
          <label key={level} className="level-toggle__option">
            <input type="radio" name="table-level" value={level} checked={props.level === level} onChange={() => props.onLevel(level)} />
            <span>{m.levels[level]}</span>
          </label>
        ))}
      </fieldset>
      <ViewField label={m.table.search}>
        {(id) => (
          <input
            id={id}
            type="search"
            className="view-field__input"
            placeholder={m.table.searchPlaceholder}
            value={props.text}
            onChange={(e) => props.onText(e.currentTarget.value)}
          />
        )}
      </ViewField>
      <CategoryFilter value={props.category} onChange={props.onCategory} />
      {props.level === "county" && (
        <StateSelect
          label={m.table.state}
          allLabel={m.table.allStates}
          states={props.states}
          value={props.state}
          onChange={props.onState}
        />
      )}
      {active && (
        <button type="button" className="view-button table-filters__clear" onClick={props.onClear}>
          {m.table.clear}
        </button>
      )}
    </div>
  );
}

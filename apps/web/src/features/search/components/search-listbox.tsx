import type { IsoDate } from "@scomm/core";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { CATEGORY_STYLES } from "../../map/category-colours.js";
import { Swatch } from "../../map/components/swatch.js";
import type { SearchOption } from "../search-options.js";
import { OptionDetail } from "./option-detail.js";

interface SearchListboxProps {
  id: string;
  label: string;
  options: readonly SearchOption[];
  active: number;
  optionId: (index: number) => string;
  /** The date of the statuses shown (the view's). */
  date: IsoDate;
  onChoose: (option: SearchOption) => void;
  onHover: (index: number) => void;
}

/**
 * The list under the search field: each match with the state (and a city's county) that tells namesakes
 * apart, and its status on the view's date, named above the list.
 */
export function SearchListbox({ id, label, options, active, optionId, date, onChoose, onHover }: SearchListboxProps) {
  const { m, fill, date: formatDate, place } = useI18n();
  const empty = options.length === 0;
  return (
    <div className="search-box__popup" hidden={empty}>
      <p className="search-box__date" data-testid="search-status-date">
        {fill(m.search.statusOn, { date: formatDate(date) })}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA 1.2 combobox list; the input keeps the focus and points at the active option. */}
      <ul id={id} role="listbox" aria-label={label} className="search-box__list" hidden={empty}>
        {options.map((option, i) => (
          // biome-ignore lint/a11y/useFocusableInteractive: options never take the focus; the combobox input keeps it.
          <li
            key={option.key}
            id={optionId(i)}
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an option of the combobox list, reached through aria-activedescendant.
            role="option"
            aria-selected={i === active}
            className={`search-option${i === active ? " search-option--active" : ""}`}
            data-id={option.id}
            // mousedown, not click: the field keeps its focus, so the list does not close under the pointer.
            onMouseDown={(event) => {
              event.preventDefault();
              onChoose(option);
            }}
            onMouseMove={() => onHover(i)}
          >
            <span className="search-option__name">
              {option.kind === "county" || option.kind === "state" ? place(option.name) : option.name}
            </span>
            <span className={`search-option__detail${option.ambiguous ? " search-option__detail--strong" : ""}`}>
              <OptionDetail option={option} />
            </span>
            {option.category && (
              <span className="search-option__status" data-category={option.category}>
                <Swatch {...CATEGORY_STYLES[option.category]} />
                {m.categories[option.category]}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

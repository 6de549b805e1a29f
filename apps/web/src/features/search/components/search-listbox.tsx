import type { SearchOption } from "../search-options.js";
import { OptionDetail } from "./option-detail.js";

interface SearchListboxProps {
  id: string;
  label: string;
  options: readonly SearchOption[];
  active: number;
  optionId: (index: number) => string;
  onChoose: (option: SearchOption) => void;
  onHover: (index: number) => void;
}

/** The list under the search field: each match with the state (and a city's county) that tells namesakes apart. */
export function SearchListbox({ id, label, options, active, optionId, onChoose, onHover }: SearchListboxProps) {
  return (
    <ul id={id} role="listbox" aria-label={label} className="search-box__list" hidden={options.length === 0}>
      {options.map((option, i) => (
        <li
          key={option.key}
          id={optionId(i)}
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
          <span className="search-option__name">{option.name}</span>
          <span className={`search-option__detail${option.ambiguous ? " search-option__detail--strong" : ""}`}>
            <OptionDetail option={option} />
          </span>
        </li>
      ))}
    </ul>
  );
}

import { useId } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { useSettledLocation } from "../../../lib/location.js";
import type { SearchOption } from "../search-options.js";
import { searchStatus } from "../search-status.js";
import { useSearchCombobox } from "../use-search-combobox.js";
import { SearchListbox } from "./search-listbox.js";
import "../search.css";

interface SearchBoxProps {
  /** Names the search landmark (the header's and the 404 page's must differ). */
  label: string;
  /** Load the names at once rather than on first focus. */
  eager?: boolean;
  autoFocus?: boolean;
  testId?: string;
  /** Take the chosen place instead of opening it (a form's jurisdiction field): the focus stays in the box. */
  onChoose?: (option: SearchOption) => void;
}

/** No match (shown while open), and the live region that tells how many matches there are. */
function SearchStatus({ status, open, empty }: { status: string; open: boolean; empty: boolean }) {
  return (
    <>
      {open && empty && <p className="search-box__empty">{status}</p>}
      <span className="visually-hidden" role="status">
        {open ? status : ""}
      </span>
    </>
  );
}

/**
 * Type-ahead over every state, county, named city and known place, each with its status on the view's
 * date: a WAI-ARIA combobox (list autocomplete). Up/Down choose, Enter opens the chosen match or else the
 * best one (on the map: pins and frames it), Escape closes then clears.
 */
export function SearchBox({ label, eager = false, autoFocus = false, testId = "search", onChoose }: SearchBoxProps) {
  const i18n = useI18n();
  const { m } = i18n;
  const { view } = useSettledLocation();
  const box = useSearchCombobox(eager, onChoose);
  const { typed, open, options, expanded, active } = box;
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const status = searchStatus(i18n, { typed, error: box.error, ready: box.ready, matches: options.length });

  return (
    <div className="search-box" role="search" aria-label={label} data-testid={testId}>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {m.search.label}
      </label>
      <input
        ref={box.input}
        id={`${id}-input`}
        className="search-box__input"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        enterKeyHint="go"
        placeholder={m.search.placeholder}
        // biome-ignore lint/a11y/noAutofocus: only where the page exists to search (the not-found page), asked for by the caller.
        autoFocus={autoFocus}
        value={box.query}
        onChange={(event) => box.type(event.currentTarget.value)}
        onFocus={box.want}
        onClick={() => box.setOpen(true)}
        onBlur={() => box.setOpen(false)}
        onKeyDown={box.onKeyDown}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        {m.search.instructions}
      </span>
      <SearchListbox
        id={listId}
        label={m.search.label}
        options={expanded ? options : []}
        active={active}
        optionId={optionId}
        date={view.date}
        onChoose={box.choose}
        onHover={box.setActive}
      />
      <SearchStatus status={status} open={open} empty={Boolean(typed) && options.length === 0} />
    </div>
  );
}

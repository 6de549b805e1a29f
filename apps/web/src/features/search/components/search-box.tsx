import { searchJurisdictions } from "@scomm/core";
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { useSettledLocation } from "../../../lib/location.js";
import { moveActive, searchOptions, type SearchOption } from "../search-options.js";
import { useCategoryOnDate } from "../use-category-on-date.js";
import { useOpenChoice } from "../use-open-choice.js";
import { useSearchIndex } from "../use-search-index.js";
import { SearchListbox } from "./search-listbox.js";
import "../search.css";

const LIMIT = 8;

interface SearchBoxProps {
  /** Names the search landmark (the header's and the 404 page's must differ). */
  label: string;
  /** Load the names at once rather than on first focus. */
  eager?: boolean;
  autoFocus?: boolean;
  testId?: string;
}

/**
 * Type-ahead over every state, county, named city and known place, each with its status on the view's
 * date: a WAI-ARIA combobox (list autocomplete). Up/Down choose, Enter opens the chosen match or else the
 * best one (on the map: pins and frames it), Escape closes then clears.
 */
export function SearchBox({ label, eager = false, autoFocus = false, testId = "search" }: SearchBoxProps) {
  const { m, fill } = useI18n();
  const { view } = useSettledLocation();
  const openChoice = useOpenChoice();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [wanted, setWanted] = useState(eager);
  /** Enter pressed before the names arrived: open the best match as soon as they do. */
  const [pendingEnter, setPendingEnter] = useState(false);
  const { index, countyName, error } = useSearchIndex(wanted);
  const categoryOf = useCategoryOnDate(wanted);
  const typed = query.trim();
  const options = useMemo(
    () => (index && typed ? searchOptions(searchJurisdictions(index, typed, LIMIT), countyName, categoryOf) : []),
    [index, typed, countyName, categoryOf],
  );
  const expanded = open && options.length > 0;
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;

  const choose = (option: SearchOption | undefined) => {
    setPendingEnter(false);
    if (!option) return;
    setQuery("");
    setOpen(false);
    setActive(-1);
    // A pinned choice keeps the focus here until its panel opens and takes it; an opened page starts afresh.
    if (openChoice(option.id) === "opened") input.current?.blur();
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: `choose` is a fresh closure each render; what it reads is listed.
  useEffect(() => {
    if (pendingEnter && index) choose(options[0]);
  }, [pendingEnter, index, options]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp":
        event.preventDefault();
        setOpen(true);
        setActive((current) => moveActive(expanded ? current : -1, options.length, event.key as "ArrowDown" | "ArrowUp"));
        return;
      case "Enter":
        if (!typed) return;
        event.preventDefault();
        if (!index) setPendingEnter(true);
        else choose(options[active] ?? options[0]);
        return;
      case "Escape":
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query) {
          event.preventDefault();
          setQuery("");
        }
        return;
      case "Tab":
        setOpen(false);
        return;
    }
  };

  const status = !typed
    ? ""
    : error
      ? fill(m.search.failed, { message: error.message })
      : !index
        ? m.search.loading
        : options.length === 0
          ? fill(m.search.noMatch, { query: typed })
          : options.length === 1
            ? m.search.countOne
            : fill(m.search.count, { count: options.length });

  return (
    <div className="search-box" role="search" aria-label={label} data-testid={testId}>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {m.search.label}
      </label>
      <input
        ref={input}
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
        value={query}
        onChange={(event) => {
          setQuery(event.currentTarget.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setWanted(true)}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
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
        onChoose={choose}
        onHover={setActive}
      />
      {open && typed && options.length === 0 && <p className="search-box__empty">{status}</p>}
      <span className="visually-hidden" role="status">
        {open ? status : ""}
      </span>
    </div>
  );
}

import { searchJurisdictions } from "@scomm/core";
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { onComboboxKey } from "./combobox-keys.js";
import { searchOptions, type SearchOption } from "./search-options.js";
import { useCategoryOnDate } from "./use-category-on-date.js";
import { useOpenChoice } from "./use-open-choice.js";
import { useSearchIndex } from "./use-search-index.js";

const LIMIT = 8;

/** The matches for what was typed, each with its status on the view's date; nothing is loaded until `wanted`. */
function useSearchMatches(wanted: boolean, typed: string) {
  const { index, countyName, error } = useSearchIndex(wanted);
  const categoryOf = useCategoryOnDate(wanted);
  const options = useMemo(
    () => (index && typed ? searchOptions(searchJurisdictions(index, typed, LIMIT), countyName, categoryOf) : []),
    [index, typed, countyName, categoryOf],
  );
  return { options, ready: index !== null, error };
}

/**
 * The search combobox's state: what was typed, the list, the active option, and choosing one (opened, or
 * handed to `onChoose` when given).
 */
export function useSearchCombobox(eager: boolean, onChoose?: (option: SearchOption) => void) {
  const openChoice = useOpenChoice();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [wanted, setWanted] = useState(eager);
  /** Enter pressed before the names arrived: open the best match as soon as they do. */
  const [pendingEnter, setPendingEnter] = useState(false);
  const typed = query.trim();
  const { options, ready, error } = useSearchMatches(wanted, typed);
  const expanded = open && options.length > 0;

  const choose = (option: SearchOption | undefined) => {
    setPendingEnter(false);
    if (!option) return;
    setQuery("");
    setOpen(false);
    setActive(-1);
    if (onChoose) return onChoose(option);
    // A pinned choice keeps the focus here until its panel opens and takes it; an opened page starts afresh.
    if (openChoice(option.id) === "opened") input.current?.blur();
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: `choose` is a fresh closure each render; what it reads is listed.
  useEffect(() => {
    if (pendingEnter && ready) choose(options[0]);
  }, [pendingEnter, ready, options]);

  const enter = () => (ready ? choose(options[active] ?? options[0]) : setPendingEnter(true));
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) =>
    onComboboxKey(event, { expanded, query, typed, optionCount: options.length, setOpen, setActive, setQuery, enter });
  const type = (value: string) => {
    setQuery(value);
    setOpen(true);
    setActive(-1);
  };
  const want = () => setWanted(true);
  return { input, query, typed, open, setOpen, active, setActive, options, expanded, ready, error, choose, onKeyDown, type, want };
}

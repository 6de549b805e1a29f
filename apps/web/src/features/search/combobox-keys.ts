import type { KeyboardEvent } from "react";
import { moveActive } from "./search-options.js";

/** What a key in the search field reads and changes. */
export interface ComboboxKeyState {
  expanded: boolean;
  query: string;
  typed: string;
  optionCount: number;
  setOpen: (open: boolean) => void;
  setActive: (update: (current: number) => number) => void;
  setQuery: (query: string) => void;
  /** Enter with something typed: open the chosen match or the best one. */
  enter: () => void;
}

/** Up/Down choose (opening the list), Enter opens, Escape closes then clears, Tab closes. */
export function onComboboxKey(event: KeyboardEvent<HTMLInputElement>, state: ComboboxKeyState): void {
  const { expanded, query, typed, optionCount, setOpen, setActive, setQuery, enter } = state;
  switch (event.key) {
    case "ArrowDown":
    case "ArrowUp":
      event.preventDefault();
      setOpen(true);
      setActive((current) => moveActive(expanded ? current : -1, optionCount, event.key as "ArrowDown" | "ArrowUp"));
      return;
    case "Enter":
      if (!typed) return;
      event.preventDefault();
      enter();
      return;
    case "Escape":
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(() => -1);
      } else if (query) {
        event.preventDefault();
        setQuery("");
      }
      return;
    case "Tab":
      setOpen(false);
      return;
  }
}

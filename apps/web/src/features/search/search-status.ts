import type { I18n } from "../../lib/i18n/use-i18n.js";

export interface SearchProgress {
  /** What was typed, trimmed. */
  typed: string;
  error: { message: string } | null;
  /** Whether the names have arrived. */
  ready: boolean;
  matches: number;
}

/** What the search's live region says: nothing before typing, then loading, failure, no match or how many. */
export function searchStatus({ m, fill }: Pick<I18n, "m" | "fill">, { typed, error, ready, matches }: SearchProgress): string {
  if (!typed) return "";
  if (error) return fill(m.search.failed, { message: error.message });
  if (!ready) return m.search.loading;
  if (matches === 0) return fill(m.search.noMatch, { query: typed });
  return matches === 1 ? m.search.countOne : fill(m.search.count, { count: matches });
}

import type { Lang } from "@scomm/core";

export interface Choice {
  id: string;
  /** The name shown (in the reader's language). */
  name: string;
}

/**
 * The picker's options: each jurisdiction under the name the reader sees, in that language's alphabetical
 * order ("Carolina del Norte" among the C's in Spanish).
 */
export function choicesOf(list: readonly { id: string; name: string }[], nameOf: (name: string) => string, lang: Lang): Choice[] {
  return list.map(({ id, name }) => ({ id, name: nameOf(name) })).sort((a, b) => a.name.localeCompare(b.name, lang));
}

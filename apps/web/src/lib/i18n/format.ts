import type { Lang } from "@scomm/core";
import { LOCALES } from "@scomm/render";
import { IntlMessageFormat } from "intl-messageformat";

export { formatDate, formatNumber } from "@scomm/render";

const messages = new Map<string, IntlMessageFormat>();

/**
 * A message in ICU MessageFormat (FormatJS's intl-messageformat), filled with `values`: `{name}`, and plurals as
 * the language counts them (`{count, plural, one {# county} other {# counties}}`, `#` written as the language
 * writes numbers). Each text is compiled once per language and kept: the slider fills some on every step.
 */
export function fill(lang: Lang, template: string, values: Record<string, string | number>): string {
  const key = `${lang}\u0000${template}`;
  let message = messages.get(key);
  if (!message) {
    message = new IntlMessageFormat(template, LOCALES[lang]);
    messages.set(key, message);
  }
  return String(message.format(values));
}

import { useMemo } from "react";
import { curator as en, type CuratorMessages } from "../../lib/i18n/en/curator.js";
import { curator as es } from "../../lib/i18n/es/curator.js";
import { useI18n, type I18n } from "../../lib/i18n/use-i18n.js";
import type { Lang } from "@scomm/core";

const CURATOR_MESSAGES: Record<Lang, CuratorMessages> = { en, es };

/** The interface's i18n plus the curators' own text (`c`), which only these screens load. */
export function useCuratorI18n(): I18n & { c: CuratorMessages } {
  const i18n = useI18n();
  return useMemo(() => ({ ...i18n, c: CURATOR_MESSAGES[i18n.lang] }), [i18n]);
}

/** An instant (ISO 8601) as a reader of the language writes a date and time, in the reader's time zone. */
export function formatInstant(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === "es" ? "es-ES" : "en-US", { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}

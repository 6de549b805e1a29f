import type { CuratorMessages } from "../../lib/i18n/en/curator.js";
import { fill } from "../../lib/i18n/format.js";
import type { Lang } from "@scomm/core";
import { formFieldOf } from "./api-errors.js";

const SOURCE_PARTS = { title: "sourceTitle", publisher: "publisher", date: "sourceDate", url: "url" } as const;
const OWN_LABELS = [
  "date",
  "datePrecision",
  "type",
  "actor",
  "summary",
  "actorEs",
  "summaryEs",
  "confidence",
  "reason",
  "placeName",
  "placeLevel",
  "jurisdiction",
  "sources",
] as const;

/** The label a reader saw for the field an api issue names ("Source 1: URL"); the api's own name for any other. */
export function fieldLabel(issueField: string, c: CuratorMessages, lang: Lang): string {
  const key = formFieldOf(issueField);
  const source = /^sources\.(\d+)\.(title|publisher|date|url)$/.exec(key);
  if (source)
    return `${fill(lang, c.form.sourceN, { n: Number(source[1]) + 1 })}: ${c.form[SOURCE_PARTS[source[2] as keyof typeof SOURCE_PARTS]]}`;
  return (OWN_LABELS as readonly string[]).includes(key) ? c.form[key as (typeof OWN_LABELS)[number]] : issueField;
}

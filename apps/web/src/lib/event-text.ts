import type { Event, Lang } from "@scomm/core";

/** An event's actor and summary in the reader's language where the record has it, and the language it is in. */
export interface EventText {
  actor: string;
  summary: string;
  lang: Lang;
}

export function eventText(event: Pick<Event, "actor" | "summary" | "actorEs" | "summaryEs">, lang: Lang): EventText {
  if (lang === "es" && event.summaryEs) return { actor: event.actorEs ?? event.actor, summary: event.summaryEs, lang: "es" };
  return { actor: event.actor, summary: event.summary, lang: "en" };
}

import { z } from "zod";
import { SPANISH_FILE_NAME } from "./files.js";
import type { LocatedEvent } from "./located-event.js";
import type { ProblemLog } from "./problem.js";
import { rowField } from "./raw-event.js";

const entrySchema = z.object({ actor: z.string().trim().min(1), summary: z.string().trim().min(1) }).strict();
const fileSchema = z.record(z.string(), entrySchema);

/**
 * Puts each researched event's Spanish actor and summary (`sc-events-es.json`, an object by event id) on
 * the event. A malformed entry is a problem on its id. (That every entry names a researched event, and every
 * researched event has one, is checked on the real files by spanish-text.test.ts: a row that fails its own
 * checks must not make its translation a second problem.)
 */
export function applySpanishText(located: LocatedEvent[], json: unknown, log: ProblemLog): void {
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) log.at(SPANISH_FILE_NAME, null, rowField(issue.path) || "(file)", issue.message);
    return;
  }
  const researched = new Map(located.filter((l) => l.origin.file.endsWith(".json")).map((l) => [l.event.id, l]));
  for (const [id, text] of Object.entries(parsed.data)) {
    const target = researched.get(id);
    if (target) target.event = { ...target.event, actorEs: text.actor, summaryEs: text.summary };
  }
}

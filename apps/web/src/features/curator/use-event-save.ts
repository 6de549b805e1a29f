import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPCClient } from "../../lib/trpc.js";
import { apiProblemOf, type ApiProblem } from "./api-errors.js";
import { rowOf, sourceUrlProblems, spanishOf, type EventFields } from "./event-fields.js";

/** What a save did: the event's id, its new revision, and whether it is now published. */
export interface Saved {
  id: string;
  revision: number;
  published: boolean;
}

interface SaveInput {
  /** Null for a new event. */
  id: string | null;
  baseRevision: number;
  fields: EventFields;
  /** The form differs from the version it was loaded from (a new event always does). */
  dirty: boolean;
  reason: string;
  publish: boolean;
}

/**
 * Save the form as a draft (create or update), then publish it if asked; a draft left unchanged is published as
 * it is. An address that is not http(s) is refused here, before the api is asked. After a publish every query
 * is refetched: the map's data, the jurisdiction pages and the lists all follow the new record.
 */
export function useEventSave(uiMessages: { urlScheme: string }) {
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  const save = async ({ id, baseRevision, fields, dirty, reason, publish }: SaveInput): Promise<Saved | null> => {
    const badUrls = sourceUrlProblems(fields);
    if (badUrls.length > 0) {
      setProblem({
        code: "BAD_REQUEST",
        message: uiMessages.urlScheme,
        issues: badUrls.map(({ index }) => ({ field: `event.sources[${index}].url`, message: uiMessages.urlScheme })),
      });
      return null;
    }
    setBusy(true);
    setProblem(null);
    try {
      const event = rowOf(fields);
      let saved = { id: id ?? "", revision: baseRevision };
      if (id === null) saved = await client.events.create.mutate({ event, ...spanishOf(fields), reason });
      else if (dirty) saved = await client.events.update.mutate({ id, baseRevision, event, ...spanishOf(fields), reason });
      if (publish) saved = await client.events.publish.mutate({ id: saved.id, baseRevision: saved.revision, reason });
      await (publish ? queryClient.invalidateQueries() : queryClient.invalidateQueries({ predicate: isCuratorQuery }));
      return { ...saved, published: publish };
    } catch (error) {
      setProblem(apiProblemOf(error));
      return null;
    } finally {
      setBusy(false);
    }
  };
  return { save, busy, problem, setProblem };
}

/** The curators' own lists (drafts, recent changes, an event's versions and history). */
function isCuratorQuery(query: { queryKey: readonly unknown[] }): boolean {
  const path = query.queryKey[0];
  return Array.isArray(path) && path[0] === "events" && ["drafts", "recent", "editable", "revisions"].includes(String(path[1]));
}

import { useQuery } from "@tanstack/react-query";

/**
 * The queues other parts of the api bring (planned names): a dataset import's conflicts and the readers'
 * corrections. Their screens are slots: a tab shows only when the api answers its procedure.
 */
export const QUEUES = { imports: "imports.conflicts", corrections: "corrections.queue" } as const;
export type QueueName = keyof typeof QUEUES;

export interface QueueProbe {
  available: boolean;
  /** How many items wait, when the procedure answers a list. */
  waiting: number | null;
}

/** Asks the api for the queue's procedure: tRPC answers 404 for a procedure it does not have. */
async function probe(procedure: string): Promise<QueueProbe> {
  const response = await fetch(`/trpc/${procedure}`, { headers: { Accept: "application/json" } });
  if (response.status === 404) return { available: false, waiting: null };
  const body = (await response.json().catch(() => null)) as { result?: { data?: unknown } } | null;
  const data = body?.result?.data;
  return { available: true, waiting: Array.isArray(data) ? data.length : null };
}

export function useQueue(name: QueueName) {
  return useQuery({ queryKey: ["curator queue", name], queryFn: () => probe(QUEUES[name]), staleTime: 60_000 });
}

import autocannon, { type Result, type Run } from "autocannon";
import type { Pair } from "./publish-pair.js";

const READERS = 50;
/** What every reader asks in turn: the map's timeline and a few jurisdiction pages (plain and as a batch of one). */
const READS = [
  { path: "/api/timeline.json" },
  ...["48201", "36047", "06037", "17031", "48"].map((id) => ({
    path: `/trpc/jurisdictions.byId?input=${encodeURIComponent(JSON.stringify({ id }))}`,
  })),
  { path: `/trpc/jurisdictions.byId?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { id: "48113" } }))}` },
];

export interface ReaderCounts {
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

/** READERS connections (half on A, half on B) read without pause for as long as `during` runs. */
export async function hammer<T>(
  { a, b }: Pair,
  during: () => Promise<T>,
): Promise<{ during: T; readers: Record<"A" | "B", ReaderCounts> }> {
  const runs: Run[] = [a, b].map((server) => autocannon({ url: server.url, connections: READERS / 2, duration: 3600, requests: READS }));
  try {
    const result = await during();
    for (const run of runs) run.stop();
    const [onA, onB] = await Promise.all(runs);
    return { during: result, readers: { A: countsOf(onA!), B: countsOf(onB!) } };
  } finally {
    for (const run of runs) run.stop();
  }
}

function countsOf(result: Result): ReaderCounts {
  return { ok: result["2xx"], non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts };
}

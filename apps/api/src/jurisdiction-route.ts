import type { IncomingMessage, ServerResponse } from "node:http";
import type { StatusModel } from "@scomm/core";
import { LRUCache } from "lru-cache";
import { createContext, type AppDeps } from "./context.js";
import { precomputeJson, sendPrecomputedJson, type PrecomputedJson } from "./precomputed-json.js";
import { appRouter } from "./router.js";
import { createCallerFactory } from "./trpc.js";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** The one procedure read on every jurisdiction page, and what a batch of just it looks like on the wire. */
export const BY_ID_PATH = "/trpc/jurisdictions.byId";

const createCaller = createCallerFactory(appRouter);

/**
 * GET of `jurisdictions.byId` alone (plain or as a batch of one), answered ahead of Express: the procedure runs
 * through a tRPC caller on the first ask, and its answer, encoded once with an ETag and gzip, is kept per
 * model in an LRU bounded in bytes. Anything else (another query string, an input the procedure refuses)
 * goes to `fallback`, the Express app, which answers it as every other tRPC call, errors included.
 */
export function jurisdictionHandler(deps: AppDeps, fallback: Handler, maxBytes = 32 * 1024 * 1024): Handler {
  const answers = new LRUCache<string, PrecomputedJson>({ maxSize: maxBytes, sizeCalculation: (a) => a.byteLength });
  let cachedFor: StatusModel = deps.model;
  return (req, res) => {
    const call = singleCall(req.url ?? "");
    if (!call) return fallback(req, res);
    // A publish swaps the model: what was kept describes the old record.
    if (cachedFor !== deps.model) {
      answers.clear();
      cachedFor = deps.model;
    }
    const key = `${call.batched ? "b" : "p"}|${call.raw}|${deps.clock.today()}`;
    const kept = answers.get(key);
    if (kept) return sendPrecomputedJson(req, res, kept);
    byIdAnswer(deps, call).then(
      (answer) => {
        if (cachedFor === deps.model) answers.set(key, answer);
        sendPrecomputedJson(req, res, answer);
      },
      () => fallback(req, res),
    );
  };
}

interface SingleCall {
  /** The input exactly as the URL carries it (decoded): the cache key. */
  raw: string;
  input: unknown;
  batched: boolean;
}

/** `?input=<json>` or `?batch=1&input={"0":<json>}` and nothing else; null for any other shape. */
function singleCall(url: string): SingleCall | null {
  const query = url.indexOf("?");
  if (query < 0 || url.slice(0, query) !== BY_ID_PATH) return null;
  const params = new URLSearchParams(url.slice(query + 1));
  const raw = params.get("input");
  const batched = params.get("batch") === "1";
  if (raw === null || [...params.keys()].length !== (batched ? 2 : 1)) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!batched) return { raw, input: parsed, batched };
    const calls = typeof parsed === "object" && parsed ? Object.entries(parsed) : [];
    return calls.length === 1 && calls[0]![0] === "0" ? { raw, input: calls[0]![1], batched } : null;
  } catch {
    return null;
  }
}

/** The procedure's answer in tRPC's HTTP shape (an array for a batch), encoded once. */
async function byIdAnswer(deps: AppDeps, call: SingleCall): Promise<PrecomputedJson> {
  const data = await createCaller(createContext(deps)).jurisdictions.byId(call.input as never);
  const result = { result: { data } };
  return precomputeJson(JSON.stringify(call.batched ? [result] : result));
}

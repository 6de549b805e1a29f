import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { pino, type Level } from "pino";
import { pinoHttp } from "pino-http";
import type { Logger } from "./context.js";

/** A request id a proxy in front may pass on: short, and nothing a log line could be forged with. */
const REQUEST_ID = /^[\w.-]{1,64}$/;

export interface ServerLogs {
  /** For AppDeps: the app's own messages. */
  logger: Logger;
  /** One JSON line per answered request, with its id (also sent back as X-Request-Id). */
  requests: (req: IncomingMessage, res: ServerResponse) => void;
}

/** JSON logs on stdout (pino), at `level`; "silent" writes nothing. */
export function createServerLogs(level: Level | "silent"): ServerLogs {
  const base = pino({ level });
  const requests = pinoHttp({
    logger: base,
    genReqId: (req, res) => {
      const given = req.headers["x-request-id"];
      const id = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader("X-Request-Id", id);
      return id;
    },
    // Only what an operator needs: method, path (the query may be long), status, time.
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split("?")[0] }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
  });
  return {
    logger: { info: (message) => base.info(message), error: (message, error) => base.error({ err: error }, message) },
    requests: (req, res) => requests(req, res),
  };
}

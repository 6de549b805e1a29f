import type { Server } from "node:http";

/** Whether the server should get new traffic; /readyz answers 503 once `draining` is set. */
export interface Readiness {
  draining: boolean;
}

export interface DrainOptions {
  readiness: Readiness;
  /** Closed once the last in-flight request has been answered: the database, the render pool. */
  close: () => Promise<unknown>;
  /** In-flight requests still open after this long are cut. */
  timeoutMs?: number;
}

const IDLE_CHECK_MS = 50;

/**
 * A graceful stop: report not ready, stop accepting connections, close idle keep-alive ones, let every
 * in-flight request finish, then close what the server holds. Resolves true when everything finished in
 * time, false when the timeout had to cut connections.
 */
export function drain(server: Server, { readiness, close, timeoutMs = 10_000 }: DrainOptions): Promise<boolean> {
  readiness.draining = true;
  return new Promise((resolve, reject) => {
    let inTime = true;
    const timer = setTimeout(() => {
      inTime = false;
      server.closeAllConnections();
    }, timeoutMs);
    // A keep-alive connection whose request finishes goes idle: close it then rather than at its timeout.
    const idle = setInterval(() => server.closeIdleConnections(), IDLE_CHECK_MS);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      clearInterval(idle);
      close().then(() => resolve(inTime), reject);
    });
    server.closeIdleConnections();
  });
}

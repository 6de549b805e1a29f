import pg from "pg";
import type { RecordWatch, RecordWatchOptions } from "./index.js";

/**
 * LISTEN on a connection of its own (a pooled one would go back to the pool and stop listening). When it drops
 * (the server restarted, a network cut, an idle timeout), it reconnects after 100 ms, then twice as long each
 * failed attempt up to `maxBackoffMs`, for as long as the watch is open. After every LISTEN, the first
 * included, `onChange` runs once: an announcement sent while nobody listened is lost, and so is one sent
 * between the start's model build and the first LISTEN.
 *
 * Written on `pg` directly rather than with pg-listen (last released 2020): what is needed is this one loop.
 */
export function listenPostgres(url: string, channel: string, options: RecordWatchOptions): RecordWatch {
  const { instance, onChange, onError = () => {}, maxBackoffMs = 10_000 } = options;
  let closed = false;
  let client: pg.Client | undefined;
  let failures = 0;
  let retry: NodeJS.Timeout | undefined;
  let listening = () => {};
  const ready = new Promise<void>((resolve) => (listening = resolve));

  const reconnectLater = () => {
    if (closed || retry) return;
    const wait = Math.min(maxBackoffMs, 100 * 2 ** failures++);
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, wait);
  };
  const connect = async () => {
    // keepAlive: a half-open connection (the peer gone without a FIN) errors out instead of listening forever.
    const next = new pg.Client({ connectionString: url, keepAlive: true, keepAliveInitialDelayMillis: 10_000 });
    let dropped = false;
    const drop = (error?: unknown) => {
      if (dropped) return;
      dropped = true;
      if (error) onError(error);
      if (client === next) client = undefined;
      next.removeAllListeners("notification");
      void next.end().catch(() => {});
      reconnectLater();
    };
    next.on("error", drop);
    next.on("end", () => drop());
    next.on("notification", (message) => message.payload !== instance && onChange());
    try {
      await next.connect();
      await next.query(`LISTEN ${channel}`);
    } catch (error) {
      return drop(error);
    }
    if (closed) return void next.end().catch(() => {});
    client = next;
    failures = 0;
    listening();
    onChange();
  };
  void connect();
  return {
    ready,
    async close() {
      closed = true;
      clearTimeout(retry);
      listening();
      const open = client;
      client = undefined;
      await open?.end().catch(() => {});
    },
  };
}

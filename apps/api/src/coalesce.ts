/**
 * Runs `task` one at a time, and folds the calls that arrive while it runs into one more run: that run starts
 * after the current one ends, so it sees whatever those callers saw before they called. Any number of calls
 * during a run cost exactly one more run, and each caller's promise settles with a run that started after
 * its call. (A queue, which model-refresh used before, runs once per call; p-limit and friends do too.)
 */
export function coalesced<T>(task: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  let next: Promise<T> | undefined;
  const start = (): Promise<T> => {
    const run: Promise<T> = task().finally(() => {
      if (running === run) running = undefined;
    });
    running = run;
    return run;
  };
  return () => {
    if (!running) return start();
    next ??= running
      .catch(() => {})
      .then(() => {
        next = undefined;
        return start();
      });
    return next;
  };
}

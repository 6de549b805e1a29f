import { isMainThread, threadId } from "node:worker_threads";

/** A render-pool task for tests: holds its thread until the test sets the gate's first Int32 to 1. */
export default function hold({ gate }) {
  Atomics.wait(new Int32Array(gate), 0, 0);
  return { isMainThread, threadId };
}

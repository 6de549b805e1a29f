import { describe, expect, it } from "vitest";
import { coalesced } from "./coalesce.js";

/** A task whose runs the test ends one by one; each resolves to its run number. */
function manualTask() {
  const ends: Array<() => void> = [];
  let runs = 0;
  const task = () => {
    const run = ++runs;
    return new Promise<number>((resolve) => ends.push(() => resolve(run)));
  };
  return { task, runs: () => runs, endRun: (n: number) => ends[n - 1]!() };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("coalesced", () => {
  it("folds every call made during a run into exactly one more run, started after that run", async () => {
    const { task, runs, endRun } = manualTask();
    const run = coalesced(task);
    const first = run();
    const during = [run(), run(), run()];
    await settle();
    expect(runs()).toBe(1);

    endRun(1);
    expect(await first).toBe(1);
    await settle();
    expect(runs()).toBe(2);
    endRun(2);
    expect(await Promise.all(during)).toEqual([2, 2, 2]);
    await settle();
    expect(runs()).toBe(2);
  });

  it("a call during the second run waits for a third; a failed run does not stop the next", async () => {
    let runs = 0;
    const run = coalesced(async () => {
      runs++;
      if (runs === 1) throw new Error("the database went away");
      return runs;
    });
    const failed = run();
    const after = run();
    await expect(failed).rejects.toThrow("the database went away");
    expect(await after).toBe(2);
    expect(await run()).toBe(3);
  });
});

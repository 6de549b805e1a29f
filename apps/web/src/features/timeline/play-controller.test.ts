import { describe, expect, it } from "vitest";
import { advance, DAYS_PER_SECOND, frame, MAX_FRAME_MS, pause, play, playbackDate, STEP_MS, type Playback } from "./play-controller.js";

const RANGE = { start: "2008-01-01", end: "2013-01-22" };

/** Feed frames every `every` ms for `total` ms, the way requestAnimationFrame would. */
function run(playback: Playback, total: number, every = 10): Playback {
  let p = frame(playback, 0, RANGE);
  for (let t = every; t <= total && p.playing; t += every) p = frame(p, t, RANGE);
  return p;
}

describe("play", () => {
  it("starts where the slider is, or from the start when it is at the end", () => {
    expect(playbackDate(play("2010-05-01", 1, "smooth", RANGE))).toBe("2010-05-01");
    expect(playbackDate(play("2013-01-22", 1, "smooth", RANGE))).toBe("2008-01-01");
  });
});

describe("advance (smooth)", () => {
  it("moves about a month per second at 1x and four at 4x", () => {
    const start = play("2008-01-01", 1, "smooth", RANGE);
    expect(playbackDate(run(start, 1000))).toBe("2008-01-31");
    expect(playbackDate(run({ ...start, speed: 4 }, 1000))).toBe("2008-05-01");
    expect(playbackDate(run({ ...start, speed: 0.5 }, 2000))).toBe("2008-01-31");
  });

  it("is given speed and elapsed ms, and nothing else", () => {
    const start = play("2010-01-01", 2, "smooth", RANGE);
    expect(advance(start, 50, RANGE).day - start.day).toBeCloseTo((50 / 1000) * DAYS_PER_SECOND * 2);
  });

  it("counts a long stall as one short frame", () => {
    const start = play("2010-01-01", 1, "smooth", RANGE);
    expect(advance(start, 60_000, RANGE).day).toBe(advance(start, MAX_FRAME_MS, RANGE).day);
    expect(advance(start, -5, RANGE).day).toBe(start.day);
  });

  it("stops on the last day", () => {
    const end = run(play("2012-12-01", 4, "smooth", RANGE), 5000);
    expect(end.playing).toBe(false);
    expect(playbackDate(end)).toBe("2013-01-22");
    expect(advance(end, 100, RANGE)).toBe(end);
  });

  it("plays 2008 to 2013 at 4x in about fifteen seconds", () => {
    let p = frame(play("2008-01-01", 4, "smooth", RANGE), 0, RANGE);
    let t = 0;
    while (p.playing) p = frame(p, (t += 16), RANGE);
    expect(t / 1000).toBeGreaterThan(14);
    expect(t / 1000).toBeLessThan(16);
  });
});

describe("advance (reduced motion: steps)", () => {
  it("jumps to the first of the next month once per step interval", () => {
    const start = play("2010-01-15", 1, "steps", RANGE);
    expect(playbackDate(run(start, STEP_MS - 20))).toBe("2010-01-15");
    expect(playbackDate(run(start, STEP_MS + 20))).toBe("2010-02-01");
    expect(playbackDate(run({ ...start, speed: 2 }, 2 * STEP_MS + 20))).toBe("2010-05-01");
  });

  it("stops at the end of the range", () => {
    const end = run(play("2012-12-01", 4, "steps", RANGE), 5000);
    expect(end.playing).toBe(false);
    expect(playbackDate(end)).toBe("2013-01-22");
  });
});

describe("pause", () => {
  it("keeps the date and forgets the clock", () => {
    const playing = run(play("2010-01-01", 1, "smooth", RANGE), 500);
    const paused = pause(playing);
    expect(paused).toMatchObject({ playing: false, lastFrame: null, day: playing.day });
    expect(frame(paused, 10_000, RANGE)).toBe(paused);
  });
});

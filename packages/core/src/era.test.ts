import { describe, expect, it } from "vitest";
import { byDate, byReadingOrder, eraAt, eraSpans, pepSpan } from "./era.js";
import { event } from "./testing/fixtures.js";

describe("byReadingOrder", () => {
  // May 2011: a denial known only to the month answers a termination dated May 4.
  const denied = event("17", "2011-05-01", "opt_out_denied", { datePrecision: "month" });
  const terminated = event("17", "2011-05-04", "moa_terminated_by_state");
  const june = event("17", "2011-06-01", "other");
  const yearOnly = event("17", "2011-01-01", "other", { datePrecision: "year" });

  it("puts a month-dated event after the dated events of its month, before the next month", () => {
    expect([june, denied, terminated].sort(byReadingOrder)).toEqual([terminated, denied, june]);
  });
  it("puts a year-dated event after every event of its year", () => {
    expect([yearOnly, june, terminated].sort(byReadingOrder)).toEqual([terminated, june, yearOnly]);
  });
  it("leaves the replay order alone: byDate still starts a month-dated event on its first day", () => {
    expect([terminated, denied].sort(byDate)).toEqual([denied, terminated]);
  });
});

describe("eraSpans and pepSpan", () => {
  // Hand-made federal events (fixtures, not the record): launched 2008-10-27, PEP from 2014-11-20, restored 2017-01-25.
  const launched = event("US", "2008-10-27", "program_launched");
  const memo = event("US", "2010-10-02", "program_mandatory_memo");
  const ended = event("US", "2014-11-20", "program_ended");
  const restored = event("US", "2017-01-25", "program_reinstated");
  const federal = [restored, memo, ended, launched];

  it("opens an era at each era-setting event and closes it on the next one's day", () => {
    expect(eraSpans(federal, "2020-01-01").map(({ era, from, to }) => ({ era, from, to }))).toEqual([
      { era: "secure_communities", from: "2008-10-27", to: "2014-11-20" },
      { era: "pep", from: "2014-11-20", to: "2017-01-25" },
      { era: "restored", from: "2017-01-25", to: null },
    ]);
  });
  it("knows only the events up to the day asked", () => {
    expect(pepSpan(federal, "2014-11-19")).toBeNull();
    expect(pepSpan(federal, "2014-11-20")).toEqual({ from: "2014-11-20", to: null });
    expect(pepSpan(federal, "2017-01-25")).toEqual({ from: "2014-11-20", to: "2017-01-25" });
  });
  it("agrees with eraAt on every day", () => {
    expect(eraAt(federal, "2008-10-26")).toEqual({ era: "pre_program", event: null });
    expect(eraAt(federal, "2016-01-01")).toEqual({ era: "pep", event: ended });
    expect(eraAt(federal, "2017-01-25").era).toBe("restored");
  });
});

import { describe, expect, it } from "vitest";
import { byDate, byReadingOrder } from "./era.js";
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

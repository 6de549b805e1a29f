import { describe, expect, it } from "vitest";
import { addMonths, dayNumber, fromDayNumber, isCalendarDate, monthStarts } from "./dates.js";
import { isoDateSchema } from "./schemas.js";

describe("calendar dates", () => {
  it("runs in a non-UTC zone, so a shifted day would show", () => {
    expect(new Date().getTimezoneOffset()).not.toBe(0);
  });
  it("round-trips every day of 2008-2013 without shifting", () => {
    for (let d = dayNumber("2008-01-01"); d <= dayNumber("2013-12-31"); d++) {
      expect(dayNumber(fromDayNumber(d))).toBe(d);
    }
    expect(fromDayNumber(dayNumber("2011-07-01"))).toBe("2011-07-01");
  });
  it("rejects impossible and malformed dates", () => {
    expect(isCalendarDate("2011-02-30")).toBe(false);
    expect(isCalendarDate("2012-02-29")).toBe(true);
    expect(isCalendarDate("2011-7-1")).toBe(false);
    expect(isoDateSchema.safeParse("2011-13-01").success).toBe(false);
  });
  it("reads years 0 to 99 as themselves, not as 1900-1999", () => {
    expect(fromDayNumber(dayNumber("0000-01-01"))).toBe("0000-01-01");
    expect(dayNumber("0099-12-31")).toBeLessThan(dayNumber("1899-12-31"));
    expect(isCalendarDate("0050-06-30")).toBe(true);
  });
  it("steps by months across years", () => {
    expect(addMonths("2012-12-15", 1)).toBe("2013-01-01");
    expect(addMonths("2013-01-31", -1)).toBe("2012-12-01");
    expect(monthStarts("2008-01-15", "2008-04-01")).toEqual(["2008-01-01", "2008-02-01", "2008-03-01", "2008-04-01"]);
  });
  it("counts months as numbers: the last month of year 9999 is one month, a reversed range none", () => {
    expect(monthStarts("9999-12-01", "9999-12-31")).toEqual(["9999-12-01"]);
    expect(monthStarts("9998-11-20", "9999-12-31")).toHaveLength(14);
    expect(monthStarts("2012-02-01", "2012-01-31")).toEqual([]);
    expect(monthStarts("2012-01-20", "2012-01-05")).toEqual(["2012-01-01"]);
    expect(() => monthStarts("2012-01-01", "10000-01-01")).toThrow(RangeError);
  });
});

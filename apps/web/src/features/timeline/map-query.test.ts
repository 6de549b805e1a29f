import { describe, expect, it } from "vitest";
import { longDate, monthLabel } from "./date-label.js";

describe("date labels", () => {
  it("read the calendar date without shifting it in a non-UTC zone", () => {
    expect(longDate("2011-07-01")).toBe("July 1, 2011");
    expect(monthLabel("2013-01-22")).toBe("Jan 2013");
  });
});

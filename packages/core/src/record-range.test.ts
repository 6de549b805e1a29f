import { describe, expect, it } from "vitest";
import { RECORD_START, recordDateProblem, recordEnd } from "./record-range.js";
import { recordDateSchema } from "./schemas.js";

const TODAY = "2020-06-15";

describe("the record's dates", () => {
  it("end a year after today, 29 February stepping to the 28th", () => {
    expect(recordEnd(TODAY)).toBe("2021-06-15");
    expect(recordEnd("2024-02-29")).toBe("2025-02-28");
    expect(recordEnd("2023-12-31")).toBe("2024-12-31");
  });

  it("take every real date from 1980-01-01 to a year after today", () => {
    for (const date of [RECORD_START, "2008-01-01", TODAY, "2021-06-15", "2012-02-29"])
      expect(recordDateProblem(date, TODAY), date).toBeNull();
  });

  it("name what is wrong with any other value", () => {
    const cases: [unknown, string][] = [
      ["1979-12-31", "must not be before 1980-01-01"],
      ["0000-01-01", "must not be before 1980-01-01"],
      ["2021-06-16", "must not be after 2021-06-15, a year after today"],
      ["9999-12-31", "must not be after 2021-06-15, a year after today"],
      ["2011-02-30", "is not a real calendar date"],
      ["2011-7-1", "must be a date written YYYY-MM-DD"],
      ["10000-01-01", "must be a date written YYYY-MM-DD"],
      [" 2011-07-01", "must be a date written YYYY-MM-DD"],
      [20110701, "must be a date written YYYY-MM-DD"],
      [null, "must be a date written YYYY-MM-DD"],
    ];
    for (const [value, problem] of cases) expect(recordDateProblem(value, TODAY), String(value)).toBe(problem);
  });

  it("are the same rule as a zod schema, for parsers that want one", () => {
    const schema = recordDateSchema(TODAY);
    expect(schema.safeParse("2011-07-01").success).toBe(true);
    expect(schema.safeParse("9999-12-31").error?.issues.map((i) => i.message)).toEqual([
      "must not be after 2021-06-15, a year after today",
    ]);
    expect(schema.safeParse(7).error?.issues.map((i) => i.message)).toEqual(["must be a date written YYYY-MM-DD"]);
  });
});

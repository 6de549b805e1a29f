import { describe, expect, it } from "vitest";
import { nextSort, sortCounties, type CountyRow } from "./county-rows.js";

const rows: CountyRow[] = [
  { id: "17031", name: "Cook County", activationDate: "2013-01-22", population2010: 5_194_675, category: "over_objection" },
  { id: "17043", name: "DuPage County", activationDate: "2009-11-24", population2010: 916_924, category: "over_objection" },
  { id: "17001", name: "Adams County", activationDate: null, population2010: 67_103, category: "opt_out_pending" },
];
const order = (key: Parameters<typeof nextSort>[1], direction: "ascending" | "descending") =>
  sortCounties(rows, { key, direction }).map((r) => r.id);

describe("sortCounties", () => {
  it("sorts by activation date either way, never-activated last", () => {
    expect(order("activationDate", "ascending")).toEqual(["17043", "17031", "17001"]);
    expect(order("activationDate", "descending")).toEqual(["17031", "17043", "17001"]);
  });
  it("sorts by name, by population and by category (legend order, ties by name)", () => {
    expect(order("name", "ascending")).toEqual(["17001", "17031", "17043"]);
    expect(order("population2010", "descending")).toEqual(["17031", "17043", "17001"]);
    expect(order("category", "ascending")).toEqual(["17001", "17031", "17043"]);
  });
});

describe("nextSort", () => {
  it("flips the same column and starts a new one ascending (population largest first)", () => {
    expect(nextSort({ key: "name", direction: "ascending" }, "name")).toEqual({ key: "name", direction: "descending" });
    expect(nextSort({ key: "name", direction: "ascending" }, "activationDate")).toEqual({ key: "activationDate", direction: "ascending" });
    expect(nextSort({ key: "name", direction: "ascending" }, "population2010")).toEqual({ key: "population2010", direction: "descending" });
  });
});

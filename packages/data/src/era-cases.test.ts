import { buildStatusModel, pepSpan, type Event } from "@scomm/core";
import { describe, expect, it } from "vitest";
import { loadDataset } from "./load.js";

const federal = buildStatusModel(loadDataset()).federalEvents;
const dateOf = (type: Event["type"]) => federal.find((e) => e.type === type)!.date;

describe("pepSpan", () => {
  it("runs from the program's end to its reinstatement, as the federal events date them", () => {
    expect(pepSpan(federal, "2020-06-15")).toEqual({ from: dateOf("program_ended"), to: dateOf("program_reinstated") });
  });

  it("follows the events when they move, and is open while the program has not been reinstated", () => {
    const moved = federal.map((e) => (e.type === "program_ended" ? { ...e, date: "2015-02-02" } : e));
    expect(pepSpan(moved, "2020-06-15")).toEqual({ from: "2015-02-02", to: dateOf("program_reinstated") });
    expect(
      pepSpan(
        federal.filter((e) => e.type !== "program_reinstated"),
        "2020-06-15",
      ),
    ).toEqual({ from: dateOf("program_ended"), to: null });
  });

  it("knows only the events up to the day asked: none before the end, open before the reinstatement", () => {
    expect(pepSpan(federal, "2012-01-01")).toBeNull();
    expect(pepSpan(federal, dateOf("program_ended"))).toEqual({ from: dateOf("program_ended"), to: null });
  });
});

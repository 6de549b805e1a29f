import { describe, expect, it } from "vitest";
import { activationDate, lastActivation } from "./activation.js";
import { buildStatusModel } from "./model.js";
import { dataset, event } from "./testing/fixtures.js";

const roster = (url: string) => ({ sources: [{ title: "Roster", publisher: "ICE", date: null, url, foundAt: null }] });

describe("activation", () => {
  // 01001 on 2009-03-01; 01003 and 02001 on 2010-05-04 (02001 through its state's whole-state switch-on).
  const model = buildStatusModel(
    dataset(
      ["US", "01", "01001", "01003", "02", "02001"],
      [
        event("01001", "2009-03-01", "activated", roster("https://roster/a")),
        event("01003", "2010-05-04", "activated", roster("https://roster/b")),
        event("02", "2010-05-04", "full_state_activation", roster("https://roster/b")),
        event("01003", "2011-01-01", "opt_out_requested"),
      ],
    ),
  );

  it("dates a county's switch-on, and a state's by its first county", () => {
    expect(activationDate(model, "01003")).toBe("2010-05-04");
    expect(activationDate(model, "02001")).toBe("2010-05-04");
    expect(activationDate(model, "01")).toBe("2009-03-01");
    expect(activationDate(model, "US")).toBeNull();
  });

  it("finds the latest switch-on day, the counties switched on that day and their sources once each", () => {
    expect(lastActivation(model)).toEqual({
      date: "2010-05-04",
      datePrecision: "day",
      counties: 2,
      sources: [{ title: "Roster", publisher: "ICE", date: null, url: "https://roster/b", foundAt: null }],
    });
  });

  it("is null for a record where no county was switched on", () => {
    expect(lastActivation(buildStatusModel(dataset(["US", "01", "01001"], [])))).toBeNull();
  });
});

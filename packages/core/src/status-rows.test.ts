import { describe, expect, it } from "vitest";
import { buildStatusModel } from "./model.js";
import { statusRowsAt } from "./status-rows.js";
import { dataset, event } from "./testing/fixtures.js";

const ids = ["US", "01", "01001", "01003", "02", "02001"];
const activation = event("01001", "2009-05-01", "activated");
const optOut = event("01", "2010-06-01", "opt_out_requested", { actor: "Governor", actorEs: "La gobernadora" });
const cityLimit = event("01001", "2012-01-01", "detainer_policy_limited", { placeLevel: "city", placeName: "Town", actor: "Town council" });
const model = buildStatusModel(
  dataset(ids, [
    activation,
    optOut,
    event("01", "2010-09-01", "opt_out_denied"),
    cityLimit,
    event("01", "2013-01-01", "objection_withdrawn"),
    event("02001", "2010-01-01", "activated"),
  ]),
);

describe("statusRowsAt", () => {
  it("has one row per jurisdiction of the level, by FIPS, states without a county layer", () => {
    expect(statusRowsAt(model, "2011-01-01", "county").map((r) => r.id)).toEqual(["01001", "01003", "02001"]);
    const states = statusRowsAt(model, "2011-01-01", "state");
    expect(states.map((r) => r.id)).toEqual(["01", "02"]);
    expect(states.every((r) => r.countyStance === null)).toBe(true);
  });

  it("reads the category and each layer's stance, since when and who, on the date", () => {
    const [county, notYet] = statusRowsAt(model, "2012-06-01", "county");
    expect(county).toMatchObject({ category: "over_objection", activationDate: "2009-05-01", stateFips: "01" });
    expect(county!.stateStance).toEqual({ stance: "objects", since: "2010-06-01", actor: "Governor", actorEs: "La gobernadora" });
    expect(county!.countyStance).toEqual({ stance: "limits", since: "2012-01-01", actor: "Town council", actorEs: null });
    expect(notYet).toMatchObject({ category: "opt_out_pending", activationDate: null });
  });

  it("keeps the switch-on date even before it, and lets a withdrawn objection go", () => {
    const [before] = statusRowsAt(model, "2009-01-01", "county");
    expect(before).toMatchObject({ category: "not_activated", activationDate: "2009-05-01" });
    expect(before!.stateStance).toEqual({ stance: "none", since: null, actor: null, actorEs: null });
    const [after] = statusRowsAt(model, "2013-06-01", "county");
    expect(after).toMatchObject({ category: "limits" });
    expect(after!.stateStance.stance).toBe("none");
  });

  it("dates a state's switch-on from its first county", () => {
    expect(statusRowsAt(model, "2009-01-01", "state").map((r) => r.activationDate)).toEqual([activation.date, "2010-01-01"]);
    expect(statusRowsAt(model, "2009-06-01", "state")[0]).toMatchObject({ category: "activated", activationDate: "2009-05-01" });
  });
});

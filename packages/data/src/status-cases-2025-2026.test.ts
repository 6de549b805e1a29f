import { buildStatusModel, categoryAt, explainStatus } from "@scomm/core";
import { describe, expect, it } from "vitest";
import { loadDataset } from "./load.js";

/**
 * The December 2026 update (data/updates-2026-12): corrections, the missing mandates and the 2025-2026
 * laws. Each expected category is derived by hand from the dated rows named in the comment, not read
 * from the model's output.
 */
const model = buildStatusModel(loadDataset());

describe("the record brought to today (run with a non-UTC TZ)", () => {
  it("King County WA on 2011-07-01: not yet switched on, and Washington never objected", () => {
    // Roster: King 2012-04-03. sc-026 (Nov 2010) is now `other`: the State Patrol left the choice to counties.
    expect(categoryAt(model, "53033", "2011-07-01")).toBe("not_activated");
    const why = explainStatus(model, "53033", "2011-07-01");
    expect(why.effectiveStance).toBe("none");
    expect(categoryAt(model, "53033", "2012-06-01")).toBe("activated");
  });

  it("Travis County TX limits on 2017-09-10 and is mandated once SB 4's detainer rule took effect", () => {
    // sc-x185 (county limits, 2017-02-01); sc-x204 (Texas SB 4's detainer provisions in force 2017-09-25).
    expect(categoryAt(model, "48453", "2017-09-10")).toBe("limits");
    expect(categoryAt(model, "48453", "2017-09-24")).toBe("limits");
    expect(categoryAt(model, "48453", "2017-10-01")).toBe("mandates");
  });

  it("Grafton County NH: Lebanon's limit outlives Hanover's reversal, then New Hampshire mandates", () => {
    // Hanover limits 2020 (sc-y903), Lebanon 2021 (sc-y904); Hanover rescinds 2025-12-08 (sc-y021),
    // Lebanon 2025-12-31 (sc-y020); the state law takes effect 2026-01-01 (sc-y023).
    expect(categoryAt(model, "33009", "2025-12-15")).toBe("limits");
    expect(explainStatus(model, "33009", "2025-12-15").countyLayer?.event?.placeName).toBe("Lebanon");
    expect(categoryAt(model, "33009", "2025-12-31")).toBe("activated");
    expect(categoryAt(model, "33009", "2026-01-02")).toBe("mandates");
  });

  it("Montgomery County MD limits on 2026-03-01, its own and Maryland's", () => {
    // County limits since 2014 (sc-x163) and 2019 (sc-x217); Maryland's law of 2026-02-17 (sc-y027).
    const why = explainStatus(model, "24031", "2026-03-01");
    expect(why.category).toBe("limits");
    expect(why.stateLayer.stance).toBe("limits");
    expect(why.stateLayer.event?.id).toBe("sc-y027");
  });

  it("Jefferson County KY (Louisville) is plain Activated on 2026-11-30 after the 2025 reversal", () => {
    // Louisville limits from 2017-10-26 (sc-y901) and rescinds 2025-07-22 (sc-y014); Kentucky has no stance.
    expect(categoryAt(model, "21111", "2025-07-21")).toBe("limits");
    expect(categoryAt(model, "21111", "2026-11-30")).toBe("activated");
  });

  it("Iowa's and Florida's mandates start on the day their laws took effect", () => {
    // Iowa SF 481 in force 2018-07-01 (sc-x210); Florida SB 168 in force 2019-07-01 (sc-x221).
    expect(explainStatus(model, "19", "2018-06-30").stateLayer.stance).not.toBe("mandates");
    expect(explainStatus(model, "19", "2018-07-01").stateLayer.stance).toBe("mandates");
    expect(explainStatus(model, "12", "2019-06-30").stateLayer.stance).not.toBe("mandates");
    expect(explainStatus(model, "12", "2019-07-01").stateLayer.stance).toBe("mandates");
  });
});

import { buildStatusModel, categoryAt, explainStatus } from "@scomm/core";
import { describe, expect, it } from "vitest";
import { loadDataset } from "./load.js";

/** The post-2013 layer (sc-events-extra): detainer policies and state laws that limit or mandate cooperation. */
const model = buildStatusModel(loadDataset());

describe("after 2013 (run with a non-UTC TZ)", () => {
  it("a Texas county is plain Activated in 2016 and 'state mandates cooperation' after SB 4", () => {
    expect(categoryAt(model, "48001", "2016-01-01")).toBe("activated");
    expect(categoryAt(model, "48001", "2018-01-01")).toBe("mandates");
    expect(explainStatus(model, "48001", "2018-01-01").stateLayer.event?.id).toBe("sc-x204");
  });

  it("Multnomah County OR limits cooperation from its activation, under Oregon's 1987 law", () => {
    const activation = explainStatus(model, "41051", "2013-01-22").activation!;
    expect(categoryAt(model, "41051", activation.date)).toBe("limits");
    expect(explainStatus(model, "41051", activation.date).stateLayer.event?.date).toBe("1987-07-07");
  });

  it("Miami-Dade: limits in 2014, Activated in 2018 after its 2017 reversal, mandated after Florida's 2019 law", () => {
    expect(categoryAt(model, "12086", "2014-06-01")).toBe("limits");
    expect(categoryAt(model, "12086", "2018-01-01")).toBe("activated");
    // SB 168 took effect on 2019-07-01 (signed 2019-06-14).
    expect(categoryAt(model, "12086", "2019-06-30")).toBe("activated");
    expect(categoryAt(model, "12086", "2019-07-01")).toBe("mandates");
  });

  it("Massachusetts counties move from over objection to limits with the 2017 state ruling", () => {
    expect(categoryAt(model, "25017", "2017-07-23")).toBe("over_objection");
    expect(categoryAt(model, "25017", "2017-07-24")).toBe("limits");
    expect(categoryAt(model, "25013", "2017-07-24")).toBe("limits");
  });

  it("New York and Illinois counties stop being over objection when their states' later laws take effect", () => {
    expect(categoryAt(model, "36047", "2020-12-14")).toBe("over_objection");
    expect(categoryAt(model, "36047", "2020-12-15")).toBe("limits");
    expect(categoryAt(model, "17031", "2021-08-01")).toBe("over_objection");
    expect(categoryAt(model, "17031", "2021-08-02")).toBe("limits");
  });

  it("a 287(g) termination changes no status", () => {
    const terminations = loadDataset().events.filter((e) => e.type === "287g_terminated");
    expect(terminations.length).toBeGreaterThan(0);
    for (const e of terminations) {
      for (const id of e.jurisdictionIds) {
        const history = model.history.get(id) ?? [];
        expect(history.some((t) => t.eventIds.includes(e.id))).toBe(false);
      }
    }
  });
});

import { buildStatusModel, explainStatus } from "@scomm/core";
import { loadDataset } from "@scomm/data";
import { describe, expect, it } from "vitest";
import { whySteps } from "./why-steps.js";

const model = buildStatusModel(loadDataset());
const ids = (events: readonly { id: string }[]) => events.map((e) => e.id);

describe("whySteps", () => {
  it("explains Cook County on 2013-02-01: Illinois objects (its May 2011 termination) over the county's own limits", () => {
    const why = whySteps(explainStatus(model, "17031", "2013-02-01"), "county");
    expect(why.category).toBe("over_objection");
    expect(why.steps.map((s) => [s.role, s.stance ?? s.era, s.decides])).toEqual([
      ["era", "secure_communities", false],
      ["state_stance", "objects", true],
      ["county_stance", "limits", false],
      ["activation", null, false],
    ]);
    const [, state, county, activation] = why.steps;
    expect(ids(state!.events)).toContain("sc-030");
    expect(ids(county!.events)[0]).toBe("sc-042");
    expect(ids(activation!.events)).toEqual(["act-17031"]);
  });

  it("puts the explanation's answers under the objection they answer: Illinois was told it could not leave, then every agreement was voided", () => {
    const cook = whySteps(explainStatus(model, "17031", "2013-02-01"), "county");
    const [, state, county] = cook.steps;
    expect(ids(state!.answers)).toEqual(["sc-031", "sc-041"]);
    expect(county!.answers).toEqual([]);
  });

  it("gives an objecting county the answers to its own objection: DHS's to all, then ICE's to Arlington", () => {
    // Arlington objected on 2010-09-28 and stopped pursuing it on 2010-11-08 (sc-y910).
    const arlington = whySteps(explainStatus(model, "51013", "2010-11-07"), "county");
    expect(ids(arlington.steps[2]!.answers)).toEqual(["sc-022", "sc-023"]);
    expect(arlington.steps[1]!.answers).toEqual([]);
  });

  it("gives a state three layers and leaves empty those with nothing recorded yet", () => {
    const why = whySteps(explainStatus(model, "36", "2008-06-01"), "state");
    expect(why.steps.map((s) => [s.role, s.events.length])).toEqual([
      ["era", 1],
      ["state_stance", 0],
      ["activation", 0],
    ]);
    expect(why.activated).toBe(false);
  });
});

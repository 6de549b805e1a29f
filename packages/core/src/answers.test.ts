import { describe, expect, it } from "vitest";
import { answersTo } from "./answers.js";
import { explainStatus } from "./explain.js";
import { buildStatusModel } from "./model.js";
import type { Layer } from "./replay.js";
import type { Event } from "./schemas.js";
import { dataset, event } from "./testing/fixtures.js";

const ids = (events: readonly Event[]) => events.map((e) => e.id);
const layer = (stance: Layer["stance"], run: Event[]): Layer => ({ stance, event: run.at(-1) ?? null, run });

describe("answersTo", () => {
  const request = event("01", "2010-06-01", "opt_out_requested");
  const termination = event("01", "2011-05-04", "moa_terminated_by_state");
  const early = event("01", "2010-05-01", "opt_out_denied");
  const denial = event("01", "2010-09-01", "opt_out_denied");
  const other = event("01", "2010-10-01", "other");
  const federalDenial = event("US", "2010-10-06", "opt_out_denied");
  const launch = event("US", "2008-03-01", "program_launched");
  const voided = event("US", "2011-08-05", "moa_voided_by_dhs");
  const own = [early, request, denial, other, termination];
  const federal = [launch, federalDenial, voided];

  it("gives nothing to a layer that does not object", () => {
    expect(answersTo(layer("limits", [event("01", "2010-06-01", "detainer_policy_limited")]), own, federal, "2012-01-01")).toEqual([]);
    expect(answersTo(layer("none", []), own, federal, "2012-01-01")).toEqual([]);
  });

  it("takes the layer's own denials and the federal answers from its first objection up to the date, in date order", () => {
    const objects = layer("objects", [request, termination]);
    expect(ids(answersTo(objects, own, federal, "2011-07-01"))).toEqual(ids([denial, federalDenial]));
    expect(ids(answersTo(objects, own, federal, "2011-08-05"))).toEqual(ids([denial, federalDenial, voided]));
  });

  it("lists an event recorded on the layer and on the nation once", () => {
    const both = event("01", "2010-09-02", "opt_out_denied", { jurisdictionIds: ["01", "US"] });
    const objects = layer("objects", [request]);
    expect(ids(answersTo(objects, [request, both], [both, voided], "2012-01-01"))).toEqual(ids([both, voided]));
  });
});

describe("explainStatus answers", () => {
  const m = buildStatusModel(
    dataset(
      ["US", "01", "01001", "02", "02001"],
      [
        event("US", "2008-03-01", "program_launched"),
        event("US", "2010-10-06", "opt_out_denied", { id: "us-denial" }),
        event("US", "2011-08-05", "moa_voided_by_dhs", { id: "us-voided" }),
        event("01", "2010-06-01", "opt_out_requested"),
        event("01", "2010-09-01", "opt_out_denied", { id: "01-denial" }),
        event("01001", "2010-01-01", "activated"),
        event("01001", "2010-07-01", "opt_out_requested"),
        event("01001", "2010-11-05", "opt_out_denied", { id: "01001-denial" }),
        event("02001", "2009-01-01", "activated"),
        event("02001", "2009-06-01", "opt_out_requested"),
        event("02001", "2009-09-01", "opt_out_denied", { id: "02001-first-denial" }),
        event("02001", "2010-01-01", "detainer_policy_rescinded"),
        event("02001", "2011-01-01", "participation_suspended"),
        event("02001", "2011-03-01", "opt_out_denied", { id: "02001-second-denial" }),
      ],
    ),
  );

  it("answers each objecting layer of a county: the state's denials on the state, the county's on the county, federal on both", () => {
    const why = explainStatus(m, "01001", "2011-07-01");
    expect(ids(why.answers.state)).toEqual(["01-denial", "us-denial"]);
    expect(ids(why.answers.county)).toEqual(["us-denial", "01001-denial"]);
  });

  it("answers a state's own layer and gives its county layer none", () => {
    const why = explainStatus(m, "01", "2012-01-01");
    expect(ids(why.answers.state)).toEqual(["01-denial", "us-denial", "us-voided"]);
    expect(why.answers.county).toEqual([]);
  });

  it("keeps only the answers to the current objection after a layer changed its mind", () => {
    const why = explainStatus(m, "02001", "2011-06-01");
    expect(ids(why.answers.county)).toEqual(["02001-second-denial"]);
    expect(why.answers.state).toEqual([]);
    expect(explainStatus(m, "02001", "2010-06-01").answers.county).toEqual([]);
  });
});

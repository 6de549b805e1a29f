/// <reference types="node" />
import { buildStatusModel, indexesOf, type IsoDate } from "@scomm/core";
import { loadDataset } from "@scomm/data";
import { describe, expect, it } from "vitest";
import { clusterEvents, groupChanges } from "./change-groups.js";
import { causeIndex, causesOf, changesBetween, dayAfter, period, unchangedMask } from "./changes-series.js";

const dataset = loadDataset();
const model = buildStatusModel(dataset);
const counties = indexesOf(model.timeline, "county");

function compare(from: IsoDate, to: IsoDate) {
  const { after, through } = period(from, to);
  const events = dataset.events.filter((e) => e.date >= dayAfter(after) && e.date <= through);
  const index = causeIndex(events);
  const changes = changesBetween(model.timeline, counties, from, to);
  const causes = (c: (typeof changes)[number]) => causesOf(model.timeline, c, index, after, through);
  return { changes, causes, groups: groupChanges(changes, causes) };
}

describe("changesBetween", () => {
  it("finds Kings County moving from opt-out pending to activated over objection, switched on 2012-05-15", () => {
    const { changes, causes } = compare("2011-07-01", "2012-06-01");
    const kings = changes.find((c) => c.id === "36047");
    expect(kings).toMatchObject({ from: "opt_out_pending", to: "over_objection" });
    expect(causes(kings!).map((e) => e.id)).toEqual(["act-36047"]);
  });

  it("reads the same causes as core's status history, for every changed county", () => {
    for (const [from, to] of [
      ["2011-01-01", "2013-01-22"],
      ["2014-01-01", "2015-01-01"],
      ["2016-01-01", "2018-01-01"],
      ["2018-01-01", "2016-01-01"],
    ] as const) {
      const { after, through } = period(from, to);
      const { changes, causes } = compare(from, to);
      expect(changes.length).toBeGreaterThan(0);
      for (const change of changes) {
        const expected = (model.history.get(change.id) ?? [])
          .filter((t) => t.date > after && t.date <= through)
          .flatMap((t) => t.eventIds);
        expect(causes(change).map((e) => e.id).sort(), `${change.id} ${from}..${to}`).toEqual([...new Set(expected)].sort());
      }
    }
  });

  it("greys out everything that did not change", () => {
    const { changes } = compare("2014-01-01", "2015-01-01");
    const mask = unchangedMask(model.timeline.ids.length, changes);
    expect(mask.reduce((n, v) => n + (v === 0 ? 1 : 0), 0)).toBe(changes.length);
  });
});

describe("groupChanges", () => {
  it("puts the 2014 detainer wave in one group of counties that began limiting cooperation", () => {
    const { groups } = compare("2014-01-01", "2015-01-01");
    expect(groups.map((g) => `${g.from}>${g.to}`)).toEqual(["activated>limits"]);
    const events = groups[0]!.clusters.map(clusterEvents);
    expect(events.every((list) => list.length > 0 && list.every((e) => e.sources.length > 0))).toBe(true);
  });

  it("clusters the counties a state law moved together, biggest cluster first", () => {
    const { groups } = compare("2016-01-01", "2018-01-01");
    const mandates = groups.find((g) => g.to === "mandates" && g.from === "activated")!;
    expect(groups[0]).toBe(mandates);
    const texas = mandates.clusters[0]!;
    expect(texas.changes.every((c) => c.id.startsWith("48"))).toBe(true);
    expect(texas.causes.every((e) => e.jurisdictionIds.includes("48"))).toBe(true);
    expect(texas.changes.length).toBeGreaterThan(240);
  });

  it("gathers the roster's switch-ons into one cluster, in the order the counties were switched on", () => {
    const { groups, changes } = compare("2011-01-01", "2013-01-22");
    const rollout = groups[0]!;
    expect(`${rollout.from}>${rollout.to}`).toBe("not_activated>activated");
    const roster = rollout.clusters[0]!;
    expect(roster.switchOns?.size).toBe(roster.changes.length);
    expect(roster.changes.length).toBeGreaterThan(1900);
    const dates = roster.changes.map((c) => roster.switchOns!.get(c.id)!.date);
    expect(dates).toEqual([...dates].sort());
    const listed = groups.flatMap((g) => g.clusters.flatMap((c) => c.changes.map((x) => x.id)));
    expect(listed.sort()).toEqual(changes.map((c) => c.id).sort());
  });
});

/// <reference types="node" />
import { buildStatusModel, categoryAt, causeEvents, changesBetween, indexesOf, statusesAt, type IsoDate } from "@scomm/core";
import { loadDataset } from "@scomm/data";
import { describe, expect, it } from "vitest";
import { clusterEvents, groupChanges } from "./change-groups.js";
import { calendarOrder, causesFrom, countChanged, orientChanges, unchangedMask, type ChangesAnswer } from "./changes-series.js";

const model = buildStatusModel(loadDataset());

/** What `status.changes` answers for a period in calendar order (its router composes the same two core calls). */
function answerFor(period: { from: IsoDate; to: IsoDate }): ChangesAnswer {
  const changes = changesBetween(model, period.from, period.to, "county");
  return { ...period, level: "county", changes, events: causeEvents(model, changes) };
}

/** The page's reading of the answer for a view from `from` to `to`. */
function compare(from: IsoDate, to: IsoDate) {
  const answer = answerFor(calendarOrder(from, to));
  const changes = orientChanges(answer, from, to);
  const causes = causesFrom(answer.events);
  return { changes, causes, groups: groupChanges(changes, causes) };
}

describe("reading the server's changes", () => {
  it("asks in calendar order whichever way the view runs", () => {
    expect(calendarOrder("2011-01-01", "2013-01-22")).toEqual({ from: "2011-01-01", to: "2013-01-22" });
    expect(calendarOrder("2013-01-22", "2011-01-01")).toEqual({ from: "2011-01-01", to: "2013-01-22" });
  });

  it("finds Kings County moving from opt-out pending to activated over objection, switched on 2012-05-15", () => {
    const { changes, causes } = compare("2011-07-01", "2012-06-01");
    const kings = changes.find((c) => c.id === "36047")!;
    expect(kings).toMatchObject({ from: "opt_out_pending", to: "over_objection" });
    expect(causes(kings).map((e) => [e.id, e.date])).toEqual([["act-36047", "2012-05-15"]]);
    expect(causes(kings)[0]!.sources.length).toBeGreaterThan(0);
  });

  it("reads a backwards view back in time: each change from its status on `from` to its status on `to`", () => {
    const { changes, causes } = compare("2018-01-01", "2016-01-01");
    const forward = compare("2016-01-01", "2018-01-01");
    expect(changes.map((c) => c.id)).toEqual(forward.changes.map((c) => c.id));
    for (const change of changes) {
      expect([change.from, change.to]).toEqual([categoryAt(model, change.id, "2018-01-01"), categoryAt(model, change.id, "2016-01-01")]);
      expect(causes(change).map((e) => e.id)).toEqual(change.causes);
    }
  });

  it("greys out, from the timeline alone, exactly the counties the server does not list", () => {
    const t = model.timeline;
    const counties = indexesOf(t, "county");
    for (const [from, to] of [
      ["2011-01-01", "2013-01-22"],
      ["2014-01-01", "2015-01-01"],
      ["2018-01-01", "2016-01-01"],
      ["2012-01-01", "2012-01-01"],
    ] as const) {
      const mask = unchangedMask(statusesAt(t, from), statusesAt(t, to));
      const { changes } = compare(from, to);
      expect(mask).toHaveLength(t.ids.length);
      expect(countChanged(mask, counties)).toBe(changes.length);
      expect(counties.filter((i) => mask[i] === 0).map((i) => t.ids[i])).toEqual(changes.map((c) => c.id));
    }
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

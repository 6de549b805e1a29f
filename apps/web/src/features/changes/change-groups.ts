import { CATEGORIES, type Category, type Event } from "@scomm/core";
import type { Change } from "./changes-series.js";

/**
 * Jurisdictions that made the same move for the same reasons: every county under one state law, or every
 * county that ICE's roster switched on, each on its own day (`switchOns` then holds each county's own
 * roster event, all citing the same sources).
 */
export interface ChangeCluster {
  key: string;
  /** The events every county of the cluster shares. */
  causes: readonly Event[];
  changes: readonly Change[];
  switchOns: ReadonlyMap<string, Event> | null;
}

/** Every change from one category to another, clustered by cause. */
export interface TransitionGroup {
  from: Category;
  to: Category;
  count: number;
  clusters: ChangeCluster[];
}

type Building = ChangeCluster & { changes: Change[]; switchOns: Map<string, Event> | null };

/** A county's own switch-on (ICE's roster entry for it alone), which no other county can share. */
function isOwnSwitchOn(event: Event, countyId: string): boolean {
  return event.type === "activated" && event.jurisdictionIds.length === 1 && event.jurisdictionIds[0] === countyId;
}

/**
 * The key that puts counties in one cluster: the ids of the causes they can share, and for a county also
 * switched on by its own roster entry, the sources that entry cites (one roster is one cluster, not 2,000).
 */
function clusterKey(change: Change, causes: readonly Event[]): { key: string; shared: Event[]; switchOn: Event | null } {
  const switchOn = causes.find((e) => isOwnSwitchOn(e, change.id)) ?? null;
  const shared = causes.filter((e) => e !== switchOn);
  const roster = switchOn ? [`switch-on ${switchOn.actor} ${switchOn.sources.map((s) => s.url ?? s.foundAt).join(" ")}`] : [];
  return { key: [...shared.map((e) => e.id), ...roster].join(" ") || "none", shared, switchOn };
}

/** Groups by (from -> to), largest first; inside, clusters by shared causes, largest first, then by date. */
export function groupChanges(changes: readonly Change[], causesOf: (change: Change) => readonly Event[]): TransitionGroup[] {
  const groups = new Map<string, { from: Category; to: Category; clusters: Map<string, Building> }>();
  for (const change of changes) {
    const groupKey = `${change.from}>${change.to}`;
    const group = groups.get(groupKey) ?? { from: change.from, to: change.to, clusters: new Map() };
    groups.set(groupKey, group);
    const causes = causesOf(change);
    const { key, shared, switchOn } = clusterKey(change, causes);
    const cluster = group.clusters.get(key) ?? { key, causes: shared, changes: [], switchOns: switchOn ? new Map() : null };
    cluster.changes.push(change);
    if (switchOn) cluster.switchOns?.set(change.id, switchOn);
    group.clusters.set(key, cluster);
  }
  return [...groups.values()]
    .map(({ from, to, clusters }) => ({
      from,
      to,
      count: [...clusters.values()].reduce((sum, c) => sum + c.changes.length, 0),
      clusters: [...clusters.values()].map(bySwitchOnDate).sort(byClusterSize),
    }))
    .sort((a, b) => b.count - a.count || order(a.from, a.to) - order(b.from, b.to));
}

/** Every event behind a cluster: each county's own switch-on (in date order), then the shared causes. */
export function clusterEvents(cluster: ChangeCluster): Event[] {
  const switchOns = [...(cluster.switchOns?.values() ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  return [...switchOns, ...cluster.causes];
}

/** A roster cluster lists its counties in the order they were switched on. */
function bySwitchOnDate(cluster: Building): ChangeCluster {
  const on = cluster.switchOns;
  if (!on) return cluster;
  const date = (c: Change) => on.get(c.id)?.date ?? "";
  return { ...cluster, changes: [...cluster.changes].sort((a, b) => date(a).localeCompare(date(b)) || a.id.localeCompare(b.id)) };
}

function byClusterSize(a: ChangeCluster, b: ChangeCluster): number {
  const first = (c: ChangeCluster) => clusterEvents(c)[0]?.date ?? "";
  return b.changes.length - a.changes.length || first(a).localeCompare(first(b)) || a.key.localeCompare(b.key);
}

function order(from: Category, to: Category): number {
  return CATEGORIES.indexOf(from) * CATEGORIES.length + CATEGORIES.indexOf(to);
}

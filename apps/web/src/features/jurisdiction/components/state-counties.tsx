import {
  indexesOf,
  monthStarts,
  statusesAt,
  CATEGORIES,
  type IsoDate,
  type StatusTimeline,
  categorySeries,
  TIMELINE_START,
} from "@scomm/core";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTRPC } from "../../../lib/trpc.js";

import type { CountyRow } from "../county-rows.js";
import { stackedChart } from "../state-chart-series.js";
import { CountiesTable } from "./counties-table.js";
import { StateChart } from "./state-chart.js";

const SIZE = { width: 640, height: 190, left: 34, bottom: 18 };

interface StateCountiesProps {
  stateFips: string;
  stateName: string;
  timeline: StatusTimeline;
  date: IsoDate;
  today: IsoDate;
}

/** A state's page: its counties over time (stacked by status) and the sortable list of them. */
export function StateCounties({ stateFips, stateName, timeline, date, today }: StateCountiesProps) {
  const trpc = useTRPC();
  const counties = useQuery(trpc.jurisdictions.list.queryOptions({ level: "county", stateFips }));
  const indexes = useMemo(() => indexesOf(timeline, "county", stateFips), [timeline, stateFips]);
  const chart = useMemo(() => {
    const series = categorySeries(timeline, { indexes, dates: monthStarts(TIMELINE_START, today) });
    return stackedChart(series, indexes.length, SIZE);
  }, [timeline, indexes, today]);
  const rows = useMemo((): CountyRow[] | null => {
    if (!counties.data) return null;
    const statuses = statusesAt(timeline, date);
    const position = new Map(timeline.ids.map((id, i) => [id, i]));
    return counties.data.map((county) => ({
      id: county.id,
      name: county.name,
      activationDate: county.activationDate,
      population2010: county.population2010,
      category: CATEGORIES[statuses[position.get(county.id) ?? -1] ?? 0]!,
    }));
  }, [counties.data, timeline, date]);
  return (
    <>
      <StateChart chart={chart} width={SIZE.width} height={SIZE.height} date={date} stateName={stateName} />
      {rows && <CountiesTable rows={rows} date={date} stateName={stateName} />}
    </>
  );
}

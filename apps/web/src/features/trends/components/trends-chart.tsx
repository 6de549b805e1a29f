import { dayNumber, type Category, type IsoDate } from "@scomm/core";
import { Area, AreaChart, CartesianGrid, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { categoryPaint, STACK_ORDER } from "@scomm/render";
import { CATEGORY_STYLES } from "../../map/category-colours.js";
import { HatchPatterns } from "../../map/components/hatch-patterns.js";
import { stackTotal, valueTicks, yearTicks, type EraBand, type TrendRow } from "../trends-series.js";
import { ChartTooltip } from "./trends-tooltip.js";

export interface TrendsChartProps {
  rows: readonly TrendRow[];
  date: IsoDate;
  band: EraBand | null;
  lastDate: IsoDate;
  labels: { category: Record<Category, string>; pep: string; cursor: string };
  formatValue: (value: number) => string;
  formatMonth: (date: IsoDate) => string;
  onPick: (date: IsoDate) => void;
}

const PATTERNS = "trend-";

/**
 * Recharts' parts are written as functions returning its elements (not as components of our own), so the
 * chart's children stay the elements recharts reads.
 */

/** The PEP years: a shaded strip above the stack, and dashed lines where the era begins and ends. */
function pepBandMarks(band: NonNullable<EraBand>, lastDate: IsoDate, total: number, top: number, label: string) {
  return [
    <ReferenceArea
      key="pep"
      x1={dayNumber(band.from)}
      x2={dayNumber(band.to ?? lastDate)}
      y1={total * 1.012}
      y2={top}
      fill="#1c1b19"
      fillOpacity={0.09}
      ifOverflow="hidden"
      label={{ value: label, position: "center", fill: "#1c1b19", fontSize: 11, fontWeight: 600 }}
    />,
    ...[band.from, band.to].map(
      (d) =>
        d && (
          <ReferenceLine key={d} x={dayNumber(d)} stroke="#fff" strokeDasharray="3 3" strokeWidth={1} ifOverflow="hidden" zIndex={450} />
        ),
    ),
  ];
}

/** Years along x (January 1 of each), values up to the stack's height along y. */
function axes(rows: readonly TrendRow[], total: number, top: number, formatValue: (value: number) => string) {
  return [
    <XAxis
      key="x"
      dataKey="day"
      type="number"
      domain={["dataMin", "dataMax"]}
      ticks={yearTicks(rows)}
      tickFormatter={(day: number) => rows.find((r) => r.day === day)?.date.slice(0, 4) ?? ""}
      tick={{ fontSize: 12, fill: "#55524b" }}
      tickLine={false}
      axisLine={{ stroke: "#9c978c" }}
    />,
    <YAxis
      key="y"
      domain={[0, top]}
      ticks={valueTicks(total)}
      allowDataOverflow
      tickFormatter={formatValue}
      tick={{ fontSize: 12, fill: "#55524b" }}
      tickLine={false}
      axisLine={false}
      width={58}
    />,
  ];
}

/** One stepped area per category, stacked in render's STACK_ORDER, hatched as the map hatches. */
function stackedAreas(names: Record<Category, string>) {
  return STACK_ORDER.map((c) => (
    <Area
      key={c}
      dataKey={c}
      name={names[c]}
      stackId="status"
      type="stepAfter"
      stroke={CATEGORY_STYLES[c].hatch ?? CATEGORY_STYLES[c].fill}
      strokeWidth={0.6}
      fill={categoryPaint(c, PATTERNS)}
      fillOpacity={1}
      isAnimationActive={false}
      activeDot={false}
    />
  ));
}

/** The stacked area with its date cursor and PEP band. Loaded lazily: recharts stays out of the map's bundle. */
export default function TrendsChart({ rows, date, band, lastDate, labels, formatValue, formatMonth, onPick }: TrendsChartProps) {
  const total = stackTotal(rows);
  /** Room above the stack for the PEP strip. */
  const top = total * 1.075;
  /** Recharts reports the hovered sample's index (a number or a numeric string; null before any hover). */
  const pick = (index: unknown) => {
    const row = typeof index === "number" || (typeof index === "string" && index !== "") ? rows[Number(index)] : undefined;
    if (row) onPick(row.date);
  };
  return (
    <ResponsiveContainer width="100%" height={400}>
      <AreaChart
        data={rows as TrendRow[]}
        margin={{ top: 22, right: 12, bottom: 0, left: 4 }}
        accessibilityLayer={false}
        onClick={(state) => pick(state.activeTooltipIndex)}
        style={{ cursor: "crosshair" }}
      >
        <defs>
          <HatchPatterns idPrefix={PATTERNS} />
        </defs>
        <CartesianGrid vertical={false} stroke="#e9e5dc" />
        {band && pepBandMarks(band, lastDate, total, top, labels.pep)}
        {axes(rows, total, top, formatValue)}
        {stackedAreas(labels.category)}
        <Tooltip
          content={({ active, label }) => (
            <ChartTooltip
              active={active}
              label={label}
              labels={labels.category}
              formatValue={formatValue}
              formatMonth={formatMonth}
              rows={rows}
            />
          )}
          cursor={{ stroke: "#1c1b19", strokeDasharray: "2 3", strokeWidth: 1 }}
          isAnimationActive={false}
        />
        <ReferenceLine
          x={dayNumber(date)}
          stroke="#1c1b19"
          strokeWidth={2}
          ifOverflow="extendDomain"
          zIndex={500}
          className="trends-cursor"
          label={{ value: labels.cursor, position: "top", fill: "#1c1b19", fontSize: 12, fontWeight: 600 }}
        />
      </AreaChart>
    </ResponsiveContainer>
  );
}

import type { IsoDate } from "@scomm/core";
import { categoryPaint } from "@scomm/render";
import { useId } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { CATEGORY_STYLES } from "../../map/category-colours.js";
import { HatchPatterns } from "../../map/components/hatch-patterns.js";
import { Swatch } from "../../map/components/swatch.js";
import type { StackedChart } from "../state-chart-series.js";

interface StateChartProps {
  chart: StackedChart;
  width: number;
  height: number;
  date: IsoDate;
  stateName: string;
}

/** A state's counties per status over time, stacked; the page's date as a vertical line. */
export function StateChart({ chart, width, height, date, stateName }: StateChartProps) {
  const { m, fill, date: formatDate, number } = useI18n();
  const id = useId();
  const c = m.jurisdiction.chart;
  const plotBottom = chart.y(0);
  const cursor = chart.x(date);
  return (
    <figure className="state-chart" data-testid="state-chart">
      <figcaption id={`${id}-title`} className="state-chart__title">
        {fill(c.title, { state: stateName })}
      </figcaption>
      {/* biome-ignore lint/a11y/noSvgWithoutTitle: named by the figure caption and described by <desc>, through aria-labelledby. */}
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="state-chart__svg">
        <desc id={`${id}-desc`}>{fill(c.description, { state: stateName, count: number(chart.total), date: formatDate(date) })}</desc>
        {chart.areas.map(({ category, d }) => (
          <path key={category} d={d} fill={categoryPaint(category, `${id}-`)} />
        ))}
        {/* The hatch patterns the areas point at; after them, so the chart's first path is an area. */}
        <defs>
          <HatchPatterns idPrefix={`${id}-`} />
        </defs>
        <line
          x1={chart.x(`${chart.years[0]?.year ?? 2008}-01-01`)}
          x2={width}
          y1={plotBottom}
          y2={plotBottom}
          className="state-chart__axis"
        />
        {chart.years
          .filter((y) => y.year % 2 === 0)
          .map((y) => (
            <text key={y.year} x={y.x} y={height - 4} className="state-chart__tick" textAnchor="middle">
              {y.year}
            </text>
          ))}
        <text x={0} y={chart.y(chart.total) + 10} className="state-chart__tick">
          {number(chart.total)}
        </text>
        <text x={0} y={plotBottom} className="state-chart__tick">
          0
        </text>
        <line x1={cursor} x2={cursor} y1={0} y2={plotBottom} className="state-chart__cursor" />
      </svg>
      <ul className="state-chart__legend">
        {[...chart.areas].reverse().map(({ category }) => (
          <li key={category}>
            <Swatch {...CATEGORY_STYLES[category]} />
            {m.categories[category]}
          </li>
        ))}
      </ul>
    </figure>
  );
}

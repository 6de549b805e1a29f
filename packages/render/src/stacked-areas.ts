import { CATEGORIES, type Category } from "@scomm/core";
import { area, stack, type SeriesPoint } from "d3-shape";

/** Bottom of the stack first, so the stack reads top to bottom in the legend's order. */
export const STACK_ORDER: readonly Category[] = [...CATEGORIES].reverse();

/** One category's band of a stacked chart, as an SVG path. */
export interface StackedArea {
  category: Category;
  d: string;
}

export interface StackedAreasInput {
  /** Each category's value at each sample. */
  values: Readonly<Record<Category, readonly number[]>>;
  /** x of sample `s`. */
  x: (s: number) => number;
  /** y of a height in the stack. */
  y: (value: number) => number;
  /** Decimals the path keeps. */
  digits: number;
}

/**
 * The one stacked-area geometry (the exported trends chart and the jurisdiction page's state chart):
 * d3-shape's `stack` in STACK_ORDER and a straight-edged `area` per category, one closed path for each
 * category with any value.
 */
export function stackedAreas({ values, x, y, digits }: StackedAreasInput): StackedArea[] {
  const samples = Array.from({ length: values[STACK_ORDER[0]!].length }, (_, s) => s);
  const layers = stack<number, Category>()
    .keys(STACK_ORDER)
    .value((s, category) => values[category][s] ?? 0)(samples);
  const band = area<SeriesPoint<number>>()
    .x((point) => x(point.data))
    .y0(([lower]) => y(lower))
    .y1(([, upper]) => y(upper))
    .digits(digits);
  return layers.filter((layer) => values[layer.key].some((v) => v > 0)).map((layer) => ({ category: layer.key, d: band(layer) ?? "" }));
}

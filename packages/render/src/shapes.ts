/**
 * The shapes an exported figure comes in: landscape (its height follows the content: legend beside the map,
 * or under it below 720 px), or a fixed frame for social posts and phone-first articles, square (1:1) or
 * portrait (4:5), with the legend under the map.
 */
export const SHAPES = ["landscape", "square", "portrait"] as const;
export type FigureShape = (typeof SHAPES)[number];

/** The shapes with a fixed frame. */
export type FramedShape = Exclude<FigureShape, "landscape">;

/** Height over width of each framed shape. */
export const SHAPE_ASPECT: Record<FramedShape, number> = { square: 1, portrait: 5 / 4 };

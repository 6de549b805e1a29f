/** Reading an exported SVG back in tests: one element's markup, and the numbers in path data. */

/** The markup from the first `<g` element that starts with `opening` to its closing tag (no nested <g> of the same start). */
export function svgBlock(svg: string, opening: string): string {
  const start = svg.indexOf(opening);
  if (start < 0) throw new Error(`no ${opening} in the SVG`);
  let depth = 0;
  for (const match of svg.slice(start).matchAll(/<g[ >]|<\/g>/g)) {
    depth += match[0] === "</g>" ? -1 : 1;
    if (depth === 0) return svg.slice(start, start + match.index + 4);
  }
  throw new Error(`${opening} is not closed`);
}

/** The numbers in path data ("M1,2L3.5,-4Z" -> [1, 2, 3.5, -4]). */
export function svgNumbers(d: string): number[] {
  return d.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
}

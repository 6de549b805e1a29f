import { geoPath } from "d3-geo";
import { placeName, type Lang } from "@scomm/core";
import type { MapZoom } from "../../lib/view-state.js";
import { MAP_HEIGHT, MAP_WIDTH, PRE_PROJECTED, type Atlas, type Shape } from "./atlas.js";

/** A place name on the map, at its shape's centroid in map units; `area` in map units². */
export interface MapLabel {
  id: string;
  name: string;
  x: number;
  y: number;
  area: number;
}

const path = geoPath(PRE_PROJECTED);

function labelOf(shape: Shape): MapLabel {
  const [x, y] = path.centroid(shape);
  return { id: String(shape.id), name: shape.properties.name, x, y, area: path.area(shape) };
}

/** Labels computed once per atlas. */
function cachedLabels(cache: WeakMap<Atlas, MapLabel[]>, atlas: Atlas, shapes: (atlas: Atlas) => Iterable<Shape>): MapLabel[] {
  const cached = cache.get(atlas);
  if (cached) return cached;
  const labels = [...shapes(atlas)].map(labelOf);
  cache.set(atlas, labels);
  return labels;
}

const stateCache = new WeakMap<Atlas, MapLabel[]>();
const countyCache = new WeakMap<Atlas, MapLabel[]>();

/** Every state's label. */
const stateLabels = (atlas: Atlas) => cachedLabels(stateCache, atlas, (a) => a.states.values());

/**
 * Every county's label, only once first needed (a zoom that names counties, a county centred): measuring
 * 3,142 shapes would cost the first screen tens of milliseconds it does not use.
 */
const countyLabels = (atlas: Atlas) => cachedLabels(countyCache, atlas, (a) => a.counties);

/** Below this zoom the map names states; from it on, the counties big enough on screen to hold their name. */
export const COUNTY_LABEL_ZOOM = 3;
/** A county is named once it covers this many square map units on screen (about a 40-px square at 975 px). */
const COUNTY_MIN_SCREEN_AREA = 1600;
/** A state smaller than this on screen gets its postal code instead of its name. */
const STATE_NAME_MIN_SCREEN_AREA = 1800;

/**
 * The labels to draw at a zoom: states (names, or postal codes where the state is small) at the national
 * view; once zoomed in, the counties in view that are large enough on screen.
 */
export function visibleLabels(atlas: Atlas, zoom: MapZoom, stateCodes: ReadonlyMap<string, string>, lang: Lang = "en"): MapLabel[] {
  const k2 = zoom.k * zoom.k;
  if (zoom.k < COUNTY_LABEL_ZOOM) {
    const named = (s: MapLabel) => ({ ...s, name: placeName(s.name, lang) });
    return stateLabels(atlas).map((s) =>
      s.area * k2 >= STATE_NAME_MIN_SCREEN_AREA ? named(s) : { ...s, name: stateCodes.get(s.id) ?? s.name },
    );
  }
  const inView = ({ x, y }: MapLabel) => {
    const [sx, sy] = [x * zoom.k + zoom.x, y * zoom.k + zoom.y];
    return sx >= 0 && sx <= MAP_WIDTH && sy >= 0 && sy <= MAP_HEIGHT;
  };
  return countyLabels(atlas)
    .filter((c) => c.area * k2 >= COUNTY_MIN_SCREEN_AREA && inView(c))
    .map((c) => ({ ...c, name: placeName(c.name, lang) }));
}

/** A jurisdiction's centre in map units (a county by 5-digit FIPS, a state by 2), or null. */
export function centreOf(atlas: Atlas, id: string | null): [number, number] | null {
  if (!id) return null;
  const label = (id.length === 2 ? stateLabels(atlas) : countyLabels(atlas)).find((l) => l.id === id);
  return label ? [label.x, label.y] : null;
}

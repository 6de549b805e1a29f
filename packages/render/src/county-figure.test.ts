import { buildStatusModel, type Event, type EventType, type Jurisdiction, type StatusModel } from "@scomm/core";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { mapFigureInput, type MapExport } from "./figure-input.js";
import { layoutMapFigure, renderMapSvg } from "./map-svg.js";
import { atlasGeometry } from "./testing/atlas.js";
import { svgBlock } from "./testing/svg-reading.js";

const geometry = atlasGeometry();

/**
 * A hand-made record (not the real one): Illinois and its counties from the atlas, Cook County switched on
 * 2011-01-05, Illinois ending its agreement 2011-05-04. By DESIGN.md's rules Cook County on 2011-07-01 is
 * activated with its state objecting: "Activated over objection".
 */
function illinois(): StatusModel {
  const county = (id: string): Jurisdiction => ({
    id,
    level: "county",
    name: id === "17031" ? "Cook County" : `County ${id}`,
    stateCode: "IL",
    stateFips: "17",
    stateName: "Illinois",
    population2010: 1000,
  });
  const ids = geometry.counties.map((c) => String(c.id)).filter((id) => id.startsWith("17"));
  const jurisdictions: Jurisdiction[] = [
    { id: "US", level: "nation", name: "United States", stateCode: null, stateFips: null, stateName: null, population2010: null },
    { id: "17", level: "state", name: "Illinois", stateCode: "IL", stateFips: "17", stateName: "Illinois", population2010: 1000 },
    ...ids.map(county),
  ];
  const event = (id: string, on: string, type: EventType, placeLevel: Event["placeLevel"]): Event => ({
    id: `${id}-${type}`,
    jurisdictionIds: [id],
    placeName: id,
    placeLevel,
    date: on,
    datePrecision: "day",
    type,
    actor: "An actor",
    summary: type,
    sources: [{ title: "A source", publisher: "A publisher", date: null, url: "https://example.org/a", foundAt: null }],
    confidence: "high",
  });
  return buildStatusModel({
    jurisdictions,
    events: [event("17031", "2011-01-05", "activated", "county"), event("17", "2011-05-04", "moa_terminated_by_state", "state")],
  });
}

const model = illinois();

function cookExport(overrides: Partial<MapExport> = {}): MapExport {
  return {
    geometry,
    timeline: model.timeline,
    date: "2011-07-01",
    level: "county",
    state: { fips: "17", name: "Illinois" },
    outline: { id: "17031", name: "Cook County" },
    focus: true,
    lang: "en",
    title: null,
    url: "https://scomm.example",
    width: 960,
    ...overrides,
  };
}

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ""));

describe("a county's own export (focus)", () => {
  it("is titled for the county and its state on the date, says its status, and names the outline in the legend", () => {
    const svg = renderMapSvg(mapFigureInput(cookExport()));
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('<title id="scomm-title">Cook County, Illinois: Secure Communities status on July\u00a01,\u00a02011</title>');
    expect(texts(svg).join(" ")).toContain("Cook County: Activated over objection. The map shows every county of Illinois.");
    const legend = texts(svgBlock(svg, '<g class="legend"'));
    expect(legend.at(-1)).toBe("Outline: Cook County");
    expect(svg.match(/class="highlight"/g)).toHaveLength(1);
    expect(svg).not.toContain("Secure Communities in Illinois");
  });

  it("writes it in Spanish, the county and the state as Spanish writes them", () => {
    const svg = renderMapSvg(mapFigureInput(cookExport({ lang: "es" })));
    expect(svg).toContain(
      '<title id="scomm-title">Condado de Cook, Illinois: situación de Secure Communities al 1\u00a0de\u00a0julio\u00a0de\u00a02011</title>',
    );
    expect(texts(svg).join(" ")).toContain("Condado de Cook: Activado pese a su objeción. El mapa muestra todos los condados de Illinois.");
    expect(texts(svgBlock(svg, '<g class="legend"')).at(-1)).toBe("Contorno: Condado de Cook");
    const ny = mapFigureInput({ ...cookExport({ lang: "es" }), focus: false, outline: null, state: { fips: "36", name: "New York" } });
    expect(ny.title).toBe("Secure Communities en Nueva York, condado por condado");
  });

  it("without focus keeps the view's title but still names the outline; an outline the map does not draw is not named", () => {
    const outlined = mapFigureInput(cookExport({ focus: false }));
    expect(outlined.title).toBe("Secure Communities in Illinois, county by county");
    expect(outlined.outlineLabel).toBe("Outline: Cook County");
    const elsewhere = mapFigureInput(cookExport({ outline: { id: "36047", name: "Kings County" } }));
    expect([elsewhere.highlightId, elsewhere.outlineLabel]).toEqual([null, null]);
    expect(elsewhere.title).toBe("Secure Communities in Illinois, county by county");
  });

  it("keeps the date of the title on one line when the title wraps (portrait: 672 units of text)", () => {
    const layout = layoutMapFigure(mapFigureInput(cookExport({ shape: "portrait" })));
    expect(layout.titleLines).toEqual(["Cook County, Illinois: Secure Communities status on", "July\u00a01,\u00a02011"]);
  });

  it("keeps the reader's own title over the county's", () => {
    expect(mapFigureInput(cookExport({ title: "Cook County in 2011" })).title).toBe("Cook County in 2011");
  });
});

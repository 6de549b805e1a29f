import type { Event } from "@scomm/core";
import { describe, expect, it } from "vitest";
import { i18nFor } from "../../lib/i18n/use-i18n.js";
import { panelContent, type PanelJurisdiction } from "./panel-series.js";

const event = (id: string, date: string, summary: string, datePrecision: Event["datePrecision"] = "day") =>
  ({ id, date, datePrecision, summary }) as Event;

const KINGS: PanelJurisdiction = {
  name: "Kings County",
  stateName: "New York",
  activationDate: "2012-05-15",
  explanation: {
    date: "2011-07-01",
    chain: [
      { role: "era", event: event("sc-001", "2008-03-01", "ICE unveiled Secure Communities", "month") },
      { role: "state_stance", event: event("ny-1", "2011-06-01", "New York suspended its agreement") },
    ],
    deployment: null,
  },
};

describe("panelContent", () => {
  it("names the county, its category on the date and why, in English", () => {
    const content = panelContent("36047", "opt_out_pending", "2011-07-01", KINGS, i18nFor("en"));
    expect(content).toMatchObject({
      title: "Kings County",
      subtitle: "New York",
      categoryLabel: "Opt-out pending",
      onDate: "On July 1, 2011",
      activation: "Activated May 15, 2012",
      deployment: null,
      chainDate: "2011-07-01",
    });
    expect(content.chain).toEqual([
      { role: "Program", date: "March 2008", summary: "ICE unveiled Secure Communities", lang: "en", eventId: "sc-001" },
      { role: "State", date: "June 1, 2011", summary: "New York suspended its agreement", lang: "en", eventId: "ny-1" },
    ]);
  });

  it("speaks Spanish, and counts a state's activated counties", () => {
    const state: PanelJurisdiction = {
      name: "New York",
      stateName: "New York",
      activationDate: "2010-11-01",
      explanation: { date: "2011-07-01", chain: [], deployment: { activated: 12, total: 62, populationShare: 0.25, full: false } },
    };
    const content = panelContent("36", "opt_out_pending", "2011-07-01", state, i18nFor("es"));
    expect(content).toMatchObject({
      title: "Nueva York",
      subtitle: null,
      categoryLabel: "Exclusión solicitada, pendiente",
      onDate: "El 1 de julio de 2011",
      activation: "Primer condado activado el 1 de noviembre de 2010",
    });
    expect(content.deployment).toMatch(/^12 de 62 condados activados \(25\s?% de la población del estado en 2010\)$/);
  });

  it("names a county and its state the Spanish way", () => {
    const content = panelContent("36047", "opt_out_pending", "2011-07-01", KINGS, i18nFor("es"));
    expect(content).toMatchObject({ title: "Condado de Kings", subtitle: "Nueva York" });
  });

  it("shows what it can while the jurisdiction loads", () => {
    const content = panelContent("36047", "activated", "2013-01-01", null, i18nFor("en"));
    expect(content).toMatchObject({ title: "FIPS 36047", activation: "No activation date on record", chain: [], chainDate: null });
  });
});

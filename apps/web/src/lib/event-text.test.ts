import { describe, expect, it } from "vitest";
import { eventText } from "./event-text.js";

const event = {
  actor: "Arlington County Board",
  summary: "The board asked to opt out.",
  actorEs: "La junta del condado de Arlington",
  summaryEs: "La junta pidió salir del programa.",
};

describe("eventText", () => {
  it("gives the Spanish text to a Spanish reader, marked as Spanish", () => {
    expect(eventText(event, "es")).toEqual({ actor: event.actorEs, summary: event.summaryEs, lang: "es" });
  });
  it("falls back to the English text, marked as English, where there is no Spanish", () => {
    expect(eventText({ ...event, actorEs: null, summaryEs: null }, "es")).toEqual({
      actor: event.actor,
      summary: event.summary,
      lang: "en",
    });
    expect(eventText(event, "en")).toEqual({ actor: event.actor, summary: event.summary, lang: "en" });
  });
});

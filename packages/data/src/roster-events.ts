import type { Source } from "@scomm/core";
import type { Activation } from "./activations.js";
import type { LocatedEvent } from "./located-event.js";
import type { StateActivation } from "./state-activations.js";

const VNA2026_REPO = "https://github.com/asadlasad/vargasnunezetal_2026_pnas";
const VNA2026_COMMIT = "12f691403b64f649e212ff92001b4f7110458b4a";

/** The roster's source (SOURCES.md, "VNA2026"): the county activation dates of the PNAS 2026 replication data. */
export const VNA2026_SOURCE: Source = {
  title:
    "Replication data for Reconsideration of Secure Communities Rollout Reveals Preemptive " +
    "Local-Federal Cooperation in Immigration Enforcement (securecommunities.dta)",
  publisher: "Vargas-Núñez, Bhatt, Seif, Mendoza, Laitin and Asad (PNAS)",
  date: "2026-03-05",
  url: VNA2026_REPO,
  foundAt: `${VNA2026_REPO}/blob/${VNA2026_COMMIT}/securecommunities.dta`,
};

/** One `activated` event per county of the roster, id `act-<fips>`. */
export function activationEvents(activations: readonly Activation[], countyNames: ReadonlyMap<string, string>) {
  return activations.map(({ row, fips, stateCode, county, date, source }): LocatedEvent => {
    const placeName = countyNames.get(fips) ?? county;
    const geo = source === "VNA2026-geo";
    const moved = geo ? " The date is the source's date for the code this county had before the 2017 Census geography." : "";
    const movedEs = geo
      ? " La fecha es la que da la fuente para el código que tenía este condado antes de la geografía censal de 2017."
      : "";
    return {
      event: {
        id: `act-${fips}`,
        jurisdictionIds: [fips],
        placeName,
        placeLevel: "county",
        date,
        datePrecision: "day",
        type: "activated",
        actor: "ICE",
        summary:
          `ICE activated Secure Communities in ${placeName}, ${stateCode}: from this day, fingerprints taken ` +
          `when people were booked into jail there were also checked against DHS immigration records.${moved}`,
        actorEs: "ICE",
        summaryEs:
          `ICE activó Secure Communities en ${placeName}, ${stateCode}: desde ese día, las huellas tomadas al fichar ` +
          `a una persona en la cárcel se cotejaron también con los registros migratorios del DHS.${movedEs}`,
        sources: [VNA2026_SOURCE],
        confidence: "high",
      },
      origin: { file: "sc-activations.csv", row },
    };
  });
}

/** One `full_state_activation` event per state, id `full-<state fips>`, on the day its last county was activated. */
export function fullStateActivationEvents(states: readonly StateActivation[]): LocatedEvent[] {
  return states.map(({ row, state, fullDate }) => ({
    event: {
      id: `full-${state.fips}`,
      jurisdictionIds: [state.fips],
      placeName: state.name,
      placeLevel: "state",
      date: fullDate,
      datePrecision: "day",
      type: "full_state_activation",
      actor: "ICE",
      summary: `With this day's activations ICE had switched on Secure Communities in every county of ${state.name}.`,
      actorEs: "ICE",
      summaryEs: `Con las activaciones de este día, ICE había activado Secure Communities en todos los condados de ${state.name}.`,
      sources: [VNA2026_SOURCE],
      confidence: "high",
    },
    origin: { file: "sc-state-activations.csv", row },
  }));
}

/** Whether an event was made from the activation lists (`act-<fips>`, `full-<state fips>`), not researched one by one. */
export function isRosterEventId(id: string): boolean {
  return id.startsWith("act-") || id.startsWith("full-");
}

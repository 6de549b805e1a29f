import { byDate, type Category, type Era, type Event, type EventType, type Explanation, type Stance } from "@scomm/core";

/** The layers of "why this colour", in the order they bear on a county: federal, state, county, switch-on. */
export type WhyRole = "era" | "state_stance" | "county_stance" | "activation";

/**
 * One layer of the explanation with the events that put it where it stands (a stance repeated by
 * several events lists them all, oldest first). No events: nothing recorded on that layer by the date.
 */
export interface WhyStep {
  role: WhyRole;
  events: readonly Event[];
  /** The era for the federal step, the stance for a stance step; null for the switch-on. */
  era: Era | null;
  stance: Stance | null;
  /** This layer's stance is the one that sets the colour (the strongest of the layers). */
  decides: boolean;
  /**
   * The federal answers to an objecting layer, from its objection up to the date ("you cannot opt out",
   * "every state agreement is void"). They change no stance; they say why the program ran on regardless.
   */
  answers: readonly Event[];
}

export interface WhyExplanation {
  steps: WhyStep[];
  category: Category;
  activated: boolean;
  effectiveStance: Stance;
}

const ANSWERS: ReadonlySet<EventType> = new Set(["opt_out_denied", "moa_voided_by_dhs"]);

/**
 * The explanation core's explainStatus gives, laid out by layer, with the federal answers to each
 * objection found among `events` (the page's: its own, its state's and the federal ones). A state's
 * page has no county layer; its colour follows its own stance and its first activated county.
 */
export function whySteps(explanation: Explanation, level: "state" | "county", events: readonly Event[] = []): WhyExplanation {
  const { chain, stateLayer, countyLayer, decidingLayer, jurisdictionId, date } = explanation;
  const eventsOf = (role: WhyRole) => chain.filter((link) => link.role === role).map((link) => link.event);
  const stateId = jurisdictionId.slice(0, 2);
  const stateObjects = stateLayer.stance === "objects";
  const countyObjects = level === "county" && countyLayer?.stance === "objects";
  const answersTo = (run: readonly Event[], on: (e: Event) => boolean) => {
    const since = run[0]?.date;
    return since === undefined ? [] : uniqueAnswers(events).filter((e) => e.date >= since && e.date <= date && on(e));
  };
  const federal = (e: Event) => e.jurisdictionIds.includes("US");
  const steps: WhyStep[] = [
    { role: "era", events: eventsOf("era"), era: explanation.era.era, stance: null, decides: false, answers: [] },
    {
      role: "state_stance",
      events: eventsOf("state_stance"),
      era: null,
      stance: stateLayer.stance,
      decides: decidingLayer === "state",
      answers: stateObjects ? answersTo(stateLayer.run, (e) => e.jurisdictionIds.includes(stateId) || federal(e)) : [],
    },
  ];
  if (level === "county") {
    steps.push({
      role: "county_stance",
      events: eventsOf("county_stance"),
      era: null,
      stance: countyLayer?.stance ?? "none",
      decides: decidingLayer === "county",
      // A federal answer to everyone goes with the state's objection when there is one.
      answers: countyObjects
        ? answersTo(countyLayer?.run ?? [], (e) => e.jurisdictionIds.includes(jurisdictionId) || (!stateObjects && federal(e) && e.type === "opt_out_denied"))
        : [],
    });
  }
  steps.push({ role: "activation", events: eventsOf("activation"), era: null, stance: null, decides: false, answers: [] });
  return {
    steps,
    category: explanation.category,
    activated: explanation.activation !== null,
    effectiveStance: explanation.effectiveStance,
  };
}

function uniqueAnswers(events: readonly Event[]): Event[] {
  const byId = new Map(events.filter((e) => ANSWERS.has(e.type)).map((e) => [e.id, e]));
  return [...byId.values()].sort(byDate);
}

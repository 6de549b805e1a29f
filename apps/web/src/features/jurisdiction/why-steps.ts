import type { Category, Era, Event, Explanation, Stance } from "@scomm/core";

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
   * The answers to an objecting layer, from its objection up to the date ("you cannot opt out",
   * "every state agreement is void"): core's `explanation.answers`. They change no stance.
   */
  answers: readonly Event[];
}

export interface WhyExplanation {
  steps: WhyStep[];
  category: Category;
  activated: boolean;
  effectiveStance: Stance;
}

/**
 * The explanation core's explainStatus gives, laid out by layer, with the answers core found to each
 * objection. A state's page has no county layer; its colour follows its own stance and its first
 * activated county.
 */
export function whySteps(explanation: Explanation, level: "state" | "county"): WhyExplanation {
  const { chain, stateLayer, countyLayer, decidingLayer, answers } = explanation;
  const eventsOf = (role: WhyRole) => chain.filter((link) => link.role === role).map((link) => link.event);
  const steps: WhyStep[] = [
    { role: "era", events: eventsOf("era"), era: explanation.era.era, stance: null, decides: false, answers: [] },
    {
      role: "state_stance",
      events: eventsOf("state_stance"),
      era: null,
      stance: stateLayer.stance,
      decides: decidingLayer === "state",
      answers: answers.state,
    },
  ];
  if (level === "county") {
    steps.push({
      role: "county_stance",
      events: eventsOf("county_stance"),
      era: null,
      stance: countyLayer?.stance ?? "none",
      decides: decidingLayer === "county",
      answers: answers.county,
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

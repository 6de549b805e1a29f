import { eventText } from "../../../lib/event-text.js";
import type { Event, Explanation, IsoDate } from "@scomm/core";
import { useId } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { CATEGORY_STYLES } from "../../map/category-colours.js";
import { Swatch } from "../../map/components/swatch.js";
import { whySteps, type WhyStep } from "../why-steps.js";
import { EventSentence } from "./event-sentence.js";
import { SourceList } from "./source-list.js";

interface WhyThisColourProps {
  explanation: Explanation;
  level: "state" | "county";
  /** The jurisdiction's own name and its state's, for the layer headings. */
  name: string;
  stateName: string;
  date: IsoDate;
  busy: boolean;
}

/** "Why this colour": each layer of authority with the events that set it, their sources, and the rule that follows. */
export function WhyThisColour({ explanation, level, name, stateName, date, busy }: WhyThisColourProps) {
  const { m, fill, date: formatDate } = useI18n();
  const titleId = useId();
  const why = whySteps(explanation, level);
  const w = m.jurisdiction.why;
  const names = { state: stateName, county: name };

  return (
    <section className="why" aria-labelledby={titleId} aria-busy={busy} data-testid="why-this-colour">
      <h3 id={titleId} className="jurisdiction-section__title">
        {fill(w.title, { date: formatDate(date) })}
      </h3>
      <p className="jurisdiction-section__intro">{w.intro}</p>
      <ol className="why__steps">
        {why.steps.map((step) => (
          <li
            key={step.role}
            className={`why-step why-step--${step.role}${step.decides ? " why-step--decides" : ""}`}
            data-role={step.role}
          >
            <h4 className="why-step__role">{fill(w.roles[step.role], names)}</h4>
            {step.events.length === 0 ? (
              <p className="why-step__none">{fill(w.none[step.role], names)}</p>
            ) : (
              <StepEvents step={step} consequence={consequenceOf(step, level, names)} />
            )}
            {step.answers.length > 0 && <Answers answers={step.answers} />}
            {level === "county" && <Verdict step={step} explanation={explanation} />}
          </li>
        ))}
      </ol>
      <p className="why__result" data-testid="why-result" data-category={why.category}>
        <Swatch {...CATEGORY_STYLES[why.category]} />
        <span>
          <strong>{fill(w.result, { date: formatDate(date), category: m.categories[why.category] })}</strong>
          {" — "}
          {w.rules[why.category]}
        </span>
      </p>
    </section>
  );

  function consequenceOf(step: WhyStep, lvl: "state" | "county", values: Record<string, string>): string {
    if (step.role === "era") return w.era[step.era ?? "pre_program"];
    if (step.role === "activation") return lvl === "county" ? w.activationCounty : w.activationState;
    const stance = step.stance ?? "none";
    if (step.role === "state_stance") return fill(lvl === "county" ? w.stateOnCounty[stance] : w.stateOwn[stance], values);
    return fill(w.county[stance], values);
  }
}

/** The event in force on its layer (the latest), what it meant, its sources; then earlier ones to the same effect. */
function StepEvents({ step, consequence }: { step: WhyStep; consequence: string }) {
  const { m } = useI18n();
  const current = step.events.at(-1)!;
  const earlier = step.events.slice(0, -1).reverse();
  return (
    <>
      <StepEvent event={current} consequence={consequence} />
      {earlier.length > 0 && (
        <div className="why-step__earlier">
          <p className="why-step__earlier-title">{m.jurisdiction.why.sameRun}</p>
          {earlier.map((event) => (
            <StepEvent key={event.id} event={event} consequence={null} />
          ))}
        </div>
      )}
    </>
  );
}

function StepEvent({ event, consequence }: { event: Event; consequence: string | null }) {
  const text = eventText(event, useI18n().lang);
  return (
    <div className="why-step__event" data-event-id={event.id}>
      <p className="why-step__sentence">
        <EventSentence event={event} consequence={consequence} />
      </p>
      <p className="why-step__summary" lang={text.lang}>
        {text.summary}
      </p>
      <SourceList sources={event.sources} />
    </div>
  );
}

/** What the federal government answered an objection, with sources, and why the map still counts it. */
function Answers({ answers }: { answers: readonly Event[] }) {
  const { m } = useI18n();
  return (
    <div className="why-step__answers" data-testid="federal-answers">
      <p className="why-step__earlier-title">{m.jurisdiction.why.answers}</p>
      {answers.map((event) => (
        <StepEvent key={event.id} event={event} consequence={null} />
      ))}
      <p className="why-step__answers-note">{m.jurisdiction.why.answersNote}</p>
    </div>
  );
}

/** On a county's page: which layer's stance sets the colour, this one or (when it is outranked) the state's. */
function Verdict({ step, explanation }: { step: WhyStep; explanation: Explanation }) {
  const { m } = useI18n();
  if (step.decides) return <p className="why-step__verdict why-step__verdict--decides">{m.jurisdiction.why.decides}</p>;
  const outranked =
    step.role === "county_stance" &&
    step.stance !== "none" &&
    explanation.decidingLayer === "state" &&
    step.stance !== explanation.effectiveStance;
  return outranked ? <p className="why-step__verdict">{m.jurisdiction.why.overruled}</p> : null;
}

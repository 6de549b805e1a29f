import type { IsoDate } from "@scomm/core";
import { useState } from "react";
import { WhyThisColour } from "../../jurisdiction/components/why-this-colour.js";
import type { EventFields } from "../event-fields.js";
import { useCountyPreview } from "../use-county-preview.js";
import { useCuratorI18n } from "../use-curator-i18n.js";
import { PreviewTransitions } from "./preview-transitions.js";
import { WhyDateChoice } from "./why-date-choice.js";
import "../../jurisdiction/jurisdiction.css";

/** The county the preview shows: the event's own, or the (first) county its city stands on. */
function previewCounty(fields: EventFields): string | null {
  const first = fields.jurisdictionIds[0];
  return first && first.length === 5 && (fields.placeLevel === "county" || fields.placeLevel === "city") ? first : null;
}

/** What the county's status becomes on each date with this edit, and "why this colour" on a chosen date. */
export function EventPreview({ fields, id }: { fields: EventFields; id: string }) {
  const { c } = useCuratorI18n();
  const county = previewCounty(fields);
  return (
    <section className="curator-preview" aria-labelledby="curator-preview-title" data-testid="event-preview">
      {county ? (
        <CountyPreview county={county} fields={fields} id={id} />
      ) : (
        <p id="curator-preview-title" className="curator-empty">
          {c.preview.needCounty}
        </p>
      )}
    </section>
  );
}

function CountyPreview({ county, fields, id }: { county: string; fields: EventFields; id: string }) {
  const { c, fill, place } = useCuratorI18n();
  const { page, draft, preview } = useCountyPreview(county, fields, id);
  const [chosenDate, setChosenDate] = useState<IsoDate | null>(null);
  const name = page.data ? place(page.data.jurisdiction.name) : county;
  const title = (
    <h3 id="curator-preview-title" className="curator-section__title">
      {fill(c.preview.title, { place: name })}
    </h3>
  );
  if (!draft)
    return (
      <>
        {title}
        <p className="curator-empty">{c.preview.invalid}</p>
      </>
    );
  if (!preview || !page.data)
    return (
      <>
        {title}
        <p role="status">{c.preview.loading}</p>
      </>
    );
  const dates = [...new Set([draft.date, ...preview.rows.map((r) => r.date)])].sort();
  const whyDate = chosenDate && dates.includes(chosenDate) ? chosenDate : draft.date;
  const jurisdiction = page.data.jurisdiction;
  return (
    <>
      {title}
      <p className="curator-section__intro">{c.preview.intro}</p>
      <h4 className="curator-found__title">{c.preview.transitions}</h4>
      <PreviewTransitions rows={preview.rows} />
      {!preview.changedAny && <p className="curator-empty">{c.preview.noChange}</p>}
      <WhyDateChoice dates={dates} value={whyDate} onChange={setChosenDate} />
      <WhyThisColour
        explanation={preview.explain(whyDate)}
        level="county"
        name={name}
        stateName={place(jurisdiction.stateName ?? "")}
        date={whyDate}
        busy={false}
      />
    </>
  );
}

import type { IsoDate } from "@scomm/core";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTRPC } from "../../../lib/trpc.js";
import { useFederalEvents } from "../../../lib/use-events.js";
import { WhyThisColour } from "../../jurisdiction/components/why-this-colour.js";
import { CATEGORY_STYLES } from "../../map/category-colours.js";
import { Swatch } from "../../map/components/swatch.js";
import { previewEventOf, type EventFields } from "../event-fields.js";
import { previewOf } from "../preview-series.js";
import { useCuratorI18n } from "../use-curator-i18n.js";
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
  const { c, m, fill, date: formatDate, place } = useCuratorI18n();
  const trpc = useTRPC();
  const page = useQuery(trpc.jurisdictions.byId.queryOptions({ id: county }));
  const federal = useFederalEvents();
  const draft = useMemo(() => previewEventOf(fields, id), [fields, id]);
  const preview = useMemo(
    () =>
      page.data && federal.data && draft
        ? previewOf({ county: page.data.jurisdiction, recorded: [...page.data.events, ...federal.data], draft })
        : null,
    [page.data, federal.data, draft],
  );
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
      <ol className="curator-transitions" data-testid="preview-rows">
        {preview.rows.map((row) => (
          <li
            key={row.date}
            data-date={row.date}
            data-category={row.category}
            data-changed={row.changed}
            className={row.changed ? "curator-transitions__changed" : undefined}
          >
            <span className="curator-transitions__date">{fill(c.preview.from, { date: formatDate(row.date) })}</span>{" "}
            <Swatch {...CATEGORY_STYLES[row.category]} /> <strong>{m.categories[row.category]}</strong>
            {row.changed && (
              <span className="curator-transitions__note">
                {" "}
                — {c.preview.changed} ({fill(c.preview.was, { category: m.categories[row.was] })})
              </span>
            )}
          </li>
        ))}
      </ol>
      {!preview.changedAny && <p className="curator-empty">{c.preview.noChange}</p>}
      <label className="curator-field__label" htmlFor="curator-why-date">
        {c.preview.whyOn}
      </label>{" "}
      <select
        id="curator-why-date"
        className="view-field__input curator-input curator-input--inline"
        value={whyDate}
        onChange={(e) => setChosenDate(e.currentTarget.value)}
      >
        {dates.map((date) => (
          <option key={date} value={date}>
            {formatDate(date)}
          </option>
        ))}
      </select>
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

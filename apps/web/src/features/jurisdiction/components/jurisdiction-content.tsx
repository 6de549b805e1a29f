import { categoryInTimeline, type Event, type IsoDate, type StatusTimeline } from "@scomm/core";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { useViewState } from "../../../lib/location.js";
import { Timeline } from "../../timeline/components/timeline.js";
import { titleName, type JurisdictionPageData } from "../use-jurisdiction-page.js";
import { EventTimeline } from "./event-timeline.js";
import { JurisdictionAside } from "./jurisdiction-aside.js";
import { JurisdictionHeader } from "./jurisdiction-header.js";
import { PageCorrections } from "./page-corrections.js";
import { StateCounties } from "./state-counties.js";
import { StatusPanel } from "./status-panel.js";
import { WhyThisColour } from "./why-this-colour.js";

interface JurisdictionContentProps {
  id: string;
  /** The page as the server explained it, on `data.date` (which trails the slider while it moves). */
  data: JurisdictionPageData;
  /** The server's "why this colour" on `data.date`. */
  explanation: NonNullable<JurisdictionPageData["explanation"]>;
  today: IsoDate;
  fetching: boolean;
  federalEvents: readonly Event[] | undefined;
  timeline: StatusTimeline | undefined;
}

/** The jurisdiction's page once loaded: status today and on the slider's date, why this colour, counties, events. */
export function JurisdictionContent({ id, data, explanation, today, fetching, federalEvents, timeline }: JurisdictionContentProps) {
  const { m, fill, place } = useI18n();
  const [view, setView] = useViewState();
  const { jurisdiction } = data;
  const level = jurisdiction.level === "state" ? "state" : "county";
  const name = place(jurisdiction.name);
  const stateName = place(jurisdiction.stateName ?? jurisdiction.name);
  const events = [...data.events, ...(federalEvents ?? [])];
  const statusOn = (date: string) => (timeline ? categoryInTimeline(timeline, id, date) : null);

  return (
    <PageCorrections id={id} placeName={titleName(data, place)}>
      <main id="main" tabIndex={-1} className="jurisdiction-page" data-testid="jurisdiction-page" data-id={id} data-date={data.date}>
        <JurisdictionHeader jurisdiction={jurisdiction} />
        <div className="jurisdiction-page__grid">
          <div className="jurisdiction-page__main">
            <StatusPanel
              today={today}
              date={view.date}
              todayCategory={statusOn(today)}
              dateCategory={statusOn(view.date)}
              deployment={explanation.deployment}
              slider={<Timeline date={view.date} end={today} onChange={(date, mode) => setView({ date }, mode)} />}
            />
            <WhyThisColour
              explanation={explanation}
              level={level}
              name={name}
              stateName={stateName}
              date={data.date}
              busy={fetching || data.date !== view.date}
            />
          </div>
          <JurisdictionAside id={id} name={name} stateName={stateName} />
        </div>
        {level === "state" && timeline && (
          <StateCounties stateFips={id} stateName={stateName} timeline={timeline} date={view.date} today={today} />
        )}
        <EventTimeline
          events={events}
          date={view.date}
          intro={fill(level === "state" ? m.jurisdiction.timeline.introState : m.jurisdiction.timeline.introCounty, {
            county: name,
            state: stateName,
          })}
        />
        <p className="print-only jurisdiction-page__printed">{fill(m.jurisdiction.printedFrom, { url: window.location.href })}</p>
      </main>
    </PageCorrections>
  );
}

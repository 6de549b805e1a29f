import { categoryInTimeline, STATUS_JURISDICTION_ID, todayIso } from "@scomm/core";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { useViewState } from "../../../lib/location.js";
import { useTRPC, type RouterOutputs } from "../../../lib/trpc.js";
import { useFederalEvents } from "../../../lib/use-events.js";
import { useStatusTimeline } from "../../../lib/use-status-timeline.js";
import { NotFoundPage } from "../../not-found/components/not-found-page.js";
import { Timeline } from "../../timeline/components/timeline.js";
import { useDocumentTitle } from "../../../lib/use-document-title.js";
import { ASK_AFTER_MS, useSettled } from "../../../lib/use-settled.js";
import { EventTimeline } from "./event-timeline.js";
import { JurisdictionHeader } from "./jurisdiction-header.js";
import { StateCounties } from "./state-counties.js";
import { StatusPanel } from "./status-panel.js";
import { WhyThisColour } from "./why-this-colour.js";
import { JurisdictionAside } from "./jurisdiction-aside.js";
import { PageCorrections } from "./page-corrections.js";
import "../jurisdiction.css";

/** A state (2 digits) or county (5 digits) FIPS code: anything else is not a jurisdiction page. */

/** The permalink page of one state or county, `/j/<fips>`: a malformed id gets the 404 page at once. */
export function JurisdictionPage({ id }: { id: string }) {
  return STATUS_JURISDICTION_ID.test(id) ? <JurisdictionView key={id} id={id} /> : <NotFoundPage reason="malformed" typed={id} />;
}

type PageData = RouterOutputs["jurisdictions"]["byId"];

function JurisdictionView({ id }: { id: string }) {
  const trpc = useTRPC();
  const { m, fill, place } = useI18n();
  const [view, setView] = useViewState();
  const today = useMemo(() => todayIso(), []);
  // The slider moves `view.date` at once; the server's explanation follows once it rests.
  const settled = useSettled(view.date, ASK_AFTER_MS);
  const page = useQuery({
    ...trpc.jurisdictions.byId.queryOptions({ id, date: settled }),
    placeholderData: (previous: PageData | undefined) => previous,
  });
  const federal = useFederalEvents();
  const timeline = useStatusTimeline();
  const data = page.data;
  useDocumentTitle(data ? fill(m.jurisdiction.documentTitle, { name: titleName(data, place) }) : null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per jurisdiction shown, not on each refetch of it.
  useEffect(() => {
    // Arriving from the search box (focus released) or a link: start reading at the page's name.
    if (data && document.activeElement === document.body)
      document.querySelector<HTMLElement>(".jurisdiction-header__name")?.focus({ preventScroll: true });
  }, [data?.jurisdiction.id]);

  if (page.error?.data?.code === "NOT_FOUND") return <NotFoundPage reason="unknown" typed={id} />;
  if (page.error)
    return (
      <main id="main" tabIndex={-1} className="jurisdiction-page">
        <p role="alert">{fill(m.jurisdiction.failed, { message: page.error.message })}</p>
      </main>
    );
  if (!data?.explanation)
    return (
      <main id="main" tabIndex={-1} className="jurisdiction-page">
        <p role="status">{fill(m.jurisdiction.loading, { id })}</p>
      </main>
    );

  const { jurisdiction } = data;
  const level = jurisdiction.level === "state" ? "state" : "county";
  const name = place(jurisdiction.name);
  const stateName = place(jurisdiction.stateName ?? jurisdiction.name);
  const events = [...data.events, ...(federal.data ?? [])];
  const statusOn = (date: string) => (timeline.data ? categoryInTimeline(timeline.data, id, date) : null);
  const explanation = data.explanation;

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
              busy={page.isFetching || data.date !== view.date}
            />
          </div>
          <JurisdictionAside id={id} name={name} stateName={stateName} />
        </div>
        {level === "state" && timeline.data && (
          <StateCounties stateFips={id} stateName={stateName} timeline={timeline.data} date={view.date} today={today} />
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

function titleName({ jurisdiction }: PageData, place: (name: string) => string): string {
  const name = place(jurisdiction.name);
  return jurisdiction.level === "county" && jurisdiction.stateCode ? `${name}, ${jurisdiction.stateCode}` : name;
}

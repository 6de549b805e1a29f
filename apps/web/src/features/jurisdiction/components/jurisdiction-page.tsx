import { STATUS_JURISDICTION_ID, todayIso } from "@scomm/core";
import { useMemo } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { useViewState } from "../../../lib/location.js";
import { useFederalEvents } from "../../../lib/use-events.js";
import { useStatusTimeline } from "../../../lib/use-status-timeline.js";
import { NotFoundPage } from "../../not-found/components/not-found-page.js";
import { useDocumentTitle } from "../../../lib/use-document-title.js";
import { titleName, useFocusNameOnArrival, useJurisdictionPage } from "../use-jurisdiction-page.js";
import { JurisdictionContent } from "./jurisdiction-content.js";
import "../jurisdiction.css";

/** The permalink page of one state or county, `/j/<fips>`: a malformed id gets the 404 page at once. */
export function JurisdictionPage({ id }: { id: string }) {
  return STATUS_JURISDICTION_ID.test(id) ? <JurisdictionView key={id} id={id} /> : <NotFoundPage reason="malformed" typed={id} />;
}

function JurisdictionView({ id }: { id: string }) {
  const { m, fill, place } = useI18n();
  const [view] = useViewState();
  const today = useMemo(() => todayIso(), []);
  const page = useJurisdictionPage(id, view.date);
  const federal = useFederalEvents();
  const timeline = useStatusTimeline();
  const data = page.data;
  useDocumentTitle(data ? fill(m.jurisdiction.documentTitle, { name: titleName(data, place) }) : null);
  useFocusNameOnArrival(data?.jurisdiction.id);

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
  return (
    <JurisdictionContent
      id={id}
      data={data}
      explanation={data.explanation}
      today={today}
      fetching={page.isFetching}
      federalEvents={federal.data}
      timeline={timeline.data}
    />
  );
}

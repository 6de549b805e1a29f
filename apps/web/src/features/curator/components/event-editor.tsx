import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { InternalLink } from "../../../components/internal-link.js";
import { useTRPC } from "../../../lib/trpc.js";
import { emptyFields, fieldsOfEvent } from "../event-fields.js";
import { takeFlash } from "../flash.js";
import { useCuratorI18n } from "../use-curator-i18n.js";
import { EventForm, type EventStatus } from "./event-form.js";
import { RetractPanel } from "./retract-panel.js";

/** A new event's form, or an event's latest version (its draft, else as published) at its current revision. */
export function EventEditor({ id }: { id: string | null }) {
  const { c, fill } = useCuratorI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(takeFlash);
  const editable = useQuery({
    ...trpc.events.editable.queryOptions({ id: id ?? "" }, { enabled: id !== null }),
    staleTime: 0,
    retry: false,
  });
  const states = useQuery(trpc.jurisdictions.list.queryOptions({}));
  const stateCodeOf = useMemo(() => {
    const codes = new Map(states.data?.map((j) => [j.id, j.stateCode]));
    return (fips: string) => codes.get(fips) ?? null;
  }, [states.data]);
  const reload = () => {
    setNotice(null);
    void queryClient.invalidateQueries(trpc.events.editable.queryFilter({ id: id ?? "" }));
  };

  if (id === null)
    return (
      <EventForm id={null} initial={emptyFields()} baseRevision={0} status={null} notice={notice} setNotice={setNotice} onReload={reload} />
    );
  if (editable.error) {
    const missing = editable.error.data?.code === "NOT_FOUND";
    return <p role="alert">{missing ? fill(c.form.notFound, { id }) : fill(c.loadFailed, { message: editable.error.message })}</p>;
  }
  if (!editable.data || !states.data) return <p role="status">{c.loading}</p>;
  const { draft, published, revision } = editable.data;
  const event = draft ?? published;
  if (!event) {
    return (
      <section className="curator-section">
        <h2 className="curator-page__title">{fill(c.form.editTitle, { id })}</h2>
        <p className="curator-alert">{c.form.retractedNote}</p>
        <InternalLink route={{ page: "curator", screen: { name: "history", id } }}>{c.form.viewHistory}</InternalLink>
      </section>
    );
  }
  const status: EventStatus = draft && published ? "pending" : draft ? "draft" : "published";
  return (
    <>
      <EventForm
        key={`${id}:${revision}`}
        id={id}
        initial={fieldsOfEvent(event, stateCodeOf)}
        baseRevision={revision}
        status={status}
        notice={notice}
        setNotice={setNotice}
        onReload={reload}
      />
      <RetractPanel key={`retract:${revision}`} id={id} baseRevision={revision} onRetracted={setNotice} />
    </>
  );
}

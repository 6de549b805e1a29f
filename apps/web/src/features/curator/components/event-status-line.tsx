import { InternalLink } from "../../../components/internal-link.js";
import { useCuratorI18n } from "../use-curator-i18n.js";
import type { EventStatus } from "./event-form.js";

/** Whether the event is a draft, published, or published with a draft pending, at which revision, and its history. */
export function EventStatusLine({ id, status, revision }: { id: string | null; status: EventStatus; revision: number }) {
  const { c, fill } = useCuratorI18n();
  return (
    <p className="curator-page__intro" data-testid="event-status" data-status={status}>
      {fill(status === "draft" ? c.form.stateDraft : status === "pending" ? c.form.statePending : c.form.statePublished, {
        revision,
      })}{" "}
      {id && <InternalLink route={{ page: "curator", screen: { name: "history", id } }}>{c.form.viewHistory}</InternalLink>}
    </p>
  );
}

import { useQuery } from "@tanstack/react-query";
import { InternalLink } from "../../../components/internal-link.js";
import { useTRPC } from "../../../lib/trpc.js";
import { formatInstant, useCuratorI18n } from "../use-curator-i18n.js";
import { EventLabel } from "./event-label.js";
import { FindEvent } from "./find-event.js";
import { CuratorTable, EventLinks } from "./curator-table.js";
import { CuratorSection, Loaded } from "./loaded.js";
import { RecentChanges } from "./recent-changes.js";

/** The curators' work list: drafts waiting to be published, the latest changes, and a way to any event. */
export function WorkPage() {
  const { c } = useCuratorI18n();
  return (
    <div className="curator-work" data-testid="curator-work">
      <p>
        <InternalLink route={{ page: "curator", screen: { name: "new-event" } }} className="view-button curator-button--primary">
          {c.work.newEvent}
        </InternalLink>
      </p>
      <Drafts />
      <RecentChanges />
      <FindEvent />
    </div>
  );
}

function Drafts() {
  const { c, lang } = useCuratorI18n();
  const trpc = useTRPC();
  const drafts = useQuery({ ...trpc.events.drafts.queryOptions(), staleTime: 0 });
  return (
    <CuratorSection id="curator-drafts" title={c.work.drafts} intro={c.work.draftsIntro}>
      <Loaded query={drafts} empty={c.work.noDrafts}>
        {(list) => (
          <CuratorTable
            label={c.work.drafts}
            testId="drafts"
            columns={[c.work.event, c.work.by, c.work.when, c.work.revision, { hidden: c.work.edit }]}
          >
            {list.map(({ event, updatedBy, updatedAt, revision }) => (
              <tr key={event.id} data-event-id={event.id}>
                <th scope="row">
                  <EventLabel event={event} />
                </th>
                <td>{updatedBy}</td>
                <td>{formatInstant(updatedAt, lang)}</td>
                <td>{revision}</td>
                <td className="curator-table__actions">
                  <EventLinks event={event} />
                </td>
              </tr>
            ))}
          </CuratorTable>
        )}
      </Loaded>
    </CuratorSection>
  );
}

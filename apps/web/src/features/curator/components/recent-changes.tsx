import { useQuery } from "@tanstack/react-query";
import { InternalLink } from "../../../components/internal-link.js";
import { useTRPC } from "../../../lib/trpc.js";
import { formatInstant, useCuratorI18n } from "../use-curator-i18n.js";
import { EventLabel } from "./event-label.js";
import { CuratorTable } from "./curator-table.js";
import { CuratorSection, Loaded } from "./loaded.js";

/** The latest revisions across every event: when, who, what they did to which event, and why. */
export function RecentChanges() {
  const { c, lang } = useCuratorI18n();
  const trpc = useTRPC();
  const recent = useQuery({ ...trpc.events.recent.queryOptions({ limit: 30 }), staleTime: 0 });
  return (
    <CuratorSection id="curator-recent" title={c.work.recent} intro={c.work.recentIntro}>
      <Loaded query={recent} empty={c.work.noRecent}>
        {(list) => (
          <CuratorTable
            label={c.work.recent}
            testId="recent-changes"
            columns={[c.work.when, c.work.by, c.work.action, c.work.event, c.work.reason]}
          >
            {list.map((r) => {
              const subject = r.after ?? r.before;
              return (
                <tr key={`${r.eventId}:${r.revision}`}>
                  <td>{formatInstant(r.changedAt, lang)}</td>
                  <td>{r.editor}</td>
                  <td>{c.actions[r.action ?? "null"]}</td>
                  <td>
                    <InternalLink route={{ page: "curator", screen: { name: "history", id: r.eventId } }}>
                      {subject ? <EventLabel event={subject} /> : r.eventId}
                    </InternalLink>
                  </td>
                  <td className="curator-table__reason">{r.reason}</td>
                </tr>
              );
            })}
          </CuratorTable>
        )}
      </Loaded>
    </CuratorSection>
  );
}

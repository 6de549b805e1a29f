import { useQuery } from "@tanstack/react-query";
import { InternalLink } from "../../../components/internal-link.js";
import { useTRPC, type RouterOutputs } from "../../../lib/trpc.js";
import { diffEvents } from "../revision-diff.js";
import { formatInstant, useCuratorI18n } from "../use-curator-i18n.js";
import { CuratorTable } from "./curator-table.js";
import { CuratorSection, Loaded } from "./loaded.js";

type Revision = RouterOutputs["events"]["revisions"][number];

/** Every revision of one event, newest first: who, when, what, why, and each changed field before and after. */
export function HistoryPage({ id }: { id: string }) {
  const { c, fill } = useCuratorI18n();
  const trpc = useTRPC();
  const revisions = useQuery({ ...trpc.events.revisions.queryOptions({ id }), staleTime: 0 });
  return (
    <CuratorSection
      id="curator-history"
      title={fill(c.history.title, { id })}
      intro={<>{c.history.intro} <InternalLink route={{ page: "curator", screen: { name: "edit-event", id } }}>{c.history.editThis}</InternalLink></>}
      level={2}
      testId="event-history"
    >
      <Loaded query={revisions} empty={c.history.empty}>
        {(list) => (
          <ol className="curator-history" reversed>
            {[...list].reverse().map((revision) => (
              <RevisionEntry key={revision.revision} revision={revision} />
            ))}
          </ol>
        )}
      </Loaded>
    </CuratorSection>
  );
}

function RevisionEntry({ revision }: { revision: Revision }) {
  const { c, fill, lang } = useCuratorI18n();
  const changes = diffEvents(revision.before, revision.after);
  const headingId = `revision-${revision.revision}`;
  return (
    <li className="curator-history__entry" data-revision={revision.revision} data-action={revision.action ?? ""}>
      <h3 id={headingId} className="curator-history__title">
        {fill(c.history.revision, { revision: revision.revision, action: c.actions[revision.action ?? "null"], editor: revision.editor })}
        {" · "}
        <time dateTime={revision.changedAt}>{formatInstant(revision.changedAt, lang)}</time>
      </h3>
      {revision.reason && <p className="curator-history__reason">{fill(c.history.reason, { reason: revision.reason })}</p>}
      {revision.before === null && revision.after !== null && <p>{c.history.created}</p>}
      {revision.after === null ? (
        <p>{c.history.retracted}</p>
      ) : changes.length === 0 ? (
        <p className="curator-empty">{c.history.noFieldChanged}</p>
      ) : (
        <CuratorTable className="curator-diff" labelledBy={headingId} columns={[c.history.field, c.history.before, c.history.after]}>
              {changes.map((change) => (
                <tr key={change.field} data-field={change.field}>
                  <th scope="row">{c.history.fields[change.field]}</th>
                  <td className="curator-diff__before">{change.before ?? c.history.none}</td>
                  <td className="curator-diff__after">{change.after ?? c.history.none}</td>
                </tr>
              ))}
            </CuratorTable>
      )}
    </li>
  );
}

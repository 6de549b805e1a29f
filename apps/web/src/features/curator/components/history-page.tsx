import { useQuery } from "@tanstack/react-query";
import { InternalLink } from "../../../components/internal-link.js";
import { useTRPC, type RouterOutputs } from "../../../lib/trpc.js";
import { diffEvents, type DiffField } from "../revision-diff.js";
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
      intro={
        <>
          {c.history.intro}{" "}
          <InternalLink route={{ page: "curator", screen: { name: "edit-event", id } }}>{c.history.editThis}</InternalLink>
        </>
      }
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
  const { c, m, fill, lang } = useCuratorI18n();
  const changes = diffEvents(revision.before, revision.after);
  /** A closed choice (type, level, precision, confidence) as the interface names it; text as it was written. */
  const shown = (field: DiffField, value: string | null): string => {
    if (value === null) return c.history.none;
    const names: Partial<Record<DiffField, Record<string, string>>> = {
      type: m.jurisdiction.eventTypes,
      placeLevel: c.form.levels,
      datePrecision: c.form.precisions,
      confidence: c.form.confidences,
    };
    return names[field]?.[value] ?? value;
  };
  const headingId = `revision-${revision.revision}`;
  /** A new event has no "before": its fields are shown once. */
  const created = revision.before === null;
  return (
    <li className="curator-history__entry" data-revision={revision.revision} data-action={revision.action ?? ""}>
      <h3 id={headingId} className="curator-history__title">
        {fill(c.history.revision, { revision: revision.revision, action: c.actions[revision.action ?? "null"], editor: revision.editor })}
        {" · "}
        <time dateTime={revision.changedAt}>{formatInstant(revision.changedAt, lang)}</time>
      </h3>
      {revision.reason && <p className="curator-history__reason">{fill(c.history.reason, { reason: revision.reason })}</p>}
      {revision.action !== "publish" && revision.before === null && revision.after !== null && <p>{c.history.created}</p>}
      {revision.after === null ? (
        <p>{c.history.retracted}</p>
      ) : revision.action === "publish" && revision.before === null ? (
        <p>{c.history.firstPublished}</p>
      ) : changes.length === 0 ? (
        <p className="curator-empty">{c.history.noFieldChanged}</p>
      ) : (
        <CuratorTable
          className="curator-diff"
          labelledBy={headingId}
          columns={created ? [c.history.field, c.history.after] : [c.history.field, c.history.before, c.history.after]}
        >
          {changes.map((change) => (
            <tr key={change.field} data-field={change.field}>
              <th scope="row">{c.history.fields[change.field]}</th>
              {!created && <td className="curator-diff__before">{shown(change.field, change.before)}</td>}
              <td className="curator-diff__after">{shown(change.field, change.after)}</td>
            </tr>
          ))}
        </CuratorTable>
      )}
    </li>
  );
}

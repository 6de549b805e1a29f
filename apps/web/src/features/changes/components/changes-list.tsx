import type { IsoDate } from "@scomm/core";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { ChangeGroup } from "./change-group.js";
import type { useChanges } from "./use-changes.js";

interface ChangesListProps {
  /** The changes grouped by transition; undefined while they load. */
  groups: ReturnType<typeof useChanges>["groups"];
  from: IsoDate;
  to: IsoDate;
  error: ReturnType<typeof useChanges>["error"];
}

/** The counties that changed, by transition, each with the events behind it; or why they are not shown yet. */
export function ChangesList({ groups, from, to, error }: ChangesListProps) {
  const { m, fill } = useI18n();
  return (
    <section className="changes-list" aria-labelledby="changes-list-title">
      <h3 id="changes-list-title" className="changes-list__title">
        {m.changes.listTitle}
      </h3>
      {groups ? (
        groups.map((group) => <ChangeGroup key={`${from}/${to}/${group.from}>${group.to}`} group={group} />)
      ) : (
        <p className="view-placeholder" role="status">
          {error ? fill(m.loadFailed, { message: error.message }) : m.changes.loadingEvents}
        </p>
      )}
    </section>
  );
}

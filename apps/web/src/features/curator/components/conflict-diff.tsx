import type { Event } from "@scomm/core";
import { diffEvents } from "../revision-diff.js";
import { useCuratorI18n } from "../use-curator-i18n.js";
import { CuratorTable } from "./curator-table.js";

interface ConflictDiffProps {
  record: Event | null;
  imported: Event | null;
  labelledBy: string;
}

/** Each field where the record and the dataset's version differ, side by side; or a line saying none does. */
export function ConflictDiff({ record, imported, labelledBy }: ConflictDiffProps) {
  const { c } = useCuratorI18n();
  const changes = diffEvents(record, imported);
  if (changes.length === 0) return <p className="curator-empty">{c.imports.noChange}</p>;
  return (
    <CuratorTable className="curator-diff" labelledBy={labelledBy} columns={[c.imports.field, c.imports.record, c.imports.dataset]}>
      {changes.map((change) => (
        <tr key={change.field}>
          <th scope="row">{c.history.fields[change.field]}</th>
          <td className="curator-diff__before">{change.before ?? c.history.none}</td>
          <td className="curator-diff__after">{change.after ?? c.history.none}</td>
        </tr>
      ))}
    </CuratorTable>
  );
}

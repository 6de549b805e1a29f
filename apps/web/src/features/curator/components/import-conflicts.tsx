import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTRPC } from "../../../lib/trpc.js";
import { formatInstant, useCuratorI18n } from "../use-curator-i18n.js";
import { useSettleConflict, type ImportConflict } from "../use-settle-conflict.js";
import { ConflictDiff } from "./conflict-diff.js";
import { ReasonField } from "./reason-field.js";
import { Loaded } from "./loaded.js";

/** The open import conflicts, each with both versions side by side and the two ways to settle it. */
export function ImportConflicts() {
  const { c } = useCuratorI18n();
  const trpc = useTRPC();
  const conflicts = useQuery({ ...trpc.imports.conflicts.queryOptions(), staleTime: 0 });
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      {notice && (
        <p role="status" className="curator-alert curator-alert--ok" data-testid="import-notice">
          {notice}
        </p>
      )}
      <Loaded query={conflicts} empty={c.pending.empty}>
        {(list) => (
          <ol className="curator-history">
            {list.map((conflict) => (
              <ConflictEntry key={conflict.id} conflict={conflict} onSettled={setNotice} />
            ))}
          </ol>
        )}
      </Loaded>
    </>
  );
}

function ConflictEntry({ conflict, onSettled }: { conflict: ImportConflict; onSettled: (notice: string) => void }) {
  const { c, fill, lang } = useCuratorI18n();
  const headingId = useId();
  const { reason, setReason, settleAs, busy, problem, reasonErrors } = useSettleConflict(conflict, onSettled);
  return (
    <li className="curator-history__entry" data-conflict={conflict.id} data-event-id={conflict.eventId}>
      <h3 id={headingId} className="curator-history__title">
        {fill(c.imports.recorded, { id: conflict.eventId, date: formatInstant(conflict.recordedAt, lang) })}
      </h3>
      {conflict.imported === null && <p>{c.imports.goneFromDataset}</p>}
      <ConflictDiff record={conflict.curator} imported={conflict.imported} labelledBy={headingId} />
      {problem && !reasonErrors?.length && (
        <p role="alert" className="curator-alert curator-alert--error">
          {fill(c.imports.failed, { message: problem.message })}
        </p>
      )}
      <div className="curator-form">
        <ReasonField name="reason" label={c.imports.reason} errors={reasonErrors} value={reason} onChange={setReason} />
        <div className="curator-form__actions">
          <button type="button" className="view-button curator-button--primary" disabled={busy} onClick={() => settleAs("import")}>
            {c.imports.takeImport}
          </button>
          <button type="button" className="view-button" disabled={busy} onClick={() => settleAs("curator")}>
            {c.imports.keepRecord}
          </button>
        </div>
      </div>
    </li>
  );
}

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTRPC, type RouterOutputs } from "../../../lib/trpc.js";
import { apiProblemOf } from "../api-errors.js";
import { diffEvents } from "../revision-diff.js";
import { formatInstant, useCuratorI18n } from "../use-curator-i18n.js";
import { CuratorTable } from "./curator-table.js";
import { Field } from "./field.js";
import { Loaded } from "./loaded.js";

type ImportConflict = RouterOutputs["imports"]["conflicts"][number];
type Take = "import" | "curator";

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
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const headingId = useId();
  const [reason, setReason] = useState("");
  const settle = useMutation(
    trpc.imports.settle.mutationOptions({
      onSuccess: async ({ revision }, { take }) => {
        onSettled(fill(take === "import" ? c.imports.tookImport : c.imports.keptRecord, { id: conflict.eventId, revision }));
        // Taking the dataset's version changes the record: every query follows it.
        await queryClient.invalidateQueries(take === "import" ? undefined : trpc.imports.conflicts.queryFilter());
      },
    }),
  );
  const settleAs = (take: Take) => settle.mutate({ id: conflict.id, take, reason });
  const problem = settle.error ? apiProblemOf(settle.error) : null;
  const reasonErrors = problem?.issues.filter((i) => i.field === "reason").map((i) => i.message);
  const changes = diffEvents(conflict.curator, conflict.imported);
  return (
    <li className="curator-history__entry" data-conflict={conflict.id} data-event-id={conflict.eventId}>
      <h3 id={headingId} className="curator-history__title">
        {fill(c.imports.recorded, { id: conflict.eventId, date: formatInstant(conflict.recordedAt, lang) })}
      </h3>
      {conflict.imported === null && <p>{c.imports.goneFromDataset}</p>}
      {changes.length === 0 ? (
        <p className="curator-empty">{c.imports.noChange}</p>
      ) : (
        <CuratorTable className="curator-diff" labelledBy={headingId} columns={[c.imports.field, c.imports.record, c.imports.dataset]}>
          {changes.map((change) => (
            <tr key={change.field}>
              <th scope="row">{c.history.fields[change.field]}</th>
              <td className="curator-diff__before">{change.before ?? c.history.none}</td>
              <td className="curator-diff__after">{change.after ?? c.history.none}</td>
            </tr>
          ))}
        </CuratorTable>
      )}
      {problem && !reasonErrors?.length && (
        <p role="alert" className="curator-alert curator-alert--error">
          {fill(c.imports.failed, { message: problem.message })}
        </p>
      )}
      <div className="curator-form">
        <Field name="reason" label={c.imports.reason} errors={reasonErrors} wide>
          {(props) => (
            <textarea
              {...props}
              className="view-field__input curator-input"
              rows={2}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
          )}
        </Field>
        <div className="curator-form__actions">
          <button
            type="button"
            className="view-button curator-button--primary"
            disabled={settle.isPending}
            onClick={() => settleAs("import")}
          >
            {c.imports.takeImport}
          </button>
          <button type="button" className="view-button" disabled={settle.isPending} onClick={() => settleAs("curator")}>
            {c.imports.keepRecord}
          </button>
        </div>
      </div>
    </li>
  );
}

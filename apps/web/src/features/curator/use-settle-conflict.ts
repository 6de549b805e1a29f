import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC, type RouterOutputs } from "../../lib/trpc.js";
import { apiProblemOf, messagesFor } from "./api-errors.js";
import { useCuratorI18n } from "./use-curator-i18n.js";

export type ImportConflict = RouterOutputs["imports"]["conflicts"][number];
export type Take = "import" | "curator";

/**
 * The curator's reason and `settleAs`, which settles the conflict by taking the dataset's version or keeping the
 * record, then says which was done; and the api's problem, with the errors it gave for the reason.
 */
export function useSettleConflict(conflict: ImportConflict, onSettled: (notice: string) => void) {
  const { c, fill } = useCuratorI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
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
  const reasonErrors = messagesFor(problem, "reason");
  return { reason, setReason, settleAs, busy: settle.isPending, problem, reasonErrors };
}

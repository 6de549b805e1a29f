import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "../../lib/trpc.js";
import { apiProblemOf, messagesFor } from "./api-errors.js";
import { useCuratorI18n } from "./use-curator-i18n.js";

/**
 * The curator's reason and `submit`, which retracts the event at `baseRevision` and says so (every query then follows
 * the record); the api's problem, with the errors it gave for the reason; and `reload`, which fetches the event again.
 */
export function useRetract(id: string, baseRevision: number, onRetracted: (notice: string) => void) {
  const { c, fill } = useCuratorI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState("");
  const retract = useMutation(
    trpc.events.retract.mutationOptions({
      onSuccess: async ({ revision }) => {
        onRetracted(fill(c.form.retracted, { revision }));
        await queryClient.invalidateQueries();
      },
    }),
  );
  const problem = retract.error ? apiProblemOf(retract.error) : null;
  const reasonErrors = messagesFor(problem, "reason");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    retract.mutate({ id, baseRevision, reason });
  };
  const reload = () => void queryClient.invalidateQueries(trpc.events.editable.queryFilter({ id }));
  return { reason, setReason, retract, problem, reasonErrors, submit, reload };
}

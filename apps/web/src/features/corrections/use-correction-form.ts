import { CORRECTION_LIMITS } from "@scomm/core";
import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { useI18n } from "../../lib/i18n/use-i18n.js";
import { useTRPC } from "../../lib/trpc.js";
import {
  correctionProblems,
  EMPTY_VALUES,
  fieldsOfError,
  submitInput,
  type CorrectionField,
  type CorrectionTarget,
  type CorrectionValues,
} from "./correction-form.js";

/**
 * The correction as typed and the fields at fault. `onSubmit` checks it by core's rules first, naming and focusing
 * the first field at fault; only then is it sent, and the api's own refusals are named the same way. `failure` is
 * what the form says when the call failed for a reason no field explains.
 */
export function useCorrectionForm(target: CorrectionTarget, onSent: (link: string) => void) {
  const { m, fill } = useI18n();
  const c = m.corrections;
  const trpc = useTRPC();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<CorrectionValues>(EMPTY_VALUES);
  const [problems, setProblems] = useState<CorrectionField[]>([]);
  const submit = useMutation(trpc.corrections.submit.mutationOptions());

  const showProblems = (fields: CorrectionField[]) => {
    setProblems(fields);
    if (fields[0]) form.current?.querySelector<HTMLElement>(`[name="${fields[0]}"]`)?.focus();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = correctionProblems(values);
    if (found.length > 0) return showProblems(found);
    setProblems([]);
    submit.mutate(submitInput(target, values), {
      onSuccess: ({ link }) => onSent(link),
      onError: (error) => showProblems(fieldsOfError(error)),
    });
  };
  const set = (field: keyof CorrectionValues) => (value: string) => setValues((current) => ({ ...current, [field]: value }));
  const problemOf = (field: CorrectionField) =>
    problems.includes(field) ? fill(c.problems[field], { max: String(CORRECTION_LIMITS[field]) }) : undefined;
  const failure =
    submit.error && problems.length === 0
      ? submit.error.data?.code === "TOO_MANY_REQUESTS"
        ? c.tooMany
        : fill(c.failed, { message: submit.error.message })
      : null;
  return { form, values, set, problems, problemOf, failure, sending: submit.isPending, onSubmit };
}

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "../../lib/trpc.js";
import { apiProblemOf, messagesFor } from "./api-errors.js";
import { useCuratorI18n } from "./use-curator-i18n.js";

export type Role = "editor" | "admin";
export const ROLES: readonly Role[] = ["editor", "admin"];
const EMPTY = { name: "", email: "", role: "editor" as Role, password: "" };
export type NewAccount = typeof EMPTY;

/**
 * The new account as typed, the `accounts.create` call that sends it, and what came back: the line saying who was
 * created, or the api's problem and the errors it gave for each field.
 */
export function useCreateAccount(onCreated: () => void) {
  const { c, fill } = useCuratorI18n();
  const trpc = useTRPC();
  const [values, setValues] = useState(EMPTY);
  const [created, setCreated] = useState<string | null>(null);
  const create = useMutation(
    trpc.accounts.create.mutationOptions({
      onSuccess: (account) => {
        setCreated(fill(c.accounts.createdOne, { email: account.email, role: c.roles[account.role] }));
        setValues(EMPTY);
        onCreated();
      },
    }),
  );
  const problem = create.error ? apiProblemOf(create.error) : null;
  const errorsOf = (field: string) => messagesFor(problem, field);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    create.mutate(values);
  };
  return { values, setValues, created, create, problem, errorsOf, submit };
}

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "../../lib/trpc.js";
import { apiProblemOf, messagesFor, type ApiProblem } from "./api-errors.js";
import { useCuratorI18n } from "./use-curator-i18n.js";

type CuratorI18n = ReturnType<typeof useCuratorI18n>;

/** What the sign-in form says above its fields: a wrong pair, a locked email, or a failure no field explains. */
function signInMessage(problem: ApiProblem | null, { c, fill }: CuratorI18n): string | null {
  if (!problem) return null;
  if (problem.code === "UNAUTHORIZED") return c.signIn.wrong;
  if (problem.code === "TOO_MANY_REQUESTS") return c.signIn.locked;
  return problem.issues.length > 0 ? null : fill(c.signIn.failed, { message: problem.message });
}

/** The email and password as typed, the `auth.signIn` call (whose session becomes `auth.me`), and its answer. */
export function useSignIn(onSignedIn: () => void) {
  const i18n = useCuratorI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: (data) => {
        queryClient.setQueryData(trpc.auth.me.queryKey(), data);
        onSignedIn();
      },
    }),
  );
  const problem = signIn.error ? apiProblemOf(signIn.error) : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email, password });
  };
  const errorsOf = (field: string) => messagesFor(problem, field);
  return { email, setEmail, password, setPassword, signIn, message: signInMessage(problem, i18n), errorsOf, submit };
}

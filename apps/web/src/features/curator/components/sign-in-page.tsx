import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { useTRPC } from "../../../lib/trpc.js";
import { apiProblemOf } from "../api-errors.js";
import { useCuratorI18n } from "../use-curator-i18n.js";
import { Field, useFocusOnError } from "./field.js";

/** Email and password; a wrong pair, a locked email and a throttled address each get their own clear answer. */
export function SignInPage({ onSignedIn }: { onSignedIn: () => void }) {
  const { c, fill } = useCuratorI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useRef<HTMLFormElement>(null);
  const alert = useRef<HTMLParagraphElement>(null);
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
  const message = !problem
    ? null
    : problem.code === "UNAUTHORIZED"
      ? c.signIn.wrong
      : problem.code === "TOO_MANY_REQUESTS"
        ? c.signIn.locked
        : problem.issues.length > 0
          ? null
          : fill(c.signIn.failed, { message: problem.message });
  useFocusOnError(signIn.error, form, alert);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email, password });
  };
  const errorsOf = (field: string) => problem?.issues.filter((i) => i.field === field).map((i) => i.message);

  return (
    <main id="main" tabIndex={-1} className="curator-page curator-sign-in" data-testid="curator-sign-in">
      <h2 className="curator-page__title">{c.signIn.title}</h2>
      <p className="curator-page__intro">{c.signIn.intro}</p>
      <form ref={form} className="curator-card curator-form" onSubmit={submit} noValidate>
        {message && (
          <p ref={alert} tabIndex={-1} role="alert" className="curator-alert curator-alert--error" data-testid="sign-in-error">
            {message}
          </p>
        )}
        <Field name="email" label={c.signIn.email} errors={errorsOf("email")}>
          {(props) => (
            <input
              {...props}
              className="view-field__input curator-input"
              type="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field name="password" label={c.signIn.password} errors={errorsOf("password")}>
          {(props) => (
            <input
              {...props}
              className="view-field__input curator-input"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
          )}
        </Field>
        <div className="curator-form__actions">
          <button type="submit" className="view-button curator-button--primary" disabled={signIn.isPending}>
            {signIn.isPending ? c.signIn.busy : c.signIn.submit}
          </button>
        </div>
      </form>
    </main>
  );
}

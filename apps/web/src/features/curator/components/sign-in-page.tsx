import { useRef } from "react";
import { useCuratorI18n } from "../use-curator-i18n.js";
import { useSignIn } from "../use-sign-in.js";
import { Field, useFocusOnError } from "./field.js";

/** Email and password; a wrong pair, a locked email and a throttled address each get their own clear answer. */
export function SignInPage({ onSignedIn }: { onSignedIn: () => void }) {
  const { c } = useCuratorI18n();
  const form = useRef<HTMLFormElement>(null);
  const alert = useRef<HTMLParagraphElement>(null);
  const { email, setEmail, password, setPassword, signIn, message, errorsOf, submit } = useSignIn(onSignedIn);
  useFocusOnError(signIn.error, form, alert);

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

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "../../../lib/trpc.js";
import { CopyField } from "../../export/components/copy-field.js";
import { apiProblemOf, messagesFor } from "../api-errors.js";
import { useCuratorI18n } from "../use-curator-i18n.js";
import { Field } from "./field.js";
import { CuratorSection, Loaded } from "./loaded.js";
import { TokensTable } from "./tokens-table.js";
import "../../export/export.css";

/** The signed-in curator's API tokens: make one (its secret shown once, here), list them, revoke one. */
export function TokensPage() {
  const { c } = useCuratorI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const tokens = useQuery({ ...trpc.tokens.list.queryOptions(), staleTime: 0 });
  const refresh = () => queryClient.invalidateQueries(trpc.tokens.list.queryFilter());
  const create = useMutation(
    trpc.tokens.create.mutationOptions({
      onSuccess: () => {
        setName("");
        return refresh();
      },
    }),
  );
  const revoke = useMutation(trpc.tokens.revoke.mutationOptions({ onSuccess: refresh }));
  const nameErrors = create.error ? messagesFor(apiProblemOf(create.error), "name") : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name });
  };
  return (
    <CuratorSection id="curator-tokens" title={c.tokens.title} intro={c.tokens.intro} level={2} testId="tokens">
      <form className="curator-card curator-form curator-form--row" noValidate onSubmit={submit}>
        <Field name="name" label={c.tokens.name} hint={c.tokens.nameHint} errors={nameErrors}>
          {(props) => (
            <input {...props} className="view-field__input curator-input" value={name} onChange={(e) => setName(e.currentTarget.value)} />
          )}
        </Field>
        <div className="curator-form__actions">
          <button type="submit" className="view-button curator-button--primary" disabled={create.isPending}>
            {c.tokens.create}
          </button>
        </div>
      </form>
      {create.data && <CopyField label={c.tokens.newToken} hint={c.tokens.newTokenHint} value={create.data.token} testId="new-token" />}
      {(revoke.error || (create.error && !nameErrors?.length)) && (
        <p role="alert" className="curator-alert curator-alert--error">
          {apiProblemOf(revoke.error ?? create.error).message}
        </p>
      )}
      <Loaded query={tokens} empty={c.tokens.none}>
        {(list) => <TokensTable tokens={list} onRevoke={(id) => revoke.mutate({ id })} />}
      </Loaded>
    </CuratorSection>
  );
}

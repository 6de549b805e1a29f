import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../../lib/trpc.js";
import { apiProblemOf } from "../api-errors.js";
import { useCuratorI18n } from "../use-curator-i18n.js";
import type { Curator } from "../use-session.js";
import { AccountsTable } from "./accounts-table.js";
import { CreateAccountForm } from "./create-account-form.js";
import { CuratorSection, Loaded } from "./loaded.js";

/** Admins only: every account, disable or enable one (never one's own), and make a new editor or admin. */
export function AccountsPage({ self }: { self: Curator }) {
  const { c, fill } = useCuratorI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const accounts = useQuery({ ...trpc.accounts.list.queryOptions(), staleTime: 0 });
  const refresh = () => queryClient.invalidateQueries(trpc.accounts.list.queryFilter());
  const disable = useMutation(trpc.accounts.disable.mutationOptions({ onSuccess: refresh }));
  const enable = useMutation(trpc.accounts.enable.mutationOptions({ onSuccess: refresh }));
  const failure = disable.error ?? enable.error;
  return (
    <CuratorSection id="curator-accounts" title={c.accounts.title} intro={c.accounts.intro} level={2} testId="accounts">
      {failure && (
        <p role="alert" className="curator-alert curator-alert--error">
          {fill(c.accounts.failed, { message: apiProblemOf(failure).message })}
        </p>
      )}
      <Loaded query={accounts}>
        {(list) => (
          <AccountsTable accounts={list} self={self} onEnable={(id) => enable.mutate({ id })} onDisable={(id) => disable.mutate({ id })} />
        )}
      </Loaded>
      <CreateAccountForm onCreated={refresh} />
    </CuratorSection>
  );
}

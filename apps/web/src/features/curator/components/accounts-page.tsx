import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../../lib/trpc.js";
import { apiProblemOf } from "../api-errors.js";
import { formatInstant, useCuratorI18n } from "../use-curator-i18n.js";
import type { Curator } from "../use-session.js";
import { CreateAccountForm } from "./create-account-form.js";
import { CuratorTable } from "./curator-table.js";
import { CuratorSection, Loaded } from "./loaded.js";

/** Admins only: every account, disable or enable one (never one's own), and make a new editor or admin. */
export function AccountsPage({ self }: { self: Curator }) {
  const { c, fill, lang } = useCuratorI18n();
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
          <CuratorTable
            label={c.accounts.title}
            testId="accounts-table"
            columns={[
              c.accounts.name,
              c.accounts.email,
              c.accounts.role,
              c.accounts.created,
              c.accounts.status,
              { hidden: c.accounts.disable },
            ]}
          >
            {list.map((account) => (
              <tr key={account.id} data-email={account.email}>
                <th scope="row">
                  {account.name} {account.id === self.id && <span className="curator-muted">{c.accounts.you}</span>}
                </th>
                <td>{account.email}</td>
                <td>{c.roles[account.role]}</td>
                <td>{formatInstant(account.createdAt, lang)}</td>
                <td>
                  {account.disabledAt
                    ? fill(c.accounts.disabledSince, { date: formatInstant(account.disabledAt, lang) })
                    : c.accounts.active}
                </td>
                <td className="curator-table__actions">
                  {account.id !== self.id &&
                    (account.disabledAt ? (
                      <button
                        type="button"
                        className="view-button"
                        onClick={() => enable.mutate({ id: account.id })}
                        aria-label={fill(c.accounts.enableNamed, { email: account.email })}
                      >
                        {c.accounts.enable}
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="view-button"
                        onClick={() => disable.mutate({ id: account.id })}
                        aria-label={fill(c.accounts.disableNamed, { email: account.email })}
                      >
                        {c.accounts.disable}
                      </button>
                    ))}
                </td>
              </tr>
            ))}
          </CuratorTable>
        )}
      </Loaded>
      <CreateAccountForm onCreated={refresh} />
    </CuratorSection>
  );
}

import type { RouterOutputs } from "../../../lib/trpc.js";
import { formatInstant, useCuratorI18n } from "../use-curator-i18n.js";
import type { Curator } from "../use-session.js";
import { CuratorTable } from "./curator-table.js";

type Account = RouterOutputs["accounts"]["list"][number];

interface AccountsTableProps {
  accounts: readonly Account[];
  self: Curator;
  onEnable: (id: Account["id"]) => void;
  onDisable: (id: Account["id"]) => void;
}

/** Every account: name (and "you"), email, role, when made, active or disabled since, and the button to flip it. */
export function AccountsTable({ accounts, self, onEnable, onDisable }: AccountsTableProps) {
  const { c, fill, lang } = useCuratorI18n();
  return (
    <CuratorTable
      label={c.accounts.title}
      testId="accounts-table"
      columns={[c.accounts.name, c.accounts.email, c.accounts.role, c.accounts.created, c.accounts.status, { hidden: c.accounts.disable }]}
    >
      {accounts.map((account) => (
        <tr key={account.id} data-email={account.email}>
          <th scope="row">
            {account.name} {account.id === self.id && <span className="curator-muted">{c.accounts.you}</span>}
          </th>
          <td>{account.email}</td>
          <td>{c.roles[account.role]}</td>
          <td>{formatInstant(account.createdAt, lang)}</td>
          <td>
            {account.disabledAt ? fill(c.accounts.disabledSince, { date: formatInstant(account.disabledAt, lang) }) : c.accounts.active}
          </td>
          <td className="curator-table__actions">
            {account.id !== self.id && (
              <button
                type="button"
                className="view-button"
                onClick={() => (account.disabledAt ? onEnable : onDisable)(account.id)}
                aria-label={fill(account.disabledAt ? c.accounts.enableNamed : c.accounts.disableNamed, { email: account.email })}
              >
                {account.disabledAt ? c.accounts.enable : c.accounts.disable}
              </button>
            )}
          </td>
        </tr>
      ))}
    </CuratorTable>
  );
}

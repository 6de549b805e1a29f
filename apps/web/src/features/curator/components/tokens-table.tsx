import type { RouterOutputs } from "../../../lib/trpc.js";
import { formatInstant, useCuratorI18n } from "../use-curator-i18n.js";
import { CuratorTable } from "./curator-table.js";

type Token = RouterOutputs["tokens"]["list"][number];

/** The curator's tokens: name, when made, live or revoked (and when), and a button to revoke each live one. */
export function TokensTable({ tokens, onRevoke }: { tokens: readonly Token[]; onRevoke: (id: Token["id"]) => void }) {
  const { c, fill, lang } = useCuratorI18n();
  return (
    <CuratorTable
      label={c.tokens.title}
      testId="tokens-table"
      columns={[c.tokens.name, c.tokens.created, c.tokens.status, { hidden: c.tokens.revoke }]}
    >
      {tokens.map((token) => (
        <tr key={token.id}>
          <th scope="row">{token.name}</th>
          <td>{formatInstant(token.createdAt, lang)}</td>
          <td>{token.revokedAt ? fill(c.tokens.revokedOn, { date: formatInstant(token.revokedAt, lang) }) : c.tokens.live}</td>
          <td className="curator-table__actions">
            {!token.revokedAt && (
              <button
                type="button"
                className="view-button"
                onClick={() => onRevoke(token.id)}
                aria-label={fill(c.tokens.revokeNamed, { name: token.name })}
              >
                {c.tokens.revoke}
              </button>
            )}
          </td>
        </tr>
      ))}
    </CuratorTable>
  );
}

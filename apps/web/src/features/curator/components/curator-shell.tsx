import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { InternalLink } from "../../../components/internal-link.js";
import { useLocationState } from "../../../lib/location.js";
import { useTRPC } from "../../../lib/trpc.js";
import type { CuratorScreen } from "../curator-path.js";
import { useQueue } from "../queues.js";
import { useCuratorI18n } from "../use-curator-i18n.js";
import type { Curator } from "../use-session.js";

type Tab = "work" | "newEvent" | "tokens" | "accounts" | "imports" | "corrections";
const SCREEN_OF: Record<Tab, CuratorScreen> = {
  work: { name: "work" },
  newEvent: { name: "new-event" },
  tokens: { name: "tokens" },
  accounts: { name: "accounts" },
  imports: { name: "imports" },
  corrections: { name: "corrections" },
};

function tabOf(screen: CuratorScreen): Tab | null {
  if (screen.name === "new-event") return "newEvent";
  if (screen.name === "edit-event" || screen.name === "history") return null;
  return screen.name === "sign-in" ? "work" : screen.name;
}

/** The signed-in frame: who is signed in, sign-out, and the curators' screens (accounts for admins only). */
export function CuratorShell({ curator, screen, children }: { curator: Curator; screen: CuratorScreen; children: ReactNode }) {
  const { c, fill } = useCuratorI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { navigate } = useLocationState();
  const imports = useQueue("imports");
  const corrections = useQueue("corrections");
  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      onSuccess: () => {
        queryClient.clear();
        queryClient.setQueryData(trpc.auth.me.queryKey(), { curator: null });
        navigate({ page: "curator", screen: { name: "sign-in" } });
      },
    }),
  );
  const tabs: Tab[] = ["work", "newEvent", "tokens"];
  if (curator.role === "admin") tabs.push("accounts");
  if (imports.data?.available) tabs.push("imports");
  if (corrections.data?.available) tabs.push("corrections");
  const current = tabOf(screen);

  return (
    <main id="main" tabIndex={-1} className="curator-page" data-testid="curator-shell" data-role={curator.role}>
      <div className="curator-bar">
        <h2 className="curator-bar__title">{c.title}</h2>
        <p className="curator-bar__account" data-testid="curator-account">
          {fill(c.shell.signedInAs, { name: curator.name, email: curator.email, role: c.roles[curator.role] })}
        </p>
        <button type="button" className="view-button" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
          {c.shell.signOut}
        </button>
      </div>
      <nav className="curator-tabs" aria-label={c.shell.tabsLabel}>
        <ul>
          {tabs.map((tab) => (
            <li key={tab}>
              <InternalLink
                route={{ page: "curator", screen: SCREEN_OF[tab] }}
                aria-current={tab === current ? "page" : undefined}
                className="curator-tabs__link"
              >
                {c.shell.tabs[tab]}
              </InternalLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="curator-content">{children}</div>
    </main>
  );
}

import { useLocationState } from "../../../lib/location.js";
import { useDocumentTitle } from "../../../lib/use-document-title.js";
import type { CuratorScreen } from "../curator-path.js";
import { useCuratorI18n } from "../use-curator-i18n.js";
import { useSession, type Curator } from "../use-session.js";
import { AccountsPage } from "./accounts-page.js";
import { CuratorShell } from "./curator-shell.js";
import { EventEditor } from "./event-editor.js";
import { HistoryPage } from "./history-page.js";
import { PendingQueue } from "./pending-queue.js";
import { SignInPage } from "./sign-in-page.js";
import { TokensPage } from "./tokens-page.js";
import { WorkPage } from "./work-page.js";
import "../../table/view.css";
import "../curator.css";

/**
 * Signed in: the screen asked for, inside the curators' shell. Anyone else: the sign-in form at whatever curator
 * path was asked for, which then shows (the sign-in path itself leads to the drafts).
 */
export function CuratorApp({ screen }: { screen: CuratorScreen }) {
  const { c, m, fill } = useCuratorI18n();
  const session = useSession();
  const { navigate } = useLocationState();
  const curator = session.data?.curator ?? null;
  useDocumentTitle(fill(m.documentTitle, { page: curator ? c.documentTitle : c.signIn.title }));

  if (session.error)
    return (
      <main id="main" className="curator-page">
        <p role="alert">{fill(c.loadFailed, { message: session.error.message })}</p>
      </main>
    );
  if (!session.data)
    return (
      <main id="main" className="curator-page">
        <p role="status">{c.loading}</p>
      </main>
    );
  if (!curator) {
    const onSignedIn = () => (screen.name === "sign-in" ? navigate({ page: "curator", screen: { name: "work" } }) : undefined);
    return <SignInPage onSignedIn={onSignedIn} />;
  }
  return (
    <CuratorShell curator={curator} screen={screen}>
      <ScreenFor screen={screen} curator={curator} />
    </CuratorShell>
  );
}

function ScreenFor({ screen, curator }: { screen: CuratorScreen; curator: Curator }) {
  const { c } = useCuratorI18n();
  switch (screen.name) {
    case "new-event":
      return <EventEditor key="new" id={null} />;
    case "edit-event":
      return <EventEditor key={screen.id} id={screen.id} />;
    case "history":
      return <HistoryPage id={screen.id} />;
    case "accounts":
      return curator.role === "admin" ? <AccountsPage self={curator} /> : <p role="alert">{c.shell.adminOnly}</p>;
    case "tokens":
      return <TokensPage />;
    case "imports":
    case "corrections":
      return <PendingQueue queue={screen.name} />;
    default:
      return <WorkPage />;
  }
}

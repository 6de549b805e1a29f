import { decodePathPart } from "../../lib/router.js";

/** The curators' screens, each at its own path under /curator (signed-in only, kept from crawlers). */
export type CuratorScreen =
  | { name: "sign-in" }
  | { name: "work" }
  | { name: "new-event" }
  | { name: "edit-event"; id: string }
  | { name: "history"; id: string }
  | { name: "accounts" }
  | { name: "tokens" }
  | { name: "imports" }
  | { name: "corrections" };

const FIXED: Record<string, CuratorScreen> = {
  "/curator": { name: "work" },
  "/curator/sign-in": { name: "sign-in" },
  "/curator/events/new": { name: "new-event" },
  "/curator/accounts": { name: "accounts" },
  "/curator/tokens": { name: "tokens" },
  "/curator/imports": { name: "imports" },
  "/curator/corrections": { name: "corrections" },
};

/** The screen a path (trailing slashes already trimmed) shows; null when it is no curator screen. */
export function parseCuratorPath(path: string): CuratorScreen | null {
  const fixed = FIXED[path];
  if (fixed) return fixed;
  const event = /^\/curator\/events\/([^/]+)(\/history)?$/.exec(path);
  if (!event) return null;
  const id = decodePathPart(event[1]!);
  if (id === null) return null;
  return event[2] ? { name: "history", id } : { name: "edit-event", id };
}

export function curatorPath(screen: CuratorScreen): string {
  switch (screen.name) {
    case "work":
      return "/curator";
    case "new-event":
      return "/curator/events/new";
    case "edit-event":
      return `/curator/events/${encodeURIComponent(screen.id)}`;
    case "history":
      return `/curator/events/${encodeURIComponent(screen.id)}/history`;
    default:
      return `/curator/${screen.name}`;
  }
}

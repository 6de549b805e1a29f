import { curatorPath, parseCuratorPath, type CuratorScreen } from "../features/curator/curator-path.js";

/** The pages of the dashboard, read from the path. Everything else on screen lives in the query string. */
export type Route =
  | { page: "map" }
  | { page: "trends" }
  | { page: "changes" }
  | { page: "table" }
  | { page: "about" }
  | { page: "jurisdiction"; id: string }
  | { page: "embed"; view: "map" | "trends" }
  | { page: "curator"; screen: CuratorScreen }
  | { page: "not-found"; path: string };

export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, "") || "/";
  if (path === "/") return { page: "map" };
  if (path === "/trends") return { page: "trends" };
  if (path === "/changes") return { page: "changes" };
  if (path === "/table") return { page: "table" };
  if (path === "/about") return { page: "about" };
  const jurisdiction = /^\/j\/([^/]+)$/.exec(path);
  if (jurisdiction) {
    const id = decodePathPart(jurisdiction[1]!);
    return id === null ? { page: "not-found", path } : { page: "jurisdiction", id };
  }
  const curator = path.startsWith("/curator") ? parseCuratorPath(path) : null;
  if (curator) return { page: "curator", screen: curator };
  const embed = /^\/embed\/(map|trends)$/.exec(path);
  if (embed) return { page: "embed", view: embed[1] as "map" | "trends" };
  return { page: "not-found", path };
}

export function routePath(route: Route): string {
  switch (route.page) {
    case "map":
      return "/";
    case "jurisdiction":
      return `/j/${route.id}`;
    case "embed":
      return `/embed/${route.view}`;
    case "curator":
      return curatorPath(route.screen);
    case "not-found":
      return route.path;
    default:
      return `/${route.page}`;
  }
}

/** `decodeURIComponent` that answers null for a malformed escape (`/j/%E0`) instead of throwing. */
export function decodePathPart(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

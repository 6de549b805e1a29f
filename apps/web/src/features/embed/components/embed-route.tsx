import { useEffect } from "react";
import { useViewState } from "../../../lib/location.js";
import { TrendsRoute } from "../../trends/components/trends-route.js";
import type { EmbedView } from "../../export/export-links.js";
import { usePostHeight } from "../use-post-height.js";
import { EmbedCredit } from "./embed-credit.js";
import { EmbedMap } from "./embed-map.js";
import "../embed.css";

/** `/embed/map` and `/embed/trends`: one view for an iframe, with a credit line and its height posted to the parent. */
export function EmbedRoute({ view }: { view: EmbedView }) {
  const root = usePostHeight<HTMLDivElement>();
  const [{ compact: asked }] = useViewState();
  const compact = asked && view === "map";
  useEffect(() => {
    document.documentElement.classList.add("is-embed");
    return () => document.documentElement.classList.remove("is-embed");
  }, []);
  return (
    <div
      className={compact ? "embed embed--compact" : "embed"}
      ref={root}
      data-testid="embed"
      data-embed={view}
      data-compact={compact || undefined}
    >
      {view === "map" ? <EmbedMap /> : <TrendsRoute />}
      <EmbedCredit view={view} />
    </div>
  );
}

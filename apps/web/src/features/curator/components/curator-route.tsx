import { lazy, Suspense } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import type { CuratorScreen } from "../curator-path.js";

const CuratorApp = lazy(() => import("./curator-app.js").then((module) => ({ default: module.CuratorApp })));

/** The curators' screens, loaded on the first visit to one: the public pages' bundle carries none of them. */
export function CuratorRoute({ screen }: { screen: CuratorScreen }) {
  const { m } = useI18n();
  return (
    <Suspense
      fallback={
        <p className="view-placeholder" role="status">
          {m.loading}
        </p>
      }
    >
      <CuratorApp screen={screen} />
    </Suspense>
  );
}

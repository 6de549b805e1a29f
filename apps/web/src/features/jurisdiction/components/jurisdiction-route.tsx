import { lazy, Suspense } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";

const Page = lazy(() => import("./jurisdiction-page.js").then((module) => ({ default: module.JurisdictionPage })));

/** `/j/<fips>`, loaded on its first visit so that the map's bundle does not carry it. */
export function JurisdictionRoute({ id }: { id: string }) {
  const { m } = useI18n();
  return (
    <Suspense
      fallback={
        <p className="view-placeholder" role="status">
          {m.loading}
        </p>
      }
    >
      <Page id={id} />
    </Suspense>
  );
}

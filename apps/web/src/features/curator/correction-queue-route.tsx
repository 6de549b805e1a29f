import { lazy, Suspense } from "react";
import { useI18n } from "../../lib/i18n/use-i18n.js";

const Queue = lazy(() => import("./correction-queue.js"));

/**
 * `/curator/corrections`, loaded on its first visit. To mount it in a curator shell instead, render
 * `<CorrectionQueue />` (correction-queue.tsx, also its default export) inside the shell's signed-in area.
 */
export function CorrectionQueueRoute() {
  const { m } = useI18n();
  return (
    <Suspense
      fallback={
        <p className="view-placeholder" role="status">
          {m.loading}
        </p>
      }
    >
      <Queue />
    </Suspense>
  );
}

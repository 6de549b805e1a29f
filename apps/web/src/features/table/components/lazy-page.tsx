import { lazy, Suspense, type ComponentType } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";

/** A page loaded on its first visit, so the map's bundle does not carry it (nor recharts). */
export function lazyPage(load: () => Promise<ComponentType>): ComponentType {
  const Page = lazy(async () => ({ default: await load() }));
  // biome-ignore lint/correctness/noComponentHookFactories: lazyPage runs once per page at module level, never during a render.
  return function LazyPage() {
    const { m } = useI18n();
    return (
      <Suspense
        fallback={
          <p className="view-placeholder" role="status">
            {m.loading}
          </p>
        }
      >
        <Page />
      </Suspense>
    );
  };
}

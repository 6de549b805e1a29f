import { type ComponentType, lazy, Suspense } from "react";
import { useI18n } from "../lib/i18n/use-i18n.js";

/**
 * A page loaded on its first visit, so the map's bundle does not carry it (nor recharts, nor the curators'
 * screens); its props pass through. Until it has loaded, a status line says so.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Page = lazy(async () => ({ default: await load() }));
  // biome-ignore lint/correctness/noComponentHookFactories: lazyPage runs once per page at module level, never during a render.
  return function LazyPage(props: P) {
    const { m } = useI18n();
    return (
      <Suspense
        fallback={
          <p className="view-placeholder" role="status">
            {m.loading}
          </p>
        }
      >
        <Page {...props} />
      </Suspense>
    );
  };
}

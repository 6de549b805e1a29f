import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { createApiClient, TRPCProvider } from "./trpc.js";

/**
 * Reference data changes only on publish: keep it for the session, do not refetch on focus. The status
 * timeline's conditional check (use-status-timeline.ts) marks it stale when a publish happened.
 */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { staleTime: Infinity, refetchOnWindowFocus: false, retry: 1 } },
  });
}

interface ProvidersProps {
  children: ReactNode;
  /** The clients the entry filled before the first render (`first-frame.ts`); new ones otherwise. */
  queryClient?: QueryClient;
  apiClient?: ReturnType<typeof createApiClient>;
}

/** The app's providers. */
export function Providers({ children, queryClient: givenQueries, apiClient }: ProvidersProps) {
  const [queryClient] = useState(() => givenQueries ?? createQueryClient());
  const [trpcClient] = useState(() => apiClient ?? createApiClient());
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}

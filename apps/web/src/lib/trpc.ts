import { createTRPCClient, httpBatchLink } from "@trpc/client";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { createTRPCContext, createTRPCOptionsProxy, type TRPCOptionsProxy } from "@trpc/tanstack-react-query";
import type { QueryClient } from "@tanstack/react-query";
import { MAX_BATCH_CALLS } from "@scomm/core";
import type { AppRouter } from "@scomm/api";

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/** Calls made together go as one request, at most as many as the api takes in a batch. */
export function createApiClient() {
  return createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "/trpc", maxItems: MAX_BATCH_CALLS })] });
}

/** Query options for the api's procedures, as `useTRPC()` gives them in components. */
export type TrpcOptions = TRPCOptionsProxy<AppRouter>;

/** The same options outside components (before the first render), for the same cache. */
export function trpcOptions(client: ReturnType<typeof createApiClient>, queryClient: QueryClient): TrpcOptions {
  return createTRPCOptionsProxy<AppRouter>({ client, queryClient });
}

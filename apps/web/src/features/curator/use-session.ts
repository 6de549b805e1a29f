import { useQuery } from "@tanstack/react-query";
import { useTRPC, type RouterOutputs } from "../../lib/trpc.js";

export type Curator = NonNullable<RouterOutputs["auth"]["me"]["curator"]>;

/** Who is signed in (null for nobody), asked of the api: the session cookie is http-only. */
export function useSession() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.auth.me.queryOptions(), staleTime: 0 });
}

import type { ReactNode } from "react";
import { InternalLink } from "../../../components/internal-link.js";

/** A link to a jurisdiction's page `/j/<fips>` that keeps the view; a plain click stays in the app. */
export function JurisdictionLink({ id, children, className }: { id: string; children: ReactNode; className?: string }) {
  return (
    <InternalLink route={{ page: "jurisdiction", id }} className={className}>
      {children}
    </InternalLink>
  );
}

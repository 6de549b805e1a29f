import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useI18n } from "../../../lib/i18n/use-i18n.js";
import { atlasQuery } from "../../map/atlas.js";
import { locatorOf } from "../locator-series.js";

interface LocatorMapProps {
  id: string;
  name: string;
  stateName: string;
}

/** A small map: the county highlighted inside its outlined state, or the state inside the country. */
export function LocatorMap({ id, name, stateName }: LocatorMapProps) {
  const { m, fill } = useI18n();
  const atlas = useQuery(atlasQuery);
  const locator = useMemo(() => (atlas.data ? locatorOf(atlas.data, id) : null), [atlas.data, id]);
  const label = fill(id.length === 2 ? m.jurisdiction.locator.state : m.jurisdiction.locator.county, { name, state: stateName });
  return (
    <figure className="locator" data-testid="locator-map">
      {locator ? (
        <svg viewBox={locator.viewBox} role="img" aria-label={label} className="locator__svg">
          <path d={locator.context} className="locator__context" />
          <path d={locator.outline} className="locator__outline" />
          <path d={locator.highlight} className="locator__highlight" />
          {locator.ring && <circle {...locator.ring} className="locator__ring" />}
        </svg>
      ) : (
        <div className="locator__placeholder" aria-hidden="true" />
      )}
      <figcaption className="locator__caption">{label}</figcaption>
    </figure>
  );
}

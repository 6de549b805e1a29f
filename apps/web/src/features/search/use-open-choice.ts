import { useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { useSettledLocation } from "../../lib/location.js";
import { atlasQuery } from "../map/atlas.js";
import { jurisdictionZoom } from "../map/frame-zoom.js";

/** Where a choice went: pinned on the map (its panel takes the focus), or opened as its own page. */
export type ChoiceOutcome = "pinned" | "opened";

/**
 * What choosing a search result does. On the map: pin it and zoom to frame it (a county shows the
 * county level, where its own colour is drawn). Elsewhere: open its page. The atlas is the map page's
 * (cached), never fetched for the search itself.
 */
export function useOpenChoice(): (id: string) => ChoiceOutcome {
  const { route, view, navigate, setView } = useSettledLocation();
  const onMap = route.page === "map";
  const atlas = useQuery({ ...atlasQuery, enabled: onMap });
  return useCallback(
    (id: string) => {
      if (!onMap) {
        navigate({ page: "jurisdiction", id });
        return "opened";
      }
      const zoom = atlas.data ? jurisdictionZoom(atlas.data, id) : null;
      const level = id.length === 2 ? view.level : "county";
      setView({ selected: id, level, ...(zoom ? { zoom } : {}) }, "push");
      return "pinned";
    },
    [onMap, atlas.data, view.level, navigate, setView],
  );
}

import { categoryInTimeline, type Category } from "@scomm/core";
import { useMemo } from "react";
import { useSettledLocation } from "../../lib/location.js";
import { useStatusTimeline } from "../../lib/use-status-timeline.js";

/**
 * A jurisdiction's status on the view's date (the map's date, once the slider rests), read from the status timeline the pages
 * already load: one fetch per session, none per keystroke. Null while it loads.
 */
export function useCategoryOnDate(enabled: boolean): (id: string) => Category | null {
  const { view } = useSettledLocation();
  const timeline = useStatusTimeline(enabled);
  return useMemo(() => {
    const data = timeline.data;
    return data ? (id: string) => categoryInTimeline(data, id, view.date) : () => null;
  }, [timeline.data, view.date]);
}

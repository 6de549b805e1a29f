import { EVENT_TYPE_LABELS_BY_LANG } from "@scomm/render";

/** The event types' English names (render's one table), for feed titles. */
export const EVENT_TYPE_LABELS = EVENT_TYPE_LABELS_BY_LANG.en;

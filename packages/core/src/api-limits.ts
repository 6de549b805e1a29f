/**
 * The bounds the api puts on one request, here so the web can keep to them: the web imports no server code.
 * (Not status rules: limits of the service that answers them.)
 */

/** Calls in one batched tRPC request; the web's batch link sends at most this many at once. */
export const MAX_BATCH_CALLS = 10;

/** Events in one page of `events.list`, and the page size when none is asked for. */
export const MAX_EVENTS_PAGE = 500;

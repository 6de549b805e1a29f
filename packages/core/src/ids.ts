/** Jurisdiction ids as patterns (plain data, no zod): one home for every check of a FIPS code. */

/** "US", a 2-digit state FIPS or a 5-digit county FIPS. */
export const JURISDICTION_ID = /^(US|\d{2}|\d{5})$/;
/** A state or a county: the jurisdictions that have a status and a page. */
export const STATUS_JURISDICTION_ID = /^(\d{2}|\d{5})$/;
/** A 2-digit state FIPS code (DC included). */
export const STATE_FIPS = /^\d{2}$/;

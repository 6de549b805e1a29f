/**
 * A CSV cell a spreadsheet would run as a formula: it starts with =, +, -, @, a tab or a carriage return.
 * Every CSV we write passes this to papaparse's `escapeFormulae`, which then prefixes such a cell with an
 * apostrophe. papaparse's own default pattern ends in `.*$` and so misses a formula followed by a line
 * break ("=1,2\n3"); this one looks at the first character only.
 */
export const SPREADSHEET_FORMULA = /^[=+\-@\t\r]/;

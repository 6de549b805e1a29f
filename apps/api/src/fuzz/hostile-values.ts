/**
 * The hostile inputs the fuzz suites send, as a table: every run sends the same ones (no randomness), each
 * named for what it tries. Values go into tRPC inputs as they are and into query strings as `queryPairs` writes them.
 */

/** `depth` arrays inside each other: [[[...]]]. */
function deepArray(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

export const HUGE_STRING = "9".repeat(100_000);

export const HOSTILE_VALUES: readonly (readonly [name: string, value: unknown])[] = [
  ["a number", 42],
  ["a negative number", -1],
  ["a fraction", 0.5],
  ["a huge number", 1e308],
  ["a boolean", true],
  ["null", null],
  ["an array", ["2011-07-01", "48201"]],
  ["an object", { $gt: "" }],
  ["an empty string", ""],
  ["deeply nested arrays", deepArray(1_000)],
  ["year 9999", "9999-12-31"],
  ["the first of December 9999", "9999-12-01"],
  ["year 10000", "10000-01-01"],
  ["year 0000", "0000-01-01"],
  ["the day before the record", "1979-12-31"],
  ["an impossible date", "2011-02-30"],
  ["an unknown county FIPS", "99999"],
  ["an unknown state FIPS", "99"],
  ["a FIPS with letters", "4a201"],
  ["path traversal", "../../../etc/passwd"],
  ["encoded path traversal", "%2e%2e%2f%2e%2e%2fetc%2fpasswd"],
  ["CRLF injection", "x\r\nSet-Cookie: injected=1\r\nX-Injected: 1"],
  ["a NUL byte", "48201\u0000"],
  ["__proto__", "__proto__"],
  ["SQL", "' OR 1=1; DROP TABLE events; --"],
  ["markup", "<script>alert(1)</script>"],
];

/** Query-string pairs for `key` set to `value`: strings as they are, arrays as repeated keys, objects as `key[k]`. */
export function queryPairs(key: string, value: unknown): [string, string][] {
  if (Array.isArray(value))
    return value.length > 0 && value.every((v) => typeof v === "string") ? value.map((v) => [key, v]) : [[`${key}${"[]".repeat(50)}`, "1"]];
  if (value && typeof value === "object") return Object.entries(value).map(([k, v]) => [`${key}[${k}]`, String(v)]);
  return [[key, String(value)]];
}

/** Path segments that try to climb out of a folder, smuggle headers or break decoding. */
export const HOSTILE_SEGMENTS: readonly string[] = [
  "99999",
  "../secret.txt",
  "..%2fsecret.txt",
  "%2e%2e%2fsecret.txt",
  "%2e%2e/secret.txt",
  "%252e%252e%252fsecret.txt",
  "..%5csecret.txt",
  "x%0d%0aX-Injected:%201",
  "%00",
  "%E0%A4%A",
  "a".repeat(8_000),
  "9999-12-31",
];

import { describe, expect, it } from "vitest";
import { isHttpUrl, READER_TOKEN } from "./corrections.js";

describe("a correction's source address", () => {
  it("is http or https with a host, and nothing else", () => {
    for (const ok of [
      "https://news.example.org/a?b=1#c",
      "http://example.org",
      "https://www.dhs.gov:443/x",
      "https://[2001:db8::1]/a",
      "https://periódico.example/nota",
    ]) {
      expect(isHttpUrl(ok), ok).toBe(true);
    }
    for (const bad of [
      "javascript:alert(1)",
      "ftp://files.example.org/a",
      "news.example.org/a",
      "https://",
      "https:// example.org",
      "https://exa mple.org/a",
      "https://example.org/a b",
      "data:text/html,x",
      "",
    ]) {
      expect(isHttpUrl(bad), bad).toBe(false);
    }
  });

  it("and a reader's link is 43 base64url characters", () => {
    expect(READER_TOKEN.test("A".repeat(43))).toBe(true);
    expect(READER_TOKEN.test("A".repeat(42))).toBe(false);
    expect(READER_TOKEN.test(`${"A".repeat(42)}/`)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { formatProblem } from "./problem.js";
import { TODAY, problem, realFiles, withEventRow } from "./test-support.js";
import { validateDataset } from "./validate.js";

const check = (files: ReturnType<typeof realFiles>) => validateDataset(files, { today: TODAY });

describe("validateDataset on the researched events", () => {
  it("passes the real dataset, today included", () => {
    expect(validateDataset(realFiles())).toEqual([]);
  });

  it("formats a problem as file, row, field and reason", () => {
    const files = withEventRow("sc-events.json", 12, (e) => (e.date = "2011-02-30"));
    expect(check(files).map(formatProblem)).toEqual(['sc-events.json row 12 field "date": 2011-02-30 is not a real calendar date']);
  });

  it("names a malformed date", () => {
    const files = withEventRow("sc-events.json", 12, (e) => (e.date = "2010-5-18"));
    expect(check(files)).toEqual([problem("sc-events.json", 12, "date", "2010-5-18 is not a date written YYYY-MM-DD")]);
  });

  it("refuses a date before 2006 for a county policy", () => {
    const files = withEventRow("sc-events-extra.json", 2, (e) => (e.date = "2005-12-31"));
    const reason = "2005-12-31 is before 2006-01-01, the earliest date allowed for a detainer_policy_limited event";
    expect(check(files)).toEqual([problem("sc-events-extra.json", 2, "date", reason)]);
  });

  it("lets a state law go back to 1980, not earlier", () => {
    const files = withEventRow("sc-events-extra.json", 1, (e) => (e.date = "1979-12-31"));
    const reason = "1979-12-31 is before 1980-01-01, the earliest date allowed for a state_law_limits_cooperation event";
    expect(check(files)).toEqual([problem("sc-events-extra.json", 1, "date", reason)]);
  });

  it("refuses a date after the injected today", () => {
    const files = withEventRow("sc-events.json", 2, (e) => (e.date = "2026-11-28"));
    const reason = "2026-11-28 is in the future (today is 2026-11-27)";
    expect(check(files)).toEqual([problem("sc-events.json", 2, "date", reason)]);
  });

  it("refuses an event type outside the union", () => {
    const files = withEventRow("sc-events.json", 12, (e) => (e.type = "opted_out"));
    expect(check(files)).toEqual([problem("sc-events.json", 12, "type", '"opted_out" is not an event type')]);
  });

  it("refuses an event with no source", () => {
    const files = withEventRow("sc-events.json", 3, (e) => (e.sources = []));
    expect(check(files)).toEqual([problem("sc-events.json", 3, "sources", "the event has no source")]);
  });

  it("refuses a source with neither url nor found_at", () => {
    const files = withEventRow("sc-events.json", 3, (e) => {
      e.sources[1] = { ...e.sources[1], url: null, found_at: null };
    });
    const reason = "the source has neither a url nor a found_at";
    expect(check(files)).toEqual([problem("sc-events.json", 3, "sources[1]", reason)]);
  });

  it("refuses a source date that is not on the calendar", () => {
    const files = withEventRow("sc-events.json", 3, (e) => (e.sources[0]!.date = "2010-13"));
    const reason = "2010-13 is not a real calendar date";
    expect(check(files)).toEqual([problem("sc-events.json", 3, "sources[0].date", reason)]);
  });

  it("names a source url that is not an http(s) address", () => {
    const files = withEventRow("sc-events.json", 3, (e) => (e.sources[0]!.url = "www.example.org/page"));
    expect(check(files)).toEqual([problem("sc-events.json", 3, "sources[0].url", "www.example.org/page is not an http(s) address")]);
  });

  it("refuses tracking parameters and AMP copies in a source's addresses, so they cannot come back", () => {
    const tracked = "https://news.example.org/story/?utm_source=RSS&id=4";
    const withTracking = withEventRow("sc-events.json", 3, (e) => (e.sources[0]!.found_at = tracked));
    expect(check(withTracking)).toEqual([
      problem(
        "sc-events.json",
        3,
        "sources[0].found_at",
        `${tracked} carries the tracking parameter "utm_source"; link the page without it`,
      ),
    ]);
    const amp = "https://news.example.org/amp/story-123";
    const withAmp = withEventRow("sc-events-extra.json", 2, (e) => (e.sources[0]!.url = amp));
    expect(check(withAmp)).toEqual([
      problem("sc-events-extra.json", 2, "sources[0].url", `${amp} is an AMP copy; link the article's own page`),
    ]);
  });

  it("lets a found_at name a place off the web (an archive, a repository path)", () => {
    const files = withEventRow("sc-events.json", 3, (e) => (e.sources[0]!.found_at = "a county clerk's paper file, 2011"));
    expect(check(files)).toEqual([]);
  });

  it("names the missing field of a row of the wrong shape", () => {
    const files = withEventRow("sc-events.json", 4, (e) => delete e.summary);
    const reason = "Invalid input: expected string, received undefined";
    expect(check(files)).toEqual([problem("sc-events.json", 4, "summary", reason)]);
  });

  it("refuses an events file that is not an array", () => {
    const files = realFiles();
    files["sc-events-extra.json"] = { events: [] };
    expect(check(files)).toEqual([problem("sc-events-extra.json", null, "(file)", "must be a JSON array of events")]);
  });
});

/**
 * An event as a curator sends it (the events files' row shape, without an id): a test fixture, not a fact.
 * Harris County (TX) asks to opt out on 2011-06-01, three years after its activation (2008-10-27), so from that
 * day it counts as activated over objection.
 */
export function harrisOptOutRow() {
  return {
    date: "2011-06-01",
    date_precision: "day",
    jurisdiction: { name: "Harris County", level: "county", state: "TX", fips: "48201" },
    type: "opt_out_requested",
    actor: "Test fixture commissioners",
    summary: "A test fixture: Harris County asks to leave Secure Communities.",
    sources: [
      {
        title: "Test fixture source",
        publisher: "Example News",
        date: "2011-06-02",
        url: "https://example.org/harris-opt-out",
        found_at: null,
      },
    ],
    confidence: "high",
  };
}

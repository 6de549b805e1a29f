import { describe, expect, it } from "vitest";
import { formFieldOf, issuesByField, messagesFor } from "./api-errors.js";

describe("formFieldOf", () => {
  it("puts each field the api names on the form's input for it", () => {
    expect(formFieldOf("event.date")).toBe("date");
    expect(formFieldOf("event.date_precision")).toBe("datePrecision");
    expect(formFieldOf("event.jurisdiction.fips")).toBe("jurisdiction");
    expect(formFieldOf("event.jurisdiction.county_fips")).toBe("jurisdiction");
    expect(formFieldOf("event.jurisdiction.name")).toBe("placeName");
    expect(formFieldOf("event.sources")).toBe("sources");
    expect(formFieldOf("event.sources[2].url")).toBe("sources.2.url");
    expect(formFieldOf("event.sources[0].found_at")).toBe("sources.0.url");
    expect(formFieldOf("event.sources[1]")).toBe("sources.1.url");
    expect(formFieldOf("event.sources[1].title")).toBe("sources.1.title");
    expect(formFieldOf("reason")).toBe("reason");
    expect(formFieldOf("summaryEs")).toBe("summaryEs");
  });

  it("sends a field it has no input for to the form as a whole", () => {
    expect(formFieldOf("baseRevision")).toBe("form");
    expect(formFieldOf("input")).toBe("form");
  });

  it("groups several messages on one field", () => {
    const grouped = issuesByField([
      { field: "event.date", message: "is not a real calendar date" },
      { field: "event.sources[0].url", message: "must be http(s)" },
      { field: "event.date", message: "is after today" },
    ]);
    expect([...grouped]).toEqual([
      ["date", ["is not a real calendar date", "is after today"]],
      ["sources.0.url", ["must be http(s)"]],
    ]);
  });
});

describe("messagesFor", () => {
  const problem = {
    code: "BAD_REQUEST",
    message: "Invalid input",
    issues: [
      { field: "reason", message: "Say why" },
      { field: "email", message: "Not an email" },
      { field: "reason", message: "Too short" },
    ],
  };

  it("keeps the messages for the one field named, in the order they came", () => {
    expect(messagesFor(problem, "reason")).toEqual(["Say why", "Too short"]);
    expect(messagesFor(problem, "password")).toEqual([]);
  });

  it("gives none when the call did not fail", () => {
    expect(messagesFor(null, "reason")).toBeUndefined();
  });
});

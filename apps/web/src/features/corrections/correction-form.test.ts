import { describe, expect, it } from "vitest";
import { correctionProblems, EMPTY_VALUES, fieldsOfError, submitInput } from "./correction-form.js";

const good = { ...EMPTY_VALUES, whatIsWrong: "The date is a day late.", sourceUrl: " https://news.example.org/a " };
const cook = { jurisdictionId: "17031", placeName: "Cook County" };

describe("the correction form", () => {
  it("names each field the api would refuse", () => {
    expect(correctionProblems(good)).toEqual([]);
    expect(correctionProblems(EMPTY_VALUES)).toEqual(["whatIsWrong", "sourceUrl"]);
    expect(correctionProblems({ ...good, sourceUrl: "javascript:alert(1)" })).toEqual(["sourceUrl"]);
    expect(correctionProblems({ ...good, sourceUrl: "news.example.org/a" })).toEqual(["sourceUrl"]);
    expect(correctionProblems({ ...good, whatIsWrong: "   " })).toEqual(["whatIsWrong"]);
    expect(correctionProblems({ ...good, whatIsWrong: "x".repeat(2_001) })).toEqual(["whatIsWrong"]);
    expect(correctionProblems({ ...good, contact: "x".repeat(201) })).toEqual(["contact"]);
  });

  it("reads the fields out of an api error's issues", () => {
    expect(
      fieldsOfError({
        data: {
          issues: [
            { field: "sourceUrl", message: "must be ..." },
            { field: "jurisdictionId", message: "x" },
          ],
        },
      }),
    ).toEqual(["sourceUrl"]);
    expect(fieldsOfError(new Error("network"))).toEqual([]);
    expect(fieldsOfError(null)).toEqual([]);
  });

  it("sends trimmed words, the event when there is one, and the honeypot only when filled", () => {
    expect(submitInput(cook, { ...good, contact: "  " })).toEqual({
      jurisdictionId: "17031",
      whatIsWrong: "The date is a day late.",
      sourceUrl: "https://news.example.org/a",
    });
    const event = { id: "act-17031", date: "2013-01-22", datePrecision: "day" as const, what: "Activated" };
    expect(submitInput({ ...cook, event }, { ...good, contact: " me@example.org ", website: "spam" })).toEqual({
      jurisdictionId: "17031",
      eventId: "act-17031",
      whatIsWrong: "The date is a day late.",
      sourceUrl: "https://news.example.org/a",
      contact: "me@example.org",
      website: "spam",
    });
  });
});

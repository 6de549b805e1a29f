import { describe, expect, it } from "vitest";
import { curator as en } from "../../lib/i18n/en/curator.js";
import { curator as es } from "../../lib/i18n/es/curator.js";
import { fieldLabel } from "./field-labels.js";

describe("fieldLabel", () => {
  it("names a field as the form labels it, in the reader's language", () => {
    expect(fieldLabel("event.sources[0].url", en, "en")).toBe("Source 1: URL");
    expect(fieldLabel("event.sources[2].found_at", es, "es")).toBe("Fuente 3: URL");
    expect(fieldLabel("event.date", es, "es")).toBe("Fecha");
    expect(fieldLabel("event.jurisdiction.fips", en, "en")).toBe("Jurisdiction");
    expect(fieldLabel("reason", en, "en")).toBe("Reason for this change");
  });

  it("keeps the api's name for a field the form does not show", () => {
    expect(fieldLabel("baseRevision", en, "en")).toBe("baseRevision");
  });
});

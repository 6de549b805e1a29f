import { describe, expect, it } from "vitest";
import { placeName } from "./place-names.js";

describe("placeName", () => {
  it("keeps every name in English", () => {
    expect(placeName("Cook County", "en")).toBe("Cook County");
    expect(placeName("New York", "en")).toBe("New York");
  });

  it("writes each kind of county the Spanish way, and the states by their Spanish names", () => {
    expect(placeName("Cook County", "es")).toBe("Condado de Cook");
    expect(placeName("Miami-Dade County", "es")).toBe("Condado de Miami-Dade");
    expect(placeName("Orleans Parish", "es")).toBe("Parroquia de Orleans");
    expect(placeName("Alexandria city", "es")).toBe("Ciudad de Alexandria");
    expect(placeName("Bethel Census Area", "es")).toBe("Área censal de Bethel");
    expect(placeName("Anchorage Municipality", "es")).toBe("Municipio de Anchorage");
    expect(placeName("New York", "es")).toBe("Nueva York");
    expect(placeName("District of Columbia", "es")).toBe("Distrito de Columbia");
  });

  it("leaves names that are a proper name, not a kind, as they are", () => {
    // "Carson City" is the city's name (capital C), not Virginia's "independent city" kind.
    expect(placeName("Carson City", "es")).toBe("Carson City");
    expect(placeName("North Slope Borough", "es")).toBe("North Slope Borough");
    expect(placeName("Ohio", "es")).toBe("Ohio");
  });
});

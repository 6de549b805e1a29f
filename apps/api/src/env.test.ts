import { describe, expect, it } from "vitest";
import { parseEnv, rateLimitsOf } from "./env.js";

describe("parseEnv", () => {
  it("uses SQLite in DATA_DIR unless DATABASE_URL is set", () => {
    expect(parseEnv({}).DATABASE_URL).toBeUndefined();
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
    expect(parseEnv({ DATABASE_URL: "postgres://atlas@db:5432/scomm" }).DATABASE_URL).toBe("postgres://atlas@db:5432/scomm");
    expect(parseEnv({ DATABASE_URL: "postgresql://db/scomm" }).DATABASE_URL).toBe("postgresql://db/scomm");
  });

  it("names DATABASE_URL when it is not a PostgreSQL URL", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://db/scomm" })).toThrow(
      "invalid environment: DATABASE_URL: must be a postgres:// or postgresql:// URL",
    );
    expect(() => parseEnv({ DATABASE_URL: "/var/lib/scomm" })).toThrow(/DATABASE_URL/);
  });
});

describe("rate limits from the environment", () => {
  it("defaults to 60 images, 120 data files and 600 searches a minute, and names a bad value", () => {
    expect(rateLimitsOf(parseEnv({}))).toEqual({ imagesPerMinute: 60, dataPerMinute: 120, searchesPerMinute: 600 });
    expect(rateLimitsOf(parseEnv({ RATE_LIMIT_IMAGES: "5" })).imagesPerMinute).toBe(5);
    expect(() => parseEnv({ RATE_LIMIT_DATA: "0" })).toThrow(/RATE_LIMIT_DATA/);
  });
});

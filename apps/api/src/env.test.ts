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
  it("defaults to 60 images, 120 data files, 600 searches, 10 sign-ins and 600 writes a minute, and names a bad value", () => {
    expect(rateLimitsOf(parseEnv({}))).toEqual({
      imagesPerMinute: 60,
      dataPerMinute: 120,
      searchesPerMinute: 600,
      signInsPerMinute: 10,
      writesPerMinute: 600,
      correctionsPerHour: 20,
    });
    expect(rateLimitsOf(parseEnv({ RATE_LIMIT_SIGN_IN: "3" })).signInsPerMinute).toBe(3);
    expect(rateLimitsOf(parseEnv({ RATE_LIMIT_IMAGES: "5" })).imagesPerMinute).toBe(5);
    expect(() => parseEnv({ RATE_LIMIT_DATA: "0" })).toThrow(/RATE_LIMIT_DATA/);
  });
});

describe("SITE_URL", () => {
  it("defaults to http://HOST:PORT and drops a trailing slash", () => {
    expect(parseEnv({}).SITE_URL).toBe("http://127.0.0.1:3000");
    expect(parseEnv({ HOST: "0.0.0.0", PORT: "8080" }).SITE_URL).toBe("http://0.0.0.0:8080");
    expect(parseEnv({ HOST: "::1" }).SITE_URL).toBe("http://[::1]:3000");
    expect(parseEnv({ SITE_URL: "https://atlas.example.org/" }).SITE_URL).toBe("https://atlas.example.org");
  });

  it("names SITE_URL when it is not an http(s) URL without query", () => {
    for (const bad of ["atlas.example.org", "ftp://atlas.example.org", "https://atlas.example.org/?a=1"]) {
      expect(() => parseEnv({ SITE_URL: bad }), bad).toThrow(/SITE_URL: must/);
    }
  });
});

describe("RESEED", () => {
  it("imports a changed dataset everywhere unless told to seed an empty database only", () => {
    expect(parseEnv({ NODE_ENV: "production" }).RESEED).toBe("if-changed");
    expect(parseEnv({ NODE_ENV: "production", RESEED: "if-empty" }).RESEED).toBe("if-empty");
    expect(parseEnv({}).RESEED).toBe("if-changed");
    expect(parseEnv({ NODE_ENV: "production", RESEED: "if-changed" }).RESEED).toBe("if-changed");
    expect(() => parseEnv({ RESEED: "always" })).toThrow(/RESEED/);
  });
});

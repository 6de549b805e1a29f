import { fileURLToPath } from "node:url";
import { isPostgresUrl } from "@scomm/db";
import { z } from "zod";
import { DEFAULT_PIXEL_BUDGET, DEFAULT_THREADS, type RenderPoolOptions } from "./exports/render-pool.js";
import { DEFAULT_RATE_LIMITS, type RateLimits } from "./rate-limits.js";

/** `<repo>/.data`, resolved from this file so the working directory does not matter. */
const DEFAULT_DATA_DIR = fileURLToPath(new URL("../../../.data", import.meta.url));

const perMinute = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

/** The site's public URL as given (http or https, no query or fragment), without a trailing slash. */
const siteUrlSchema = z
  .url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" })
  .refine((url) => !/[?#]/.test(url), "must not have a query or fragment")
  .transform((url) => url.replace(/\/+$/, ""));

export const envSchema = z
  .object({
    HOST: z.string().min(1).default("127.0.0.1"),
    PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
    /**
     * The public URL of the site, used in links, feeds, the data README and image credits. Never taken from
     * the request's Host header (which any client sets). Default http://HOST:PORT.
     */
    SITE_URL: siteUrlSchema.optional(),
    DATA_DIR: z.string().min(1).default(DEFAULT_DATA_DIR),
    /** The built web app to serve (default apps/web/dist); the cold-load bench points it at a baseline build. */
    WEB_DIST: z.string().min(1).optional(),
    /** A PostgreSQL server to use instead of SQLite in DATA_DIR (for several API instances). Empty means unset. */
    DATABASE_URL: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z.string().refine(isPostgresUrl, "must be a postgres:// or postgresql:// URL").optional(),
    ),
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    /**
     * When the repository's dataset goes into the database: "if-changed" (the default) seeds an empty database
     * and imports a changed dataset as revisions by "dataset import", never over a curator's change (which
     * becomes an import conflict); "if-empty" only seeds an empty database and otherwise leaves it as it is.
     */
    RESEED: z.enum(["if-empty", "if-changed"]).optional(),
    /** JSON log level (pino); tests run with warn unless set. */
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
    /** Requests per IP per minute (rate-limits.ts gives the reasons for the defaults). */
    RATE_LIMIT_IMAGES: perMinute(DEFAULT_RATE_LIMITS.imagesPerMinute),
    RATE_LIMIT_DATA: perMinute(DEFAULT_RATE_LIMITS.dataPerMinute),
    RATE_LIMIT_SEARCH: perMinute(DEFAULT_RATE_LIMITS.searchesPerMinute),
    RATE_LIMIT_SIGN_IN: perMinute(DEFAULT_RATE_LIMITS.signInsPerMinute),
    RATE_LIMIT_WRITES: perMinute(DEFAULT_RATE_LIMITS.writesPerMinute),
    /** Image rendering (render-pool.ts): worker threads, renders that may wait, the most pixels in one PNG. */
    RENDER_THREADS: z.coerce.number().int().min(1).max(16).default(DEFAULT_THREADS),
    RENDER_QUEUE: z.coerce.number().int().min(0).default(16),
    IMAGE_PIXEL_BUDGET: z.coerce.number().int().min(100_000).default(DEFAULT_PIXEL_BUDGET),
    /** `pnpm admin:create` only: the new admin's password, instead of typing it at the prompt. Never defaulted. */
    ADMIN_PASSWORD: z.string().optional(),
  })
  .transform((env) => ({
    ...env,
    SITE_URL: env.SITE_URL ?? `http://${hostInUrl(env.HOST)}:${env.PORT}`,
    LOG_LEVEL: env.LOG_LEVEL ?? (env.NODE_ENV === "test" ? "warn" : "info"),
    RESEED: env.RESEED ?? "if-changed",
  }));
export type Env = z.output<typeof envSchema>;

/** A host as written in a URL: an IPv6 address goes in brackets. */
function hostInUrl(host: string): string {
  return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
}

/** The rate limits the env sets, as createApp takes them. */
export function rateLimitsOf(env: Env): RateLimits {
  return {
    imagesPerMinute: env.RATE_LIMIT_IMAGES,
    dataPerMinute: env.RATE_LIMIT_DATA,
    searchesPerMinute: env.RATE_LIMIT_SEARCH,
    signInsPerMinute: env.RATE_LIMIT_SIGN_IN,
    writesPerMinute: env.RATE_LIMIT_WRITES,
  };
}

/** The render pool's settings the env sets. */
export function renderPoolOptionsOf(env: Env): RenderPoolOptions {
  return { threads: env.RENDER_THREADS, queue: env.RENDER_QUEUE, pixelBudget: env.IMAGE_PIXEL_BUDGET };
}

/** The only reader of process.env. Throws naming every bad variable. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`invalid environment: ${problems}`);
  }
  return result.data;
}

import { fileURLToPath } from "node:url";
import { isPostgresUrl } from "@scomm/db";
import { z } from "zod";

/** `<repo>/.data`, resolved from this file so the working directory does not matter. */
const DEFAULT_DATA_DIR = fileURLToPath(new URL("../../../.data", import.meta.url));

export const envSchema = z.object({
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  DATA_DIR: z.string().min(1).default(DEFAULT_DATA_DIR),
  /** A PostgreSQL server to use instead of SQLite in DATA_DIR (for several API instances). Empty means unset. */
  DATABASE_URL: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.string().refine(isPostgresUrl, "must be a postgres:// or postgresql:// URL").optional(),
  ),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
});
export type Env = z.infer<typeof envSchema>;

/** The only reader of process.env. Throws naming every bad variable. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`invalid environment: ${problems}`);
  }
  return result.data;
}

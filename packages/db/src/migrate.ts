import { Migrator, type Migration, type MigrationResultSet } from "kysely";
import type { Db } from "./client.js";
import * as initial from "./migrations/0001-initial.js";
import * as spanishText from "./migrations/0002-event-spanish-text.js";
import * as curators from "./migrations/0003-curators.js";
import * as datasetImports from "./migrations/0004-dataset-imports.js";

/** Every migration, in order. Add a file `migrations/000N-<what>.ts` and list it here. */
const MIGRATIONS: Record<string, Migration> = {
  "0001-initial": initial,
  "0002-event-spanish-text": spanishText,
  "0003-curators": curators,
  "0004-dataset-imports": datasetImports,
};

export function migrator(db: Db): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
}

/** Bring the schema to the latest version; throws when a migration fails. */
export async function migrateToLatest(db: Db): Promise<MigrationResultSet> {
  const result = await migrator(db).migrateToLatest();
  if (result.error) throw new Error("database migration failed", { cause: result.error });
  return result;
}

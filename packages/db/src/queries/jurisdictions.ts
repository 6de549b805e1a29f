import type { Jurisdiction, Level } from "@scomm/core";
import type { Db } from "../client.js";

export interface JurisdictionFilter {
  level?: Level;
  stateFips?: string;
}

/** Jurisdictions by FIPS order, optionally of one level and/or within one state. */
export async function listJurisdictions(db: Db, { level, stateFips }: JurisdictionFilter = {}): Promise<Jurisdiction[]> {
  let query = db.selectFrom("jurisdictions").selectAll();
  if (level) query = query.where("level", "=", level);
  if (stateFips) query = query.where("stateFips", "=", stateFips);
  return query.orderBy("id").execute();
}

export async function getJurisdiction(db: Db, id: string): Promise<Jurisdiction | undefined> {
  return db.selectFrom("jurisdictions").selectAll().where("id", "=", id).executeTakeFirst();
}

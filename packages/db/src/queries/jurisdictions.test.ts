import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../client.js";
import { describeEachDialect } from "../testing/dialects.js";
import { seededDb } from "../testing/seeded-db.js";
import { tinyDataset } from "../testing/tiny-dataset.js";
import { getJurisdiction, listJurisdictions } from "./jurisdictions.js";

const ids = (list: { id: string }[]) => list.map((j) => j.id);

describeEachDialect("jurisdiction queries", (dialect) => {
  let db: Db;
  beforeAll(async () => {
    db = await seededDb(dialect);
  });
  afterAll(() => db.destroy());

  describe("listJurisdictions", () => {
    it("lists everything in FIPS order with every field as seeded", async () => {
      const all = await listJurisdictions(db);
      expect(ids(all)).toEqual(["36", "36047", "36061", "48", "48113", "48201", "US"]);
      expect(all.find((j) => j.id === "US")).toEqual(tinyDataset.jurisdictions[0]);
    });

    it("filters by level and by state", async () => {
      expect(ids(await listJurisdictions(db, { level: "state" }))).toEqual(["36", "48"]);
      expect(ids(await listJurisdictions(db, { level: "county", stateFips: "48" }))).toEqual(["48113", "48201"]);
      expect(ids(await listJurisdictions(db, { stateFips: "36" }))).toEqual(["36", "36047", "36061"]);
    });
  });

  describe("getJurisdiction", () => {
    it("finds one by id, or nothing", async () => {
      expect(await getJurisdiction(db, "48201")).toMatchObject({ name: "Harris County", stateCode: "TX", population2010: 4092459 });
      expect(await getJurisdiction(db, "99999")).toBeUndefined();
    });
  });
});

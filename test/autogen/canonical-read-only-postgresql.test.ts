/**
 * The comparison on a PostgreSQL connection that may not write (a hot standby; here a session whose transactions
 * start read-only, which refuses temp tables the same way): each group of the round-trip catalogue, built, reads
 * back with no difference, its expressions asked through EXPLAIN (canonical-explain.ts) instead of temp tables.
 * Without those answers the keys, checks, names and otherSchema groups report differences.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "../../src/dialects/dialect.js";
import { postgresComparison } from "../../src/dialects/postgresql/comparison.js";
import { describeOperation } from "../../src/operations/describe.js";
import { connectUrl, createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { catalogue } from "./catalogue-postgresql.js";
import { RoundTrip } from "./roundtrip-helpers-postgresql.js";

describe.skipIf(await skipWithoutServer("postgresql"))("postgresql comparison on a read-only connection", () => {
  let db: ScratchDatabase;
  let conn: Connection;
  let rt: RoundTrip;
  beforeAll(async () => {
    db = await createScratchDatabase("postgresql");
    conn = await connectUrl(db.url);
    rt = new RoundTrip(conn);
  });
  afterAll(async () => {
    await conn?.close();
    await db?.drop();
  });

  it.each(Object.keys(catalogue))("%s: built, reads back with no difference where nothing may be written", async (name) => {
    await rt.useSchema(`rt_${name.toLowerCase()}`, "audit");
    const models = catalogue[name]!();
    await rt.build(models);
    await conn.execute({ sql: "SET SESSION default_transaction_read_only = on", params: [] });
    try {
      expect(await conn.readOnly()).toMatch(/^the connection is read-only/);
      const differences = [...await rt.diff(models), ...await rt.diff(postgresComparison.storedForm(models))];
      expect(differences.map(describeOperation)).toEqual([]);
    } finally {
      await conn.execute({ sql: "SET SESSION default_transaction_read_only = off", params: [] });
    }
  });
});

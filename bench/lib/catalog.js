// What the large-schema benchmarks share: the synthetic schema built in a scratch database by the database's own
// client, and the catalog floor (athanor's introspection queries, captured once, run by that same client).
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { schemaDdl } from "../generate.js";
import { applySql, scratchDatabase } from "./databases.js";
import { timeAsync } from "./measure.js";
import { ROOT } from "./project.js";

const dist = (path) => import(pathToFileURL(join(ROOT, "dist", path)).href);

/**
 * A scratch database holding schemaSpec(tables) as the database's own DDL, applied by its client statement by
 * statement (one transaction could not lock thousands of new tables on PostgreSQL). Autogenerate and pull are
 * measured on the same database, so the slow part of a run (building 5,000 tables on MariaDB) is done once.
 * Returns the database of scratchDatabase() and how long building it took.
 */
export function schemaDatabase(dialect, tables) {
  const db = scratchDatabase(dialect, `athanor_bench_s${tables}`);
  const started = Date.now();
  try {
    applySql(db, schemaDdl(tables, dialect));
  } catch (error) {
    db.drop();
    throw error;
  }
  return { db, setupMs: Date.now() - started };
}

/**
 * athanor's introspection of `db` in process (median ms over `runs`), the statements it sends, and the floor:
 * those statements inlined into one script for the database's own client, as a timeInterleaved task.
 * `projectDir` resolves a relative SQLite path as the CLI would.
 */
export async function catalogFloor(db, projectDir, runs) {
  const { getDialect } = await dist("dialects/index.js");
  const { parseDatabaseUrl } = await dist("dialects/url.js");
  const url = parseDatabaseUrl(db.url, projectDir);
  const dialectObject = getDialect(db.dialect);
  const connection = await dialectObject.connect(url, { connectTimeoutMs: 10_000 });
  let statements = [];
  let introspection;
  try {
    introspection = await timeAsync(async () => {
      statements = [];
      return dialectObject.introspect(async (statement) => { statements.push(statement); return connection.query(statement); });
    }, runs);
  } finally {
    await connection.close();
  }
  const floorSql = statements.map((s) => `${dialectObject.inline(s)};\n`).join("");
  const [command, args, input] = db.client(floorSql);
  return { queries: statements.length, introspectMs: introspection.ms, floor: { command, args, input } };
}

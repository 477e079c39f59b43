/**
 * The migration lock as another client sees it, derived here independently
 * of src/ from what README and src/dialects/* /lock.ts document: the lock
 * name is `athanor:<version table>`; PostgreSQL takes the session advisory
 * lock whose key is the first 8 bytes of SHA-256(name) as a signed bigint;
 * MySQL takes GET_LOCK("<database>.<name>").
 */
import { createHash } from "node:crypto";
import type { Connection } from "../../src/dialects/dialect.js";
import type { ScratchDatabase } from "./databases.js";

export function lockName(versionTable = "migrate_version"): string {
  return `athanor:${versionTable}`;
}

export function advisoryKey(name = lockName()): string {
  return createHash("sha256").update(name, "utf8").digest().readBigInt64BE(0).toString();
}

export function mysqlLockName(db: ScratchDatabase, name = lockName()): string {
  return `${db.name}.${name}`;
}

/** Takes the migration lock on `connection` as a migration run would (SQLite: BEGIN IMMEDIATE). */
export async function holdLock(db: ScratchDatabase, connection: Connection): Promise<void> {
  if (db.dialect === "postgresql") {
    await connection.query({ sql: `SELECT pg_advisory_lock(${advisoryKey()})`, params: [] });
  } else if (db.dialect === "mysql") {
    const [row] = await connection.query<{ got: number }>({ sql: `SELECT GET_LOCK('${mysqlLockName(db)}', 5) AS got`, params: [] });
    if (Number(row?.got) !== 1) throw new Error("could not take the MySQL lock");
  } else {
    await connection.begin();
  }
}

/** Whether nobody holds the migration lock now (SQLite: whether a write transaction can start). */
export async function lockIsFree(db: ScratchDatabase, connection: Connection): Promise<boolean> {
  if (db.dialect === "postgresql") {
    const rows = await connection.query({ sql: `SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted
      AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
      AND objsubid = 1 AND ((classid::bigint << 32) | objid::bigint) = ${advisoryKey()}`, params: [] });
    return rows.length === 0;
  }
  if (db.dialect === "mysql") {
    const [row] = await connection.query<{ free: number }>({ sql: `SELECT IS_FREE_LOCK('${mysqlLockName(db)}') AS free`, params: [] });
    return Number(row?.free) === 1;
  }
  try {
    await connection.acquireLock(lockName(), 0);
    await connection.begin();
    await connection.rollback();
    return true;
  } catch {
    return false;
  }
}

/** Polls lockIsFree for up to `timeoutMs`: a killed client's server session takes a moment to end. */
export async function lockFreesWithin(db: ScratchDatabase, connection: Connection, timeoutMs = 3000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await lockIsFree(db, connection)) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * ddlLockTimeout on MySQL / MariaDB: a statement that waits longer than lock_wait_timeout (metadata locks) or
 * innodb_lock_wait_timeout (row locks) fails with ER_LOCK_WAIT_TIMEOUT and did not apply. The blocker still
 * holds its lock when the error arrives, and the connection is usable, so it is looked up there and then:
 * holders of metadata locks (MariaDB's METADATA_LOCK_INFO plugin, when loaded) on the tables the statement names,
 * else the sessions of this database with an open transaction (an open transaction is what holds a metadata
 * lock past its statement).
 */
import type { Connection as MysqlConnection } from "mysql2/promise";
import { LockWaitTimeoutError } from "../../errors.js";
import { errorCode } from "../shared/connect-errors.js";

interface Blocker {
  ID: number;
  USER: string | null;
  HOST: string | null;
  COMMAND: string | null;
  TIME: number | null;
  INFO: string | null;
  TABLE_NAME?: string | null;
  trx_started?: string | null;
}

export function isLockWaitTimeout(error: unknown): boolean {
  return errorCode(error) === "ER_LOCK_WAIT_TIMEOUT";
}

export async function lockWaitError(connection: MysqlConnection, timeoutMs: number, sqlText: string, error: unknown): Promise<LockWaitTimeoutError> {
  const blockers = await metadataLockHolders(connection, sqlText).catch(() => null)
    ?? await openTransactions(connection).catch(() => []);
  return new LockWaitTimeoutError(lockWaitMessage(timeoutMs, blockers), { cause: error });
}

/** Null when the plugin is not loaded (the table does not exist) or shows nobody. */
async function metadataLockHolders(connection: MysqlConnection, sqlText: string): Promise<Blocker[] | null> {
  const [rows] = await connection.query(
    `SELECT p.ID, p.USER, p.HOST, p.COMMAND, p.TIME, LEFT(p.INFO, 100) AS INFO, m.TABLE_NAME
       FROM information_schema.METADATA_LOCK_INFO m JOIN information_schema.PROCESSLIST p ON p.ID = m.THREAD_ID
      WHERE m.TABLE_SCHEMA = DATABASE() AND m.THREAD_ID <> CONNECTION_ID()`);
  const all = rows as Blocker[];
  const named = all.filter((b) => b.TABLE_NAME && sqlText.includes(`\`${b.TABLE_NAME}\``));
  const found = dedupe(named.length > 0 ? named : all);
  return found.length > 0 ? found : null;
}

async function openTransactions(connection: MysqlConnection): Promise<Blocker[]> {
  const [rows] = await connection.query(
    `SELECT p.ID, p.USER, p.HOST, p.COMMAND, p.TIME, LEFT(p.INFO, 100) AS INFO, t.trx_started
       FROM information_schema.INNODB_TRX t JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id
      WHERE p.ID <> CONNECTION_ID() AND p.DB = DATABASE()
      ORDER BY t.trx_started LIMIT 3`);
  return rows as Blocker[];
}

function dedupe(blockers: readonly Blocker[]): Blocker[] {
  const seen = new Map<number, Blocker>();
  for (const b of blockers) if (!seen.has(Number(b.ID))) seen.set(Number(b.ID), b);
  return [...seen.values()].slice(0, 3);
}

/** Worded as the migration lock's timeout (lock.ts) words who holds it. */
function lockWaitMessage(timeoutMs: number, blockers: readonly Blocker[]): string {
  const waited = `${Math.max(1, Math.ceil(timeoutMs / 1000))}s`;
  const advice = "end that session's transaction (or wait for it) and run again, or raise ddlLockTimeout / ddlLockRetries";
  const base = `waited ${waited} (ddlLockTimeout) for a lock held by another session`;
  if (blockers.length === 0) return `${base}; ${advice}`;
  const described = blockers.map((b) => [
    `connection id ${b.ID}`,
    b.USER ? `user ${b.USER}` : null,
    b.HOST ? `from ${b.HOST}` : null,
    b.TABLE_NAME ? `holding a metadata lock on ${b.TABLE_NAME}` : null,
    b.trx_started ? `in a transaction open since ${b.trx_started}` : null,
    b.COMMAND === "Sleep" ? `idle for ${b.TIME ?? 0}s` : b.INFO ? `running ${JSON.stringify(b.INFO.replace(/\s+/g, " ").trim())}` : null,
  ].filter((part) => part !== null).join(", "));
  return `${base} (${described.join("; ")}); ${advice}`;
}

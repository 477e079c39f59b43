/**
 * The migration lock on SQLite is the database write lock that begin()
 * takes with BEGIN IMMEDIATE. acquireLock only decides how long to wait for
 * it (PRAGMA busy_timeout); a wait that runs out is SQLITE_BUSY, reported as
 * LockTimeoutError.
 */
import type { Database } from "better-sqlite3";
import { LockTimeoutError } from "../../errors.js";
import { errorCode } from "../shared/connect-errors.js";

export class SqliteLocks {
  constructor(private readonly db: Database, private busyTimeoutMs: number) {}

  acquire(_key: string, timeoutMs: number): void {
    this.busyTimeoutMs = Math.max(0, Math.floor(timeoutMs));
    this.db.pragma(`busy_timeout = ${this.busyTimeoutMs}`);
  }

  /** SQLITE_BUSY (and its extended codes) after the busy timeout → LockTimeoutError; anything else unchanged. */
  translate(error: unknown): unknown {
    if (!(errorCode(error) ?? "").startsWith("SQLITE_BUSY")) return error;
    const waited = (this.busyTimeoutMs / 1000).toFixed(this.busyTimeoutMs % 1000 === 0 ? 0 : 1);
    return new LockTimeoutError(
      `database is locked by another process (waited ${waited}s); wait for it to finish and try again`, { cause: error });
  }
}

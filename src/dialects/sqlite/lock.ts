/**
 * The migration lock on SQLite is the database write lock that begin()
 * takes with BEGIN IMMEDIATE. acquireLock only decides how long to wait for
 * it (PRAGMA busy_timeout); a wait that runs out is SQLITE_BUSY, reported as
 * LockTimeoutError. With ddlLockTimeout set (setLockWait), the wait is that
 * instead, whoever holds the write lock: on SQLite the lock every statement
 * of a migration needs is this one lock, and a wait for it that runs out is
 * LockWaitTimeoutError (which the run may retry).
 */
import type { Database } from "better-sqlite3";
import { LockTimeoutError, LockWaitTimeoutError } from "../../errors.js";
import { errorCode } from "../shared/connect-errors.js";

export class SqliteLocks {
  private lockWaitMs: number | null = null;

  constructor(private readonly db: Database, private busyTimeoutMs: number) {}

  acquire(_key: string, timeoutMs: number): void {
    this.busyTimeoutMs = Math.max(0, Math.floor(timeoutMs));
    if (this.lockWaitMs === null) this.db.pragma(`busy_timeout = ${this.busyTimeoutMs}`);
  }

  /** ddlLockTimeout; null: back to the migration lock's wait. */
  setLockWait(timeoutMs: number | null): void {
    this.lockWaitMs = timeoutMs;
    this.db.pragma(`busy_timeout = ${timeoutMs ?? this.busyTimeoutMs}`);
  }

  /** SQLITE_BUSY (and its extended codes) after the busy timeout → LockTimeoutError; anything else unchanged. */
  translate(error: unknown): unknown {
    if (!(errorCode(error) ?? "").startsWith("SQLITE_BUSY")) return error;
    if (this.lockWaitMs !== null) {
      const waited = (this.lockWaitMs / 1000).toFixed(this.lockWaitMs % 1000 === 0 ? 0 : 1);
      return new LockWaitTimeoutError(
        `database is locked by another connection (waited ${waited}s, ddlLockTimeout; SQLite cannot tell which one); ` +
        "wait for its write to finish and run again, or raise ddlLockTimeout / ddlLockRetries", { cause: error });
    }
    const waited = (this.busyTimeoutMs / 1000).toFixed(this.busyTimeoutMs % 1000 === 0 ? 0 : 1);
    return new LockTimeoutError(
      `database is locked by another process (waited ${waited}s); wait for it to finish and try again`, { cause: error });
  }
}

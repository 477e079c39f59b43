/**
 * A live SQLite database through better-sqlite3 (synchronous; wrapped in
 * promises to fit the Connection contract). The driver is imported with
 * `await import()` here only. Foreign keys are enforced (PRAGMA foreign_keys
 * is off by default in SQLite).
 */
import { existsSync } from "node:fs";
import { dirname } from "node:path";
import type { Database } from "better-sqlite3";
import type { ConnectOptions, Connection, DatabaseUrl, Dialect, Statement } from "../dialect.js";
import { normalizeParams } from "../shared/values.js";
import { missingFolderError, sqliteOpenError } from "./errors.js";
import { SqliteLocks } from "./lock.js";
import { sqliteSyntax } from "./quote.js";

export async function connectSqlite(dialect: Dialect, url: DatabaseUrl, options: ConnectOptions): Promise<Connection> {
  const path = url.database;
  // Opening a missing file creates it, but not its folder: say so rather than "unable to open".
  if (path !== ":memory:" && !existsSync(dirname(path))) throw missingFolderError(url, dirname(path));
  const { default: BetterSqlite3 } = await import("better-sqlite3");
  let db: Database;
  try {
    db = new BetterSqlite3(path, { timeout: options.connectTimeoutMs });
    db.pragma("foreign_keys = ON");
    // Opening is lazy; reading the schema now makes a non-database file fail here, clearly, not at the first op.
    db.pragma("schema_version");
  } catch (error) {
    throw sqliteOpenError(error, url);
  }
  return new SqliteConnection(dialect, db, new SqliteLocks(db, options.connectTimeoutMs));
}

class SqliteConnection implements Connection {
  constructor(readonly dialect: Dialect, private readonly db: Database, private readonly locks: SqliteLocks) {}

  async execute(statement: Statement): Promise<void> {
    this.guard(() => {
      // exec() runs several statements at once (user SQL in op.execute), but binds nothing.
      if (statement.params.length === 0) return this.db.exec(statement.sql);
      const prepared = this.db.prepare(statement.sql);
      const params = normalizeParams(statement.params, sqliteSyntax.values);
      return prepared.reader ? prepared.all(...params) : prepared.run(...params);
    });
  }

  async query<Row = Record<string, unknown>>(statement: Statement): Promise<Row[]> {
    return this.guard(() => {
      const prepared = this.db.prepare(statement.sql);
      const params = normalizeParams(statement.params, sqliteSyntax.values);
      if (prepared.reader) return prepared.all(...params) as Row[];
      prepared.run(...params);
      return [];
    });
  }

  /** IMMEDIATE takes the write lock now, so two runs serialise here rather than deadlock later. */
  async begin(): Promise<void> {
    this.guard(() => this.db.exec("BEGIN IMMEDIATE"));
  }

  async commit(): Promise<void> {
    this.guard(() => this.db.exec("COMMIT"));
  }

  async rollback(): Promise<void> {
    // SQLite may already have rolled back on its own (e.g. after SQLITE_FULL); that is not a second error.
    if (this.db.inTransaction) this.guard(() => this.db.exec("ROLLBACK"));
  }

  async acquireLock(key: string, timeoutMs: number): Promise<void> {
    this.locks.acquire(key, timeoutMs);
  }

  async releaseLock(_key: string): Promise<void> {
    // Nothing is held between transactions: the write lock ends with COMMIT or ROLLBACK.
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private guard<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw this.locks.translate(error);
    }
  }
}

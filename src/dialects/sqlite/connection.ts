/**
 * A live SQLite database through better-sqlite3 (synchronous; wrapped in
 * promises to fit the Connection contract). The driver is imported with
 * `await import()` here only.
 *
 * Foreign keys: a migration connection runs with PRAGMA foreign_keys OFF
 * (set here, at connect, because SQLite ignores the pragma inside a
 * transaction) and checks them all at commit instead. With them ON, the
 * DROP TABLE of a move-and-copy rebuild deletes the old table's rows one by
 * one first, which fires ON DELETE CASCADE / SET NULL on the rows of every
 * child table: rebuilding a parent would empty or orphan its children. The
 * trade-off: statements of data migrations (op.execute, op.bulkInsert) fire
 * no cascades and are not checked row by row; a violation they leave behind
 * is found by PRAGMA foreign_key_check when the transaction commits, and the
 * commit fails (the runtime then rolls back), so no violation is ever committed.
 */
import { existsSync } from "node:fs";
import { dirname } from "node:path";
import type { Database, Statement as SqliteStatement } from "better-sqlite3";
import { DatabaseError } from "../../errors.js";
import type { ConnectOptions, Connection, DatabaseUrl, Dialect, Statement } from "../dialect.js";
import { normalizeParams } from "../shared/values.js";
import { missingFolderError, sqliteOpenError } from "./errors.js";
import { SqliteLocks } from "./lock.js";
import { sqliteReadOnly } from "./read-only.js";
import { sqliteSyntax } from "./quote.js";

export async function connectSqlite(dialect: Dialect, url: DatabaseUrl, options: ConnectOptions): Promise<Connection> {
  const path = url.database;
  // Opening a missing file creates it, but not its folder: say so rather than "unable to open".
  if (path !== ":memory:" && !existsSync(dirname(path))) throw missingFolderError(url, dirname(path));
  const { default: BetterSqlite3 } = await import("better-sqlite3");
  let db: Database;
  try {
    // `?mode=ro`, as in SQLite's own URIs: the file is only read (and must exist).
    db = new BetterSqlite3(path, { timeout: options.connectTimeoutMs, readonly: url.params["mode"] === "ro" });
    db.pragma("foreign_keys = OFF");
    // Opening is lazy; reading the schema now makes a non-database file fail here, clearly, not at the first op.
    db.pragma("schema_version");
  } catch (error) {
    throw sqliteOpenError(error, url);
  }
  return new SqliteConnection(dialect, db, new SqliteLocks(db, options.connectTimeoutMs), path);
}

interface Violation { db: string; table: string; rowid: number | bigint | null; parent: string }

/**
 * Throws (before COMMIT) when rows reference missing parents, naming the
 * first of them. Every attached database is checked: a plain PRAGMA
 * foreign_key_check looks at "main" only.
 */
function checkForeignKeys(db: Database): void {
  const violations = db.prepare(`SELECT d.name AS db, f."table", f.rowid, f.parent
    FROM pragma_database_list d JOIN pragma_foreign_key_check(NULL, d.name) f LIMIT 4`).all() as Violation[];
  if (violations.length === 0) return;
  const name = (v: Violation, table: string): string => (v.db === "main" ? table : `${v.db}.${table}`);
  const shown = violations.slice(0, 3).map((v) => `${name(v, v.table)} row ${v.rowid ?? "(no rowid)"} references a missing row of ${name(v, v.parent)}`);
  const more = violations.length > shown.length ? " (and more)" : "";
  throw new DatabaseError(`foreign key violation: ${shown.join("; ")}${more}; fix or delete those rows in the migration before it commits`);
}

/** How many prepared statements a connection keeps: the run's own few (version table, history) and then some. */
const PREPARED_LIMIT = 32;

class SqliteConnection implements Connection {
  /** Statements with parameters recur (a version-table update per revision): preparing costs more than running. */
  private readonly prepared = new Map<string, SqliteStatement>();

  constructor(
    readonly dialect: Dialect, private readonly db: Database, private readonly locks: SqliteLocks, private readonly path: string,
  ) {}

  private prepare(sql: string): SqliteStatement {
    let statement = this.prepared.get(sql);
    if (statement === undefined) {
      statement = this.db.prepare(sql);
      if (this.prepared.size >= PREPARED_LIMIT) this.prepared.delete(this.prepared.keys().next().value!);
      this.prepared.set(sql, statement);
    }
    return statement;
  }

  async execute(statement: Statement): Promise<void> {
    this.guard(() => {
      // exec() runs several statements at once (user SQL in op.execute), but binds nothing.
      if (statement.params.length === 0) return this.db.exec(statement.sql);
      const prepared = this.prepare(statement.sql);
      const params = normalizeParams(statement.params, sqliteSyntax.values);
      return prepared.reader ? prepared.all(...params) : prepared.run(...params);
    });
  }

  /** In-process: there is no round trip to save. */
  async executeAll(statements: readonly Statement[]): Promise<void> {
    for (const statement of statements) await this.execute(statement);
  }

  async query<Row = Record<string, unknown>>(statement: Statement): Promise<Row[]> {
    return this.guard(() => {
      const prepared = this.prepare(statement.sql);
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

  /** Foreign keys are checked here, all at once, since the connection does not enforce them (see above). */
  async commit(): Promise<void> {
    this.guard(() => {
      if (this.db.inTransaction) checkForeignKeys(this.db);
      this.db.exec("COMMIT");
    });
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

  async setLockWait(timeoutMs: number | null): Promise<void> {
    this.locks.setLockWait(timeoutMs);
  }

  async readOnly(): Promise<string | null> {
    return sqliteReadOnly(this.path, this.db.readonly);
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

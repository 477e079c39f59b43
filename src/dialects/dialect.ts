/**
 * The dialect contract. Everything that differs between PostgreSQL, MySQL and
 * SQLite lives behind these interfaces, under src/dialects/<name>/; nothing
 * outside src/dialects/ asks which database it is talking to.
 */
import type { Operation } from "../operations/operation.js";

export type DialectName = "postgresql" | "mysql" | "sqlite";

/** One SQL statement with its bound parameters (placeholders in the dialect's style). */
export interface Statement {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/** A parsed connection URL: what a dialect needs to connect. */
export interface DatabaseUrl {
  readonly dialect: DialectName;
  /** The URL as given, for connecting. Never print this: see `display`. */
  readonly raw: string;
  /** The URL with its password (and password-like query parameters) shown as ***. */
  readonly display: string;
  readonly host: string | null;
  readonly port: number | null;
  readonly user: string | null;
  readonly password: string | null;
  /** Database name (PostgreSQL, MySQL); for SQLite the resolved file path or ":memory:". */
  readonly database: string;
  readonly params: Readonly<Record<string, string>>;
}

export interface ConnectOptions {
  /** How long to wait for the server before giving up, in milliseconds. */
  readonly connectTimeoutMs: number;
}

/** SQL for the Alembic-shaped version table (`version_num VARCHAR(32) NOT NULL PRIMARY KEY`). */
export interface VersionTableSql {
  create(table: string): Statement;
  /** One row when the table exists (in the connection's current schema/database), none otherwise. */
  exists(table: string): Statement;
  select(table: string): Statement;
  insert(table: string, version: string): Statement;
  update(table: string, from: string, to: string): Statement;
  delete(table: string, version: string): Statement;
  deleteAll(table: string): Statement;
}

export interface Dialect {
  readonly name: DialectName;
  /** DDL runs inside transactions and rolls back with them (PostgreSQL, SQLite). */
  readonly transactionalDdl: boolean;
  /** Compiles one operation to the statements that perform it, in order. */
  compile(op: Operation): Statement[];
  /** Renders a statement with its parameters inlined, for offline `--sql` output. */
  inline(statement: Statement): string;
  /** Statements that open and close a transaction in offline output (empty where DDL is not transactional). */
  readonly offlineTransaction: { readonly begin: string; readonly commit: string } | null;
  readonly versionTable: VersionTableSql;
  quoteIdentifier(name: string): string;
  connect(url: DatabaseUrl, options: ConnectOptions): Promise<Connection>;
}

/** A live connection. Errors from the driver come out as DatabaseError where they mean "cannot reach". */
export interface Connection {
  readonly dialect: Dialect;
  execute(statement: Statement): Promise<void>;
  query<Row = Record<string, unknown>>(statement: Statement): Promise<Row[]>;
  /** Opens a transaction; on SQLite this takes the database write lock (BEGIN IMMEDIATE). */
  begin(): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  /**
   * Serialises migration runs: PostgreSQL session advisory lock (on a
   * connection of its own), MySQL GET_LOCK. SQLite relies on the write lock
   * taken by begin(). Throws LockTimeoutError after timeoutMs.
   */
  acquireLock(key: string, timeoutMs: number): Promise<void>;
  releaseLock(key: string): Promise<void>;
  close(): Promise<void>;
}

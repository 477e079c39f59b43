/**
 * The dialect contract. Everything that differs between PostgreSQL, MySQL and
 * SQLite lives behind these interfaces, under src/dialects/<name>/; nothing
 * outside src/dialects/ asks which database it is talking to.
 */
import type { LockImpact } from "../operations/lock-impact.js";
import type { Operation, TableRef } from "../operations/operation.js";
import type { Schema, Table } from "../schema/ir.js";
import type { Comparison } from "./comparison.js";
import type { LockFacts } from "./lock-facts.js";

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

/** How a session works in a schema of the config's choosing (see Dialect.sessionSchema). */
export interface SessionSchemaSql {
  /** Session statements after which unqualified names (tables, the version table) resolve in `schema` first. */
  use(schema: string): Statement[];
  /** Creates the schema, doing nothing if it exists. */
  create(schema: string): Statement;
}

/** Runs one catalog query; online it is the migration connection, inside its transaction. */
export interface InvalidIndexSql {
  /**
   * One bulk catalog query: rows `{ schema, name, table }` for every index of the connection's schemas (its
   * search_path) that a failed concurrent build left invalid, and that no build is still working on.
   */
  readonly query: Statement;
  /** The statement that removes one such index without blocking writes, for the message saying how to recover. */
  drop(schema: string, name: string): string;
}

export type QueryFn = <Row = Record<string, unknown>>(statement: Statement) => Promise<Row[]>;

export interface IntrospectOptions {
  /** The schema (PostgreSQL) or database (MySQL) to read; default: the connection's current one. SQLite: "main". */
  readonly schema?: string | null;
  /** Only these tables (and the enums they use); default: every table. */
  readonly tables?: readonly string[];
}

/** A table as it stands in the database, with what a rebuild must carry over besides the IR. */
export interface TableState {
  readonly table: Table;
  /** SQL of triggers on the table (SQLite re-creates them after a move-and-copy rebuild). */
  readonly triggers: readonly string[];
  /** SQL of views and other tables' triggers that name the table (SQLite: a rebuild must not leave them broken). */
  readonly dependents?: readonly string[];
}

/** What compile() may know about the database beyond the op itself. */
export interface CompileContext {
  /**
   * The current state of a table that `tablesNeeded(op)` named. Online it is
   * read from the catalog; offline it is what the ops of the run so far built.
   * Throws UnsupportedOperationError when it cannot be known.
   */
  table(ref: TableRef): TableState;
}

/** One run of one revision, as the history table records it. */
export interface HistoryRecord {
  readonly revision: string;
  readonly direction: "upgrade" | "downgrade" | "stamp";
  /**
   * running: started where DDL commits at once (MySQL, transactional = false); failed or ok when it ended;
   * refused: it stopped before any statement of it ran (the database is unchanged by it).
   */
  readonly status: "ok" | "running" | "failed" | "refused";
  readonly checksum: string | null;
  readonly durationMs: number | null;
  readonly version: string;
  readonly detail: string | null;
}

/** SQL for the history table (`migrate_history`): what ran, when, from which file contents. */
export interface HistoryTableSql {
  /** CREATE TABLE IF NOT EXISTS, as compiled by the dialect's compiler. */
  create(table: string): Statement[];
  exists(table: string): Statement;
  insert(table: string, record: HistoryRecord): Statement;
  /** Ends the revision's `running` row. */
  finish(table: string, revision: string, status: "ok" | "failed" | "refused", durationMs: number | null, detail: string | null): Statement;
  /** Every row, oldest first. */
  select(table: string): Statement;
  /** The last row and every row of the given revisions, oldest first: what `current` needs of a long history. */
  selectFor(table: string, revisions: readonly string[]): Statement;
}

/** Catalog queries the lock report reads online (src/dialects/lock-facts.ts runs them). */
export interface LockFactsSql {
  /** One row `{ version }`: the server version the lock model depends on; null where it does not matter. */
  readonly version: Statement | null;
  /**
   * One bulk query for all the given tables: rows `{ schema, name, row_estimate, current }` (row_estimate null:
   * unknown; current: the schema is the connection's current one). null: the dialect keeps no estimate (SQLite).
   */
  rowEstimates(tables: readonly TableRef[]): Statement | null;
}

/**
 * One revision file of an online (`--online`) autogenerate: its ops, and whether it runs inside a transaction
 * (false: `export const transactional = false`, each statement on its own, as CREATE INDEX CONCURRENTLY needs).
 * The steps run in order, each committed before the next starts.
 */
export interface OnlineStep {
  readonly transactional: boolean;
  readonly ops: readonly Operation[];
  /**
   * The step's downgrade when the dialect plans it too (MySQL: each reverse with the algorithm it can have,
   * which need not be the upgrade's: narrowing a VARCHAR back copies the table); absent: the reverse of `ops`.
   */
  readonly downgrade?: readonly Operation[];
}

export interface Dialect {
  readonly name: DialectName;
  /** DDL runs inside transactions and rolls back with them (PostgreSQL, SQLite). */
  readonly transactionalDdl: boolean;
  /**
   * Tables whose current definition compile() needs for this op: SQLite's
   * move-and-copy rebuilds, MySQL's MODIFY COLUMN without `existing*` hints.
   * Empty for most ops.
   */
  tablesNeeded(op: Operation): readonly TableRef[];
  /**
   * What the op does to live tables (the lock report): the lock, whether it rewrites or scans, what it blocks.
   * `serverVersion` as `lockFacts.version` reads it; absent: a recent server is assumed.
   */
  lockImpact(op: Operation, serverVersion?: string | null): LockImpact[];
  readonly lockFacts: LockFactsSql;
  /**
   * `revision --autogenerate --online`: the ops rewritten into forms that do not block writes, split into steps
   * (one revision file each, in order). `facts`: the server version and row estimates read for the `// LOCK:`
   * comments. Throws UnsupportedOperationError naming the op and its table, and why, for an op this dialect
   * cannot perform without blocking writes. Ops on tables created by the same ops need no online form.
   */
  onlinePlan(ops: readonly Operation[], facts: LockFacts): OnlineStep[];
  /** Compiles one operation to the statements that perform it, in order. */
  compile(op: Operation, context: CompileContext): Statement[];
  /** Reads tables, columns, keys, indexes, constraints and enums with a fixed number of bulk catalog queries. */
  introspect(query: QueryFn, options?: IntrospectOptions): Promise<Schema>;
  /** How autogenerate compares this dialect's catalog with models. */
  readonly comparison: Comparison;
  /** The current state of the given tables for compile(); missing tables are left out of the result. */
  tableStates(query: QueryFn, refs: readonly TableRef[]): Promise<TableState[]>;
  /** Renders a statement with its parameters inlined, for offline `--sql` output. */
  inline(statement: Statement): string;
  /** Statements that open and close a transaction in offline output (empty where DDL is not transactional). */
  readonly offlineTransaction: { readonly begin: string; readonly commit: string } | null;
  /** Session settings an offline script starts with, so any client runs it as the online run would (e.g. the character set). */
  readonly offlinePreamble: string | null;
  readonly versionTable: VersionTableSql;
  readonly history: HistoryTableSql;
  /**
   * Session statements bounding how long each later statement waits for a lock another session holds
   * (ddlLockTimeout); null: back to the server's default. What an online connection's setLockWait sends, and what
   * an offline script carries.
   */
  lockWait(timeoutMs: number | null): Statement[];
  /**
   * Indexes a failed concurrent build left invalid; null where index builds cannot fail half-way (MySQL, SQLite).
   * A run refuses to start while one exists.
   */
  readonly invalidIndexes: InvalidIndexSql | null;
  /** Catalog query with one row when the schema (MySQL: database; SQLite: attached database) exists. */
  schemaExists(schema: string): Statement;
  /**
   * For the config's `schema` (a tenant's schema; MySQL: its database): statements that make it the session's own
   * and that create it. null where a connection has a single schema (SQLite), and `schema` is a config error.
   */
  readonly sessionSchema: SessionSchemaSql | null;
  quoteIdentifier(name: string): string;
  connect(url: DatabaseUrl, options: ConnectOptions): Promise<Connection>;
}

/** A live connection. Errors from the driver come out as DatabaseError where they mean "cannot reach". */
export interface Connection {
  readonly dialect: Dialect;
  execute(statement: Statement): Promise<void>;
  /**
   * Runs statements in order, in one round trip where the protocol allows (the run's bookkeeping after each
   * revision: version table and history), and as one transaction where none is open (PostgreSQL, MySQL).
   * Stops at the first that fails.
   */
  executeAll(statements: readonly Statement[]): Promise<void>;
  query<Row = Record<string, unknown>>(statement: Statement): Promise<Row[]>;
  /** Opens a transaction; on SQLite this takes the database write lock (BEGIN IMMEDIATE). */
  begin(): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  /**
   * Serialises migration runs: PostgreSQL session advisory lock (on a
   * connection of its own), MySQL GET_LOCK. SQLite relies on the write lock
   * taken by begin(). Throws LockTimeoutError after timeoutMs. On a MariaDB Galera node, where GET_LOCK is
   * local to the node, a row in `table` (created when missing): see lockTableName.
   */
  acquireLock(key: string, timeoutMs: number, table?: string): Promise<void>;
  releaseLock(key: string): Promise<void>;
  /**
   * Bounds how long each later statement waits for a lock another session holds (null: the default again). A
   * wait that runs out fails the statement, which did not apply, with LockWaitTimeoutError naming the blocking
   * session where the database can tell. SQLite: the wait for the write lock, which begin() takes.
   */
  setLockWait(timeoutMs: number | null): Promise<void>;
  /**
   * Why this connection cannot write, as a clause ("the server is a hot standby ...: connect to the primary"), or
   * null when it can: one query (SQLite: how the file was opened, and whether it may be written). What the commands
   * that write ask before they take the migration lock, so that a read-only server refuses them at once.
   */
  readOnly(): Promise<string | null>;
  close(): Promise<void>;
}

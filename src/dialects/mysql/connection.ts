/**
 * A live MySQL / MariaDB connection through mysql2. `mysql2/promise` is
 * imported with `await import()` here only, so only `connect` loads it.
 *
 * Statements go through `query()` (the text protocol), never prepared
 * `execute()`: most DDL cannot be prepared. Parameters are inlined by our
 * own `inline()` (the same escaping that mysql2 would do client-side, but
 * with a lexer that skips `?` inside strings and comments), so an online
 * run sends exactly the text that `--sql` prints.
 */
import type { Connection as MysqlConnection, ConnectionOptions } from "mysql2/promise";
import type { ConnectOptions, Connection, DatabaseUrl, Dialect, Statement } from "../dialect.js";
import { sslFromParams } from "../shared/ssl.js";
import { mysqlConnectError } from "./errors.js";
import { CommitOutcomeUnknownError, DatabaseError } from "../../errors.js";
import { certificationConflict, isDeadlock, isGaleraNode } from "./galera-lock.js";
import { MysqlLocks } from "./lock.js";
import { isLockWaitTimeout, lockWaitError } from "./lock-wait.js";
import { mysqlReadOnly } from "./read-only.js";

export async function connectMysql(dialect: Dialect, url: DatabaseUrl, options: ConnectOptions): Promise<Connection> {
  const mysql = await import("mysql2/promise");
  let connection: MysqlConnection;
  try {
    connection = await mysql.createConnection(connectionOptions(url, options));
  } catch (error) {
    throw mysqlConnectError(error, url, options.connectTimeoutMs);
  }
  // A fatal error while idle would otherwise be an unhandled 'error' event; the next query reports it.
  connection.on("error", () => undefined);
  const openSide = async (): Promise<MysqlConnection> => {
    const side = await mysql.createConnection(connectionOptions(url, options));
    side.on("error", () => undefined);
    return side;
  };
  return new MysqlDatabaseConnection(dialect, connection, new MysqlLocks(connection, url.database, openSide));
}

function connectionOptions(url: DatabaseUrl, options: ConnectOptions): ConnectionOptions {
  const config: ConnectionOptions = {
    host: url.host ?? "localhost",
    port: url.port ?? 3306,
    database: url.database,
    connectTimeout: options.connectTimeoutMs,
    // executeAll() sends a revision's bookkeeping in one round trip; every value in our SQL is inlined quoted.
    multipleStatements: true,
    supportBigNumbers: true,
    // Dates come back as the server prints them, never shifted by the client's time zone.
    dateStrings: true,
    charset: "utf8mb4",
  };
  if (url.user !== null) config.user = url.user;
  if (url.password !== null) config.password = url.password;
  const ssl = sslFromParams(url.params);
  if (ssl) config.ssl = { rejectUnauthorized: ssl.rejectUnauthorized ?? false, ca: ssl.ca as string | undefined };
  return config;
}

class MysqlDatabaseConnection implements Connection {
  private inTransaction = false;
  /** ddlLockTimeout, once set: a lock wait that runs out is then reported with its blocker. */
  private lockWaitMs: number | null = null;

  constructor(readonly dialect: Dialect, private readonly connection: MysqlConnection, private readonly locks: MysqlLocks) {}

  async execute(statement: Statement): Promise<void> {
    await this.send(this.dialect.inline(statement));
  }

  async executeAll(statements: readonly Statement[]): Promise<void> {
    const texts = statements.map((s) => this.dialect.inline(s));
    if (texts.length <= 1 || this.inTransaction) {
      if (texts.length > 0) await this.send(texts.join(";\n"));
      return;
    }
    // Outside a transaction each statement would commit (and flush the log) on its own: wrapped, they are one
    // commit, and all or nothing. A failure leaves the transaction open, so it is rolled back here.
    try {
      await this.send(["START TRANSACTION", ...texts, "COMMIT"].join(";\n"));
    } catch (error) {
      if (isConnectionLost(error)) throw commitOutcomeUnknown(error);
      await this.connection.query("ROLLBACK").catch(() => undefined);
      throw error;
    }
  }

  async query<Row = Record<string, unknown>>(statement: Statement): Promise<Row[]> {
    const [rows] = await this.send(this.dialect.inline(statement));
    // Statements without a result set answer with a ResultSetHeader, not rows.
    return (Array.isArray(rows) ? rows : []) as Row[];
  }

  async begin(): Promise<void> {
    await this.execute({ sql: "START TRANSACTION", params: [] });
    this.inTransaction = true;
  }

  async commit(): Promise<void> {
    this.inTransaction = false;
    try {
      await this.execute({ sql: "COMMIT", params: [] });
    } catch (error) {
      throw isConnectionLost(error) ? commitOutcomeUnknown(error) : error;
    }
  }

  async rollback(): Promise<void> {
    this.inTransaction = false;
    // Straight to the driver: a run that lost its Galera lock sends nothing more, but undoing is still wanted.
    await this.connection.query("ROLLBACK");
  }

  acquireLock(key: string, timeoutMs: number, table?: string): Promise<void> {
    return this.locks.acquire(key, timeoutMs, table);
  }

  releaseLock(key: string): Promise<void> {
    return this.locks.release(key);
  }

  async setLockWait(timeoutMs: number | null): Promise<void> {
    for (const statement of this.dialect.lockWait(timeoutMs)) await this.execute(statement);
    this.lockWaitMs = timeoutMs;
  }

  readOnly(): Promise<string | null> {
    return mysqlReadOnly((statement) => this.query(statement));
  }

  private async send(text: string): ReturnType<MysqlConnection["query"]> {
    // A run whose Galera lock was taken over (its heartbeat had stopped) sends nothing more.
    const lost = this.locks.lostReason();
    if (lost !== null) throw new DatabaseError(`${lost}; stopped before sending another statement: run the command again`);
    try {
      return await this.connection.query(text);
    } catch (error) {
      if (isDeadlock(error) && await this.onGalera()) throw certificationConflict(error);
      if (this.lockWaitMs === null || !isLockWaitTimeout(error)) throw error;
      throw await lockWaitError(this.connection, this.lockWaitMs, text, error);
    }
  }

  /** Asked of the server only when a deadlock needs explaining, unless the lock already asked. */
  private async onGalera(): Promise<boolean> {
    this.locks.galera ??= await isGaleraNode(this.connection).catch(() => false);
    return this.locks.galera;
  }

  async close(): Promise<void> {
    await this.locks.releaseAll();
    await this.connection.end().catch(() => undefined);
  }
}

/** mysql2 marks errors after which the connection is unusable as fatal: the server's answer never came. */
function isConnectionLost(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { fatal?: unknown }).fatal === true;
}

function commitOutcomeUnknown(error: unknown): CommitOutcomeUnknownError {
  const text = error instanceof Error ? error.message : String(error);
  return new CommitOutcomeUnknownError(`the connection broke during COMMIT (${text}), so whether it committed is unknown`, { cause: error });
}

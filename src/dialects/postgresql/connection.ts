/**
 * A live PostgreSQL connection through node-postgres. `pg` is imported
 * (driver.ts) only from here, so only `connect` loads the driver.
 */
import type { Client, ClientConfig } from "pg";
import type { ConnectOptions, Connection, DatabaseUrl, Dialect, Statement } from "../dialect.js";
import { loadPg } from "./driver.js";
import { sslFromParams } from "../shared/ssl.js";
import { normalizeParams } from "../shared/values.js";
import { postgresConnectError } from "./errors.js";
import { PostgresLocks } from "./lock.js";
import { PostgresLockWait } from "./lock-wait.js";
import { postgresSyntax } from "./quote.js";
import { postgresReadOnly } from "./read-only.js";

export async function connectPostgres(dialect: Dialect, url: DatabaseUrl, options: ConnectOptions): Promise<Connection> {
  const open = (): Promise<Client> => openClient(url, options);
  return new PostgresConnection(dialect, await open(), new PostgresLocks(open), new PostgresLockWait(open));
}

async function openClient(url: DatabaseUrl, options: ConnectOptions): Promise<Client> {
  const pg = await loadPg();
  const client = new pg.Client(clientConfig(url, options));
  // Without a listener, a server-side disconnect while idle would crash the process;
  // the next query fails with the driver's error instead, which the runtime reports.
  client.on("error", () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw postgresConnectError(error, url, options.connectTimeoutMs);
  }
  return client;
}

function clientConfig(url: DatabaseUrl, options: ConnectOptions): ClientConfig {
  const config: ClientConfig = {
    database: url.database,
    application_name: url.params["application_name"] ?? "athanor",
    connectionTimeoutMillis: options.connectTimeoutMs,
  };
  if (url.host !== null) config.host = url.host;
  if (url.port !== null) config.port = url.port;
  if (url.user !== null) config.user = url.user;
  if (url.password !== null) config.password = url.password;
  if (url.params["options"] !== undefined) config.options = url.params["options"];
  const ssl = sslFromParams(url.params);
  if (ssl !== undefined) config.ssl = ssl;
  return config;
}

class PostgresConnection implements Connection {
  constructor(
    readonly dialect: Dialect, private readonly client: Client, private readonly locks: PostgresLocks,
    private readonly lockWait: PostgresLockWait,
  ) {}

  async execute(statement: Statement): Promise<void> {
    await this.run(statement);
  }

  /** One simple-protocol text: statements with parameters are inlined, as for --sql. */
  async executeAll(statements: readonly Statement[]): Promise<void> {
    if (statements.length <= 1) {
      for (const statement of statements) await this.run(statement);
      return;
    }
    await this.lockWait.watch(() => this.client.query(statements.map((s) => this.dialect.inline(s)).join(";\n")));
  }

  async query<Row = Record<string, unknown>>(statement: Statement): Promise<Row[]> {
    const result = await this.run(statement);
    // A multi-statement text (simple protocol) answers with one result per statement: the last one's rows.
    const last = Array.isArray(result) ? result[result.length - 1] : result;
    return (last?.rows ?? []) as Row[];
  }

  begin(): Promise<void> {
    return this.execute({ sql: "BEGIN", params: [] });
  }

  commit(): Promise<void> {
    return this.execute({ sql: "COMMIT", params: [] });
  }

  rollback(): Promise<void> {
    return this.execute({ sql: "ROLLBACK", params: [] });
  }

  acquireLock(key: string, timeoutMs: number): Promise<void> {
    return this.locks.acquire(key, timeoutMs);
  }

  releaseLock(key: string): Promise<void> {
    return this.locks.release(key);
  }

  async setLockWait(timeoutMs: number | null): Promise<void> {
    for (const statement of this.dialect.lockWait(timeoutMs)) await this.execute(statement);
    this.lockWait.pid ??= (await this.client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]?.pid ?? null;
    this.lockWait.timeoutMs = timeoutMs;
  }

  readOnly(): Promise<string | null> {
    return postgresReadOnly((statement) => this.query(statement));
  }

  async close(): Promise<void> {
    await this.lockWait.close();
    await this.locks.releaseAll();
    await this.client.end().catch(() => undefined);
  }

  /** Errors during queries propagate unchanged: the runtime wraps them with the revision and op. */
  private run(statement: Statement): Promise<{ rows: unknown[] } | { rows: unknown[] }[]> {
    return this.lockWait.watch(() => {
      if (statement.params.length === 0) {
        // Simple protocol: lets execute() run several statements of user SQL at once.
        return this.client.query(statement.sql) as unknown as Promise<{ rows: unknown[] }>;
      }
      return this.client.query({ text: statement.sql, values: normalizeParams(statement.params, postgresSyntax.values) });
    });
  }
}

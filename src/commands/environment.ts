/**
 * What every command needs before it acts: the loaded config, the databases
 * it runs for, each one's revision graph and dialect, and connections that
 * hold the migration lock.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { existsSync, statSync } from "node:fs";
import { loadConfig, selectDatabases, type LoadedConfig, type ResolvedDatabase } from "../config/load.js";
import type { Connection, DatabaseUrl, Dialect, SessionSchemaSql } from "../dialects/dialect.js";
import { offlineRunner, type StatementRunner } from "../runtime/runner.js";
import { loadDialect } from "../dialects/load.js";
import { lockTableName } from "../dialects/shared/locks.js";
import { parseDatabaseUrl } from "../dialects/url.js";
import { ConfigError, DatabaseError, RevisionGraphError } from "../errors.js";
import { registerSecret, registerUrlSecrets } from "../secrets.js";
import { scanRevisionFiles } from "../script/directory-scan.js";
import { RevisionGraph } from "../script/graph.js";
import type { CommandOptions } from "./options.js";

export async function loadEnvironment(
  options: CommandOptions, extra: { tag?: string } = {},
): Promise<{ config: LoadedConfig; databases: readonly ResolvedDatabase[] }> {
  const config = await loadConfig({
    config: options.config, cwd: options.cwd, url: options.url, x: options.x, tag: extra.tag, lockTimeout: options.lockTimeout,
  });
  return { config, databases: selectDatabases(config, options.name) };
}

/** Every folder under versions/ (recursively): revision files may be grouped in subfolders. */
export async function versionDirectories(db: ResolvedDatabase): Promise<string[]> {
  if (!existsSync(db.versionsDir)) {
    throw new RevisionGraphError(`versions directory ${db.versionsDir} does not exist (run 'migrate init', or fix "migrations" in the config)`);
  }
  // A file in its place made readdir fail with a bare "ENOTDIR: not a directory, scandir" and a hint to --raiseerr.
  if (!statSync(db.versionsDir).isDirectory()) {
    throw new RevisionGraphError(`versions directory ${db.versionsDir} is not a directory (fix "migrations" in the config)`);
  }
  const found: string[] = [db.versionsDir];
  for (let i = 0; i < found.length; i++) {
    const entries = await readdir(found[i]!, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.isDirectory() && !entry.name.startsWith(".") && !entry.name.startsWith("_") && entry.name !== "node_modules") {
        found.push(join(found[i]!, entry.name));
      }
    }
  }
  return found;
}

export async function loadGraph(db: ResolvedDatabase): Promise<RevisionGraph> {
  return RevisionGraph.build(await scanRevisionFiles(await versionDirectories(db)));
}

export function databaseUrl(db: ResolvedDatabase): DatabaseUrl {
  if (!db.url) {
    const which = db.name ? ` for database "${db.name}"` : "";
    throw new ConfigError(`no database URL${which}: set "url" in ${db.configPath}, DATABASE_URL, or pass --url`);
  }
  registerUrlSecrets(db.url);
  const url = parseDatabaseUrl(db.url, db.baseDir);
  registerSecret(url.password);
  return url;
}

export async function dialectOf(db: ResolvedDatabase): Promise<Dialect> {
  const dialect = await loadDialect(databaseUrl(db).dialect);
  sessionSchemaOf(db, dialect);
  return dialect;
}

/** The dialect's way with the config's `schema`; null without one; a config error where the dialect has none (SQLite). */
function sessionSchemaOf(db: ResolvedDatabase, dialect: Dialect): SessionSchemaSql | null {
  if (db.schema === null) return null;
  if (dialect.sessionSchema === null) {
    throw new ConfigError(`config ${db.configPath}${entry(db)}: "schema" is for PostgreSQL (a schema) and MySQL (a database); `
      + `a ${dialect.name} database is one schema: give each tenant a database URL of its own instead`);
  }
  return dialect.sessionSchema;
}

/**
 * The runner of an offline script, which starts as the online run's session does: in the config's `schema`
 * (created first with `createSchema`, as an online upgrade would).
 */
export async function offlineRunnerOf(
  db: ResolvedDatabase, write: (text: string) => void, options: { createSchema?: boolean } = {},
): Promise<StatementRunner> {
  const dialect = await dialectOf(db);
  const session = sessionSchemaOf(db, dialect);
  const statements = session === null || db.schema === null ? []
    : [...(options.createSchema ? [session.create(db.schema)] : []), ...session.use(db.schema)];
  return offlineRunner(dialect, write, statements);
}

const CONNECT_TIMEOUT_MS = 10_000;

/**
 * Opens a connection (in the config's `schema`) and runs fn with it, closing it afterwards whatever happens. A
 * missing `schema` is an error, or, given `ifSchemaMissing`, what that returns instead of fn.
 */
export async function withConnection<T>(
  db: ResolvedDatabase, fn: (connection: Connection) => Promise<T>, options: { ifSchemaMissing?: () => Promise<T> } = {},
): Promise<T> {
  return connected(db, async (connection) => {
    const entered = await enterSchema(connection, db, options.ifSchemaMissing ? "report" : "refuse");
    return entered ? fn(connection) : options.ifSchemaMissing!();
  });
}

/**
 * As withConnection, holding the migration lock so concurrent runs serialise: for `command`, which writes. A
 * read-only server (a hot standby, a replica) refuses it first, with one query: it would otherwise fail at its
 * first write, after waiting for the lock, or half-way on MySQL. `createSchema`: a missing `schema` is created
 * (upgrade, stamp: a new tenant), under the lock, so two runs never race to create it.
 */
export async function withLockedConnection<T>(
  db: ResolvedDatabase, command: "upgrade" | "downgrade" | "stamp", fn: (connection: Connection) => Promise<T>,
  options: { createSchema?: boolean } = {},
): Promise<T> {
  return connected(db, async (connection) => {
    const readOnly = await connection.readOnly();
    if (readOnly !== null) throw new DatabaseError(`cannot ${command}: ${readOnly}. Nothing was changed`);
    if (!db.lock) {
      await enterSchema(connection, db, options.createSchema ? "create" : "refuse");
      return fn(connection);
    }
    const key = lockKey(db);
    await connection.acquireLock(key, db.lockTimeoutMs, lockTableName(db.versionTable));
    try {
      await enterSchema(connection, db, options.createSchema ? "create" : "refuse");
      return await fn(connection);
    } finally {
      await connection.releaseLock(key).catch(() => {});
    }
  });
}

async function connected<T>(db: ResolvedDatabase, fn: (connection: Connection) => Promise<T>): Promise<T> {
  const url = databaseUrl(db);
  const dialect = await loadDialect(url.dialect);
  // Before connecting: SQLite would create the file.
  sessionSchemaOf(db, dialect);
  const connection = await dialect.connect(url, { connectTimeoutMs: CONNECT_TIMEOUT_MS });
  try {
    return await fn(connection);
  } finally {
    await connection.close().catch(() => {});
  }
}

/**
 * Makes the config's `schema` the session's own (search_path, USE). A missing one is created, refused with a
 * ConfigError, or reported by returning false (the session is left as it was).
 */
async function enterSchema(connection: Connection, db: ResolvedDatabase, ifMissing: "create" | "refuse" | "report"): Promise<boolean> {
  const session = sessionSchemaOf(db, connection.dialect);
  if (session === null || db.schema === null) return true;
  if ((await connection.query(connection.dialect.schemaExists(db.schema))).length === 0) {
    if (ifMissing === "report") return false;
    if (ifMissing === "refuse") {
      throw new ConfigError(`schema "${db.schema}"${db.name === db.schema ? "" : entry(db)} does not exist on ${databaseUrl(db).display}: `
        + `'migrate upgrade' creates it (or fix "schema" in the config)`);
    }
    await connection.execute(session.create(db.schema));
  }
  for (const statement of session.use(db.schema)) await connection.execute(statement);
  return true;
}

/**
 * The lock is per version table: two projects sharing one database but not one version table do not block each
 * other; nor do two tenants' schemas.
 */
export function lockKey(db: ResolvedDatabase): string {
  return db.schema === null ? `athanor:${db.versionTable}` : `athanor:${db.schema}.${db.versionTable}`;
}

function entry(db: ResolvedDatabase): string {
  return db.name === null ? "" : ` (database "${db.name}")`;
}

/** Label used in output when a config has several databases. */
export function label(db: ResolvedDatabase): string {
  return db.name ?? "";
}

/**
 * What every command needs before it acts: the loaded config, the databases
 * it runs for, each one's revision graph and dialect, and connections that
 * hold the migration lock.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { existsSync, statSync } from "node:fs";
import { loadConfig, selectDatabases, type LoadedConfig, type ResolvedDatabase } from "../config/load.js";
import type { Connection, DatabaseUrl, Dialect } from "../dialects/dialect.js";
import { loadDialect } from "../dialects/load.js";
import { lockTableName } from "../dialects/shared/locks.js";
import { parseDatabaseUrl } from "../dialects/url.js";
import { ConfigError, RevisionGraphError } from "../errors.js";
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

export function dialectOf(db: ResolvedDatabase): Promise<Dialect> {
  return loadDialect(databaseUrl(db).dialect);
}

const CONNECT_TIMEOUT_MS = 10_000;

/** Opens a connection and runs fn with it, closing it afterwards whatever happens. */
export async function withConnection<T>(db: ResolvedDatabase, fn: (connection: Connection) => Promise<T>): Promise<T> {
  const url = databaseUrl(db);
  const connection = await (await loadDialect(url.dialect)).connect(url, { connectTimeoutMs: CONNECT_TIMEOUT_MS });
  try {
    return await fn(connection);
  } finally {
    await connection.close().catch(() => {});
  }
}

/** As withConnection, holding the migration lock so concurrent runs serialise. */
export async function withLockedConnection<T>(db: ResolvedDatabase, fn: (connection: Connection) => Promise<T>): Promise<T> {
  return withConnection(db, async (connection) => {
    if (!db.lock) return fn(connection);
    const key = lockKey(db);
    await connection.acquireLock(key, db.lockTimeoutMs, lockTableName(db.versionTable));
    try {
      return await fn(connection);
    } finally {
      await connection.releaseLock(key).catch(() => {});
    }
  });
}

/** The lock is per version table: two projects sharing one database but not one version table do not block each other. */
export function lockKey(db: ResolvedDatabase): string {
  return `athanor:${db.versionTable}`;
}

/** Label used in output when a config has several databases. */
export function label(db: ResolvedDatabase): string {
  return db.name ?? "";
}

/**
 * Finds, imports and validates `migrate.config.ts`, then resolves it into one
 * ResolvedDatabase per configured database (relative paths against the
 * config file's folder, URL overrides applied).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { ConfigError } from "../errors.js";
import { importUserModule } from "../loader/index.js";
import { registerUrlSecrets } from "../secrets.js";
import type { Config, ConfigContext, DatabaseConfig } from "./types.js";
import { durationMs, validateDatabaseConfig } from "./validate.js";

export const CONFIG_NAMES = ["migrate.config.ts", "migrate.config.mts", "migrate.config.js", "migrate.config.mjs"];

export interface ResolvedDatabase {
  /** The entry's name in a multi-database config; null for a single database. */
  readonly name: string | null;
  readonly configPath: string;
  readonly baseDir: string;
  /** The URL after DATABASE_URL / --url overrides; never print it, print its display form. */
  readonly url: string | null;
  /** The schema (PostgreSQL) or database (MySQL) the entry's tables and version table live in; null: the URL's own. */
  readonly schema: string | null;
  readonly modelsPath: string | null;
  readonly migrationsDir: string;
  readonly versionsDir: string;
  readonly versionTable: string;
  readonly compareType: boolean;
  readonly compareServerDefault: boolean;
  readonly transactionPerMigration: boolean;
  readonly includeObject: DatabaseConfig["includeObject"] | null;
  readonly fileTemplate: string;
  readonly postWrite: readonly string[];
  readonly lockTimeoutMs: number;
  readonly lock: boolean;
  readonly historyTable: string;
  /** ddlLockTimeout in milliseconds; null: leave the database's setting alone. */
  readonly ddlLockTimeoutMs: number | null;
  readonly ddlLockRetries: number;
  /** `migrate lint` thresholds (the config's `lint`, with defaults). */
  readonly lint: { readonly failOn: "info" | "warning" | "blocking"; readonly minRows: number };
  /** The config's `online`: autogenerate writes the non-blocking forms (as `revision --autogenerate --online`). */
  readonly online: boolean;
}

export interface LoadConfigOptions {
  /** -c/--config; default: the first of CONFIG_NAMES found in cwd. */
  readonly config?: string;
  readonly cwd?: string;
  /** --url: overrides DATABASE_URL and the config's url. */
  readonly url?: string;
  readonly x?: Readonly<Record<string, string>>;
  readonly tag?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** --lock-timeout in seconds: overrides the config's lockTimeout. */
  readonly lockTimeout?: number;
}

export interface LoadedConfig {
  readonly path: string;
  /** true when the file uses `databases: {...}`. */
  readonly multi: boolean;
  readonly databases: readonly ResolvedDatabase[];
}

export function findConfigFile(options: LoadConfigOptions): string {
  const cwd = options.cwd ?? process.cwd();
  if (options.config) {
    const path = resolve(cwd, options.config);
    if (!existsSync(path)) throw new ConfigError(`config file ${path} does not exist`);
    if (!/\.(ts|mts|js|mjs)$/.test(path)) {
      throw new ConfigError(`config file ${path} must end in .ts, .mts, .js or .mjs`);
    }
    return path;
  }
  for (const name of CONFIG_NAMES) {
    const path = resolve(cwd, name);
    if (existsSync(path)) return path;
  }
  throw new ConfigError(`no migrate.config.ts in ${cwd}: run 'migrate init' to create one, or pass -c FILE`);
}

export async function loadConfig(options: LoadConfigOptions = {}): Promise<LoadedConfig> {
  // Known before anything can fail: a message about a bad config must not show the URL's password either.
  registerUrlSecrets(options.url);
  registerUrlSecrets((options.env ?? process.env).DATABASE_URL);
  const path = findConfigFile(options);
  let mod: Record<string, unknown>;
  try {
    mod = await importUserModule(path);
  } catch (error) {
    // The error may quote the config's own text (an Error thrown with its URL in it, a parser's excerpt).
    registerFileSecrets(path);
    throw new ConfigError(`cannot load config ${path}: ${errorLine(error)}`, { cause: error });
  }
  let exported = mod.default;
  const context: ConfigContext = { x: options.x ?? {}, tag: options.tag ?? null };
  if (typeof exported === "function") {
    try {
      exported = await (exported as (c: ConfigContext) => unknown)(context);
    } catch (error) {
      registerFileSecrets(path);
      throw new ConfigError(`config ${path}: its default export threw: ${errorLine(error)}`, { cause: error });
    }
  }
  if (typeof exported !== "object" || exported === null || Array.isArray(exported)) {
    throw new ConfigError(`config ${path} must default-export defineConfig({...}) (an object); found ${describe(exported)}`);
  }
  return resolveConfig(exported as Config, path, options);
}

export function resolveConfig(config: Config, path: string, options: LoadConfigOptions): LoadedConfig {
  const env = options.env ?? process.env;
  const baseDir = dirname(path);
  if ("databases" in config) {
    const databases = config.databases;
    if (typeof databases !== "object" || databases === null || Array.isArray(databases) || Object.keys(databases).length === 0) {
      throw new ConfigError(`config ${path}: "databases" must be an object with at least one named database`);
    }
    const extra = Object.keys(config).filter((key) => key !== "databases");
    if (extra.length > 0) throw new ConfigError(`config ${path}: with "databases", put "${extra[0]}" inside each database entry`);
    const resolved = Object.entries(databases).map(([name, entry]) =>
      resolveDatabase(validateDatabaseConfig(entry, `${path} (database "${name}")`), name, path, baseDir, options.url ?? null,
        options.lockTimeout));
    return { path, multi: true, databases: resolved };
  }
  const single = validateDatabaseConfig(config, path);
  const url = options.url ?? nonEmpty(env.DATABASE_URL) ?? null;
  return { path, multi: false, databases: [resolveDatabase(single, null, path, baseDir, url, options.lockTimeout)] };
}

function resolveDatabase(
  config: DatabaseConfig, name: string | null, configPath: string, baseDir: string, urlOverride: string | null,
  lockTimeout: number | undefined,
): ResolvedDatabase {
  const at = (p: string): string => (isAbsolute(p) ? p : resolve(baseDir, p));
  const migrationsDir = at(config.migrations ?? "./migrations");
  return Object.freeze({
    name,
    configPath,
    baseDir,
    url: urlOverride ?? config.url ?? null,
    schema: config.schema ?? null,
    modelsPath: config.models ? at(config.models) : null,
    migrationsDir,
    versionsDir: resolve(migrationsDir, "versions"),
    versionTable: config.versionTable ?? "migrate_version",
    compareType: config.compareType ?? true,
    compareServerDefault: config.compareServerDefault ?? true,
    transactionPerMigration: config.transactionPerMigration ?? false,
    includeObject: config.includeObject ?? null,
    fileTemplate: config.fileTemplate ?? "{rev}_{slug}",
    postWrite: Object.freeze([...(config.postWrite ?? [])]),
    lockTimeoutMs: Math.round((lockTimeout ?? config.lockTimeout ?? 60) * 1000),
    lock: config.lock ?? true,
    historyTable: config.historyTable ?? "migrate_history",
    ddlLockTimeoutMs: config.ddlLockTimeout === undefined ? null : durationMs(config.ddlLockTimeout),
    ddlLockRetries: config.ddlLockRetries ?? 0,
    lint: Object.freeze({ failOn: config.lint?.failOn ?? "blocking", minRows: config.lint?.minRows ?? 0 }),
    online: config.online ?? false,
  });
}

/** Picks the databases a command runs for: `-n NAME`, or all of them. */
export function selectDatabases(config: LoadedConfig, name: string | undefined): readonly ResolvedDatabase[] {
  if (name === undefined) return config.databases;
  const found = config.databases.find((db) => db.name === name);
  if (!found) {
    const names = config.databases.map((db) => db.name).filter((n) => n !== null);
    throw new ConfigError(names.length === 0
      ? `-n ${name}: config ${config.path} defines a single database, not "databases"`
      : `unknown database "${name}" (config has: ${names.join(", ")})`);
  }
  return [found];
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== "" ? value : undefined;
}

/** Registers the passwords of the URLs written in a config file, for the output's redaction. */
function registerFileSecrets(path: string): void {
  try {
    for (const match of readFileSync(path, "utf8").matchAll(/[A-Za-z][\w+.-]*:\/\/[^\s"'`]+/g)) registerUrlSecrets(match[0]);
  } catch {
    // Unreadable: the import failed for that reason, and its message holds no text of the file.
  }
}

export function errorLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split("\n").find((line) => line.trim() !== "") ?? text).trim();
}

function describe(value: unknown): string {
  if (value === undefined) return "no default export";
  if (value === null) return "null";
  return Array.isArray(value) ? "an array" : typeof value;
}

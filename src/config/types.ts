/** The shape of `migrate.config.ts`, as DESIGN.md fixes it. */

/** What `includeObject` is asked about (autogenerate and check). */
export interface SchemaObjectInfo {
  readonly kind: "table" | "column" | "index" | "unique" | "foreignKey" | "check" | "constraint" | "enum";
  readonly name: string;
  readonly table?: string;
  /** true when the object was read from the database, false when it comes from the models. */
  readonly reflected: boolean;
  readonly schema?: string | null;
}

export interface DatabaseConfig {
  url?: string;
  /**
   * The schema (PostgreSQL) or database (MySQL) this entry's tables, version table and history live in: one
   * migration history for many tenant schemas. Revision files and models name its objects unqualified.
   */
  schema?: string;
  models?: string;
  migrations?: string;
  versionTable?: string;
  compareType?: boolean;
  compareServerDefault?: boolean;
  transactionPerMigration?: boolean;
  includeObject?: (obj: SchemaObjectInfo) => boolean;
  fileTemplate?: string;
  postWrite?: string[];
  /** Seconds to wait for another run's migration lock (default 60). */
  lockTimeout?: number;
  /**
   * Take the migration lock (default true). Turn it off only where the lock cannot be held: behind a
   * transaction-mode connection pooler (PgBouncer), a session advisory lock does not stay with the session.
   */
  lock?: boolean;
  /** The history table: what ran, when, with which file checksum (default "migrate_history"). */
  historyTable?: string;
  /**
   * How long each statement of a migration may wait for a lock another session holds (a number of seconds, or
   * "500ms", "5s", "2m"); default: the database's own setting (usually no limit).
   */
  ddlLockTimeout?: number | string;
  /** Times to retry a run whose statement timed out on a lock, waiting 1s, 2s, 4s... between tries (default 0). */
  ddlLockRetries?: number;
  /** `migrate lint`: fail on ops at or above `failOn` (default "blocking") that block writes on tables of more than `minRows` rows (default 0). */
  lint?: LintConfig;
  /**
   * `revision --autogenerate` writes the forms that do not block writes on live tables, as `--online` does
   * (PostgreSQL: CONCURRENTLY, NOT VALID then VALIDATE, split into several revisions); default false.
   */
  online?: boolean;
}

export interface LintConfig {
  failOn?: "info" | "warning" | "blocking";
  minRows?: number;
}

export interface MultiDatabaseConfig {
  databases: Record<string, DatabaseConfig>;
}

export type Config = DatabaseConfig | MultiDatabaseConfig;

/** What a config written as a function receives. */
export interface ConfigContext {
  /** `-x KEY=VALUE` arguments of the command line. */
  readonly x: Readonly<Record<string, string>>;
  /** `--tag` of `upgrade`/`downgrade`, if given. */
  readonly tag: string | null;
}

export type ConfigInput = Config | ((context: ConfigContext) => Config | Promise<Config>);

/** Typed identity: `export default defineConfig({...})`. */
export function defineConfig<T extends ConfigInput>(config: T): T {
  return config;
}

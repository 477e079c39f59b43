/** Options every programmatic command takes; the CLI fills them from its global flags. */
export interface CommandOptions {
  /** -c/--config: path of the config file; default: migrate.config.ts in cwd. */
  readonly config?: string;
  readonly cwd?: string;
  /** --url: overrides DATABASE_URL and the config's url. */
  readonly url?: string;
  /** -x KEY=VALUE pairs, passed to a config written as a function. */
  readonly x?: Readonly<Record<string, string>>;
  /** -n/--name: one database of a multi-database config. */
  readonly name?: string;
  /** --lock-timeout: seconds to wait for another run's lock (overrides the config). */
  readonly lockTimeout?: number;
  /** --jobs: with several databases, how many are handled at once (default 1). */
  readonly jobs?: number;
  /** Progress lines for people ("Running upgrade a -> b"); default: dropped. */
  readonly log?: (line: string) => void;
  /** Where offline SQL goes; default: process.stdout. */
  readonly write?: (text: string) => void;
}

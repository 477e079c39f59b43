/**
 * Running one command (upgrade, downgrade, stamp) over the databases of a
 * multi-database config: up to `jobs` at once, each with its own connection,
 * lock, transaction and history, a failure stopping its own database only
 * (`failFast` also stops starting new ones). The result is plain data, one
 * report per database in config order, serialisable as it is.
 */
import type { ResolvedDatabase } from "../config/load.js";
import { MigrateError, UsageError } from "../errors.js";
import { runPool } from "../runtime/pool.js";

export type FleetCommand = "upgrade" | "downgrade" | "stamp";

/** `ok`: ran to its end; `failed`: stopped by an error; `not-started`: skipped after a failure with failFast. */
export type DatabaseStatus = "ok" | "failed" | "not-started";

export interface FleetError {
  readonly message: string;
  /** The error class: MigrationError, LockTimeoutError, DatabaseError, ... ("Error" for anything else). */
  readonly kind: string;
  /** The revision that failed (MigrationError), else null. */
  readonly revision: string | null;
}

/** What every per-database report of a fleet run carries. */
export interface DatabaseOutcome {
  /** The database's name in a multi-database config, else null. */
  readonly database: string | null;
  readonly status: DatabaseStatus;
  /** Wall time of this database's run, in ms; null when not started. */
  readonly durationMs: number | null;
  readonly error: FleetError | null;
}

export interface FleetTotals {
  readonly databases: number;
  readonly ok: number;
  readonly failed: number;
  readonly notStarted: number;
  /** Revisions applied (and kept) over all databases: upgrade and downgrade steps; 0 for stamp. */
  readonly revisionsApplied: number;
}

/**
 * The result of upgrade, downgrade or stamp: one report per database, in config order. In a multi-database
 * run a database's failure is reported here (status "failed", `error`), not thrown: check `ok`.
 */
export interface FleetReport<R extends DatabaseOutcome> {
  readonly command: FleetCommand;
  /** No database failed (and so none was left unstarted). */
  readonly ok: boolean;
  readonly jobs: number;
  readonly failFast: boolean;
  readonly durationMs: number;
  readonly totals: FleetTotals;
  readonly databases: readonly R[];
}

/** What a fleet run says while it runs (the CLI's progress display is built from these). */
export type FleetEvent =
  /** First of all: the databases of the run, in config order (null: the single database of a config without `databases`). */
  | { readonly kind: "begin"; readonly command: FleetCommand; readonly databases: readonly (string | null)[]; readonly jobs: number }
  | { readonly kind: "start"; readonly database: string | null }
  /** A revision starts running on that database. */
  | { readonly kind: "step"; readonly database: string | null; readonly revision: string; readonly direction: "upgrade" | "downgrade"; readonly description: string }
  /** Anything else worth a line (a retry after a lock wait, a warning). */
  | { readonly kind: "log"; readonly database: string | null; readonly line: string }
  | { readonly kind: "finish"; readonly database: string | null; readonly report: DatabaseOutcome };

export interface FleetOptions {
  /** --fail-fast: after a failure, start no further database (running ones finish their run). */
  readonly failFast?: boolean;
  /** Progress events, in the order they happen. */
  readonly onProgress?: (event: FleetEvent) => void;
}

export function validJobs(jobs: number | undefined): number {
  if (jobs === undefined) return 1;
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs ${jobs}: expected a whole number of at least 1`);
  return jobs;
}

export function errorReport(error: unknown): FleetError {
  const message = error instanceof Error ? error.message : String(error);
  const revision = error instanceof MigrateError && "revision" in error && typeof error.revision === "string" ? error.revision : null;
  return { message, kind: error instanceof MigrateError ? error.name : "Error", revision };
}

/**
 * Runs `runOne` for each database: it returns the database's report, a failure included (status "failed").
 * It may also throw, for a run of one database (a single config, or -n NAME), whose failure the caller gets as an error.
 */
export async function runFleet<R extends DatabaseOutcome>(request: {
  readonly command: FleetCommand;
  readonly databases: readonly ResolvedDatabase[];
  readonly options: FleetOptions & { readonly jobs?: number };
  readonly runOne: (db: ResolvedDatabase) => Promise<R>;
  readonly notStarted: (db: ResolvedDatabase) => R;
  readonly applied: (report: R) => number;
}): Promise<FleetReport<R>> {
  const { command, databases, options } = request;
  const jobs = validJobs(options.jobs);
  const failFast = options.failFast ?? false;
  const started = Date.now();
  const reports: (R | undefined)[] = new Array<R | undefined>(databases.length);
  let anyFailed = false;
  options.onProgress?.({ kind: "begin", command, databases: databases.map((db) => db.name), jobs });
  await runPool(databases, jobs, async (db, index) => {
    options.onProgress?.({ kind: "start", database: db.name });
    const report = await request.runOne(db);
    if (report.status === "failed") anyFailed = true;
    reports[index] = report;
    options.onProgress?.({ kind: "finish", database: db.name, report });
  }, () => failFast && anyFailed);
  const all = databases.map((db, index) => reports[index] ?? request.notStarted(db));
  const count = (status: DatabaseStatus): number => all.filter((r) => r.status === status).length;
  const totals: FleetTotals = {
    databases: all.length, ok: count("ok"), failed: count("failed"), notStarted: count("not-started"),
    revisionsApplied: all.reduce((sum, r) => sum + request.applied(r), 0),
  };
  return { command, ok: totals.failed === 0 && totals.notStarted === 0, jobs, failFast, durationMs: Date.now() - started, totals, databases: all };
}

/** `upgrade` and `downgrade`, online or offline (`--sql`). */
import type { ResolvedDatabase } from "../config/load.js";
import { MigrationError, TargetError, UsageError } from "../errors.js";
import { onlineRunner } from "../runtime/runner.js";
import { describeStep, runSteps, type RunResult } from "../runtime/run.js";
import { runWithRetries } from "../runtime/retry.js";
import { fileChecksum } from "../runtime/checksum.js";
import type { Integrity } from "../runtime/preflight.js";
import type { RevisionGraph } from "../script/graph.js";
import { parseRange, planDowngrade, planStamp, planUpgrade, type Step } from "../script/targets.js";
import { parseTarget } from "../script/target-spec.js";
import { readVersionRowsIfExists, sameRows } from "../runtime/version-store.js";
import { label, loadEnvironment, loadGraph, offlineRunnerOf, withConnection, withLockedConnection } from "./environment.js";
import { errorReport, runFleet, validJobs, type DatabaseOutcome, type FleetOptions, type FleetReport } from "./fleet.js";
import type { CommandOptions } from "./options.js";

export interface MigrateOptions extends CommandOptions, FleetOptions {
  /** Target revision; `upgrade` defaults to "head". With `sql`, may be a range "FROM:TO". */
  readonly target?: string;
  /** Write the SQL instead of running it (offline: no database connection). */
  readonly sql?: boolean;
  /** --tag: handed to a config written as a function. */
  readonly tag?: string;
  /** --force: run although the history records an unresolved failure (after repairing the database). */
  readonly force?: boolean;
  /** --strict: refuse (instead of warning) when applied revision files were edited or deleted. */
  readonly strict?: boolean;
}

/**
 * One database's upgrade or downgrade. A failed one (runs of several databases only; a run of one throws)
 * has `error`, `endRows` read back from the database after the failure, and in `steps` the revisions it applied
 * and kept before the one that failed.
 */
export interface MigrateReport extends DatabaseOutcome {
  /** The version rows the run started from (read inside the lock); null when not known (failed before, not started). */
  readonly startRows: readonly string[] | null;
  /** Where the database stands at the end; for a failed one, read back after the failure (null when unreadable). */
  readonly endRows: readonly string[] | null;
  /** The revisions applied (and kept), in order. */
  readonly steps: readonly { readonly revision: string; readonly direction: Step["direction"]; readonly message: string }[];
  /** Applied revision files edited or deleted since they ran. */
  readonly warnings: readonly string[];
  /**
   * Failed: the failure left the database at a revision boundary, nothing of the failed revision kept (always so on
   * PostgreSQL and SQLite; on MySQL when it failed before its first statement). null: not failed, or offline.
   */
  readonly atBoundary: boolean | null;
}

/** What upgrade() and downgrade() return: one MigrateReport per database, and totals. */
export type MigrateFleetReport = FleetReport<MigrateReport>;

type Direction = "upgrade" | "downgrade";

const planners = { upgrade: planUpgrade, downgrade: planDowngrade } as const;

/**
 * Applies revisions up to `target` (default head). A run of one database throws on failure. With several,
 * each database runs on its own (up to `jobs` at once) and a failure is reported in the result, not thrown: check
 * `report.ok`. A bad config, target or revision graph throws before any database is touched.
 */
export function upgrade(options: MigrateOptions = {}): Promise<MigrateFleetReport> {
  return migrate("upgrade", { ...options, target: options.target ?? "head" });
}

/** Reverts revisions down to `target`; failures as for upgrade(). */
export function downgrade(options: MigrateOptions & { target: string }): Promise<MigrateFleetReport> {
  if (!options.target) throw new UsageError("downgrade needs a target, e.g. -1 or base");
  return migrate("downgrade", options);
}

async function migrate(direction: Direction, options: MigrateOptions): Promise<MigrateFleetReport> {
  const target = options.target!;
  validJobs(options.jobs);
  const { databases } = await loadEnvironment(options, { tag: options.tag });
  const range = parseRange(target);
  if (!options.sql && range.from !== null) {
    throw new UsageError(`a range like "${target}" is for offline runs: add --sql, or give a single target`);
  }
  if (options.sql && direction === "downgrade" && range.from === null) {
    throw new UsageError(`downgrade --sql needs a range FROM:TO, e.g. "head:${target}" (there is no database to read the start from)`);
  }
  // Every database's revision graph and the target are checked first: a broken revision file or a target that
  // names nothing is one error, not one per database, and nothing has run.
  const graphs = await graphsOf(databases);
  for (const db of databases) {
    const graph = graphs.get(db.versionsDir)!;
    requireRevisions(graph, db);
    parseTarget(graph, range.to);
    if (range.from !== null && range.from !== "base") parseTarget(graph, range.from);
  }
  return runFleet({
    command: direction,
    databases,
    // Offline scripts go to one stream: one database after the other, in config order.
    options: { ...options, jobs: options.sql ? 1 : options.jobs },
    // One database (a single config, or -n NAME) fails as it always has: with an error.
    runOne: (db) => migrateOne(direction, db, graphs.get(db.versionsDir)!, target, options, databases.length > 1),
    notStarted: (db) => ({ database: db.name, status: "not-started", durationMs: null, error: null, startRows: null,
      endRows: null, steps: [], warnings: [], atBoundary: null }),
    applied: (report) => report.steps.length,
  });
}

/** One graph per versions folder: a fleet of tenants shares one. */
async function graphsOf(databases: readonly ResolvedDatabase[]): Promise<Map<string, RevisionGraph>> {
  const graphs = new Map<string, RevisionGraph>();
  for (const db of databases) {
    if (!graphs.has(db.versionsDir)) graphs.set(db.versionsDir, await loadGraph(db));
  }
  return graphs;
}

async function migrateOne(
  direction: Direction, db: ResolvedDatabase, graph: RevisionGraph, target: string, options: MigrateOptions, isolate: boolean,
): Promise<MigrateReport> {
  const started = Date.now();
  const seen: RunTrace = { startRows: null, steps: [] };
  const say = (line: string): void => {
    options.log?.(`${prefix(db)}${line}`);
    options.onProgress?.({ kind: "log", database: db.name, line });
  };
  const onStep = (verb: string) => (step: Step): void => {
    seen.steps.push(step);
    options.log?.(`${prefix(db)}${verb} ${step.direction} ${describeStep(step)}`);
    options.onProgress?.({ kind: "step", database: db.name, revision: step.revision.revision, direction: step.direction,
      description: describeStep(step) });
  };
  const plan = (rows: readonly string[]): Step[] => {
    seen.startRows = rows;
    seen.steps = [];
    return planners[direction](graph, rows, parseRange(target).to);
  };
  try {
    const result = options.sql
      ? await migrateOffline(direction, db, graph, plan, onStep("Generating"), target, options)
      : await migrateOnline(direction, db, graph, plan, onStep("Running"), options, say);
    return {
      database: db.name, status: "ok", durationMs: Date.now() - started, error: null,
      startRows: result.startRows, endRows: result.endRows, steps: result.steps.map(stepSummary), warnings: result.warnings,
      atBoundary: null,
    };
  } catch (error) {
    if (!isolate) throw error;
    const endRows = options.sql ? null : await versionRowsAfterFailure(db);
    return {
      database: db.name, status: "failed", durationMs: Date.now() - started, error: errorReport(error),
      startRows: seen.startRows, endRows, steps: keptSteps(seen, endRows).map(stepSummary), warnings: [],
      atBoundary: options.sql ? null : !(error instanceof MigrationError) || error.atBoundary,
    };
  }
}

interface RunTrace {
  startRows: readonly string[] | null;
  steps: Step[];
}

function stepSummary(step: Step): MigrateReport["steps"][number] {
  return { revision: step.revision.revision, direction: step.direction, message: step.revision.message };
}

/** The steps that ran before the failing one and are still in the database (none where the run rolled back whole). */
function keptSteps(seen: RunTrace, endRows: readonly string[] | null): Step[] {
  if (endRows === null || seen.startRows === null || sameRows(endRows, seen.startRows)) return [];
  const before = seen.steps.slice(0, -1);
  const last = before.findLastIndex((step) => sameRows(step.rowsAfter, endRows));
  return last < 0 ? [] : before.slice(0, last + 1);
}

/** Where a failed database stands, asked of the database itself; null when it cannot be reached. */
async function versionRowsAfterFailure(db: ResolvedDatabase): Promise<string[] | null> {
  try {
    return await withConnection(db, async (connection) => (await readVersionRowsIfExists(onlineRunner(connection), db.versionTable)) ?? []);
  } catch {
    return null;
  }
}

async function migrateOnline(
  direction: Direction, db: ResolvedDatabase, graph: RevisionGraph, plan: (rows: readonly string[]) => Step[],
  onStep: (step: Step) => void, options: MigrateOptions, say: (line: string) => void,
): Promise<RunResult> {
  // Retries happen inside the migration lock: no other run moves the database between two tries.
  return withLockedConnection(db, direction, (connection) => runWithRetries({
    runner: onlineRunner(connection),
    versionTable: db.versionTable,
    historyTable: db.historyTable,
    transactionPerMigration: db.transactionPerMigration,
    force: options.force,
    integrity: direction === "upgrade" ? integrity(graph, options.strict ?? false) : undefined,
    plan,
    onStep,
    lockWaitMs: db.ddlLockTimeoutMs,
  }, db.ddlLockRetries, say), { createSchema: direction === "upgrade" });
}

async function migrateOffline(
  direction: Direction, db: ResolvedDatabase, graph: RevisionGraph, plan: (rows: readonly string[]) => Step[], onStep: (step: Step) => void,
  target: string, options: MigrateOptions,
): Promise<RunResult> {
  const range = parseRange(target);
  const startRows = range.from === null || range.from === "base" ? [] : planStamp(graph, [], [range.from], true);
  const write = options.write ?? ((text: string) => { process.stdout.write(text); });
  // The script is written only once it is whole: a failure half-way must not leave a truncated script behind.
  const script: string[] = [];
  const result = await runSteps({
    runner: await offlineRunnerOf(db, (text) => { script.push(text); }, { createSchema: direction === "upgrade" }),
    versionTable: db.versionTable,
    historyTable: db.historyTable,
    transactionPerMigration: db.transactionPerMigration,
    offlineStartRows: startRows,
    lockWaitMs: db.ddlLockTimeoutMs,
    plan,
    onStep,
  });
  write(script.join(""));
  return result;
}

/** Applied revisions are the ancestors of the version rows; a revision's checksum is its file's. */
function integrity(graph: RevisionGraph, strict: boolean): Integrity {
  return {
    strict,
    applied: (rows) => graph.ancestors(rows.filter((r) => graph.has(r))),
    checksum: async (revision) => (graph.has(revision) ? fileChecksum(graph.get(revision).path) : undefined),
  };
}

export function requireRevisions(graph: RevisionGraph, db: ResolvedDatabase): void {
  if (graph.size === 0) {
    throw new TargetError(`no revisions in ${db.versionsDir}: create one with 'migrate revision -m "message"'`);
  }
}

function prefix(db: ResolvedDatabase): string {
  return db.name ? `[${label(db)}] ` : "";
}

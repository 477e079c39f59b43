/** `upgrade` and `downgrade`, online or offline (`--sql`). */
import type { ResolvedDatabase } from "../config/load.js";
import { TargetError, UsageError } from "../errors.js";
import { onlineRunner } from "../runtime/runner.js";
import { describeStep, runSteps, type RunResult } from "../runtime/run.js";
import { runWithRetries } from "../runtime/retry.js";
import { fileChecksum } from "../runtime/checksum.js";
import type { Integrity } from "../runtime/preflight.js";
import type { RevisionGraph } from "../script/graph.js";
import { parseRange, planDowngrade, planStamp, planUpgrade, type Step } from "../script/targets.js";
import { label, loadEnvironment, loadGraph, offlineRunnerOf, withLockedConnection } from "./environment.js";
import type { CommandOptions } from "./options.js";

export interface MigrateOptions extends CommandOptions {
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

export interface MigrateReport {
  /** The database's name in a multi-database config, else null. */
  readonly database: string | null;
  readonly startRows: readonly string[];
  readonly endRows: readonly string[];
  readonly steps: readonly { readonly revision: string; readonly direction: Step["direction"]; readonly message: string }[];
  /** Applied revision files edited or deleted since they ran. */
  readonly warnings: readonly string[];
}

type Direction = "upgrade" | "downgrade";

const planners = { upgrade: planUpgrade, downgrade: planDowngrade } as const;

export function upgrade(options: MigrateOptions = {}): Promise<MigrateReport[]> {
  return migrate("upgrade", { ...options, target: options.target ?? "head" });
}

export function downgrade(options: MigrateOptions & { target: string }): Promise<MigrateReport[]> {
  if (!options.target) throw new UsageError("downgrade needs a target, e.g. -1 or base");
  return migrate("downgrade", options);
}

async function migrate(direction: Direction, options: MigrateOptions): Promise<MigrateReport[]> {
  const target = options.target!;
  const { databases } = await loadEnvironment(options, { tag: options.tag });
  const reports: MigrateReport[] = [];
  for (const db of databases) {
    const graph = await loadGraph(db);
    requireRevisions(graph, db);
    const result = options.sql
      ? await migrateOffline(direction, db, graph, target, options)
      : await migrateOnline(direction, db, graph, target, options);
    reports.push({
      database: db.name,
      startRows: result.startRows,
      endRows: result.endRows,
      steps: result.steps.map((s) => ({ revision: s.revision.revision, direction: s.direction, message: s.revision.message })),
      warnings: result.warnings,
    });
  }
  return reports;
}

async function migrateOnline(
  direction: Direction, db: ResolvedDatabase, graph: RevisionGraph, target: string, options: MigrateOptions,
): Promise<RunResult> {
  if (parseRange(target).from !== null) {
    throw new UsageError(`a range like "${target}" is for offline runs: add --sql, or give a single target`);
  }
  // Retries happen inside the migration lock: no other run moves the database between two tries.
  return withLockedConnection(db, (connection) => runWithRetries({
    runner: onlineRunner(connection),
    versionTable: db.versionTable,
    historyTable: db.historyTable,
    transactionPerMigration: db.transactionPerMigration,
    force: options.force,
    integrity: direction === "upgrade" ? integrity(graph, options.strict ?? false) : undefined,
    plan: (rows) => planners[direction](graph, rows, target),
    onStep: (step) => options.log?.(`${prefix(db)}Running ${step.direction} ${describeStep(step)}`),
    lockWaitMs: db.ddlLockTimeoutMs,
  }, db.ddlLockRetries, (line) => options.log?.(`${prefix(db)}${line}`)), { createSchema: direction === "upgrade" });
}

async function migrateOffline(
  direction: Direction, db: ResolvedDatabase, graph: RevisionGraph, target: string, options: MigrateOptions,
): Promise<RunResult> {
  const range = parseRange(target);
  if (direction === "downgrade" && range.from === null) {
    throw new UsageError(`downgrade --sql needs a range FROM:TO, e.g. "head:${target}" (there is no database to read the start from)`);
  }
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
    plan: (rows) => planners[direction](graph, rows, range.to),
    onStep: (step) => options.log?.(`${prefix(db)}Generating ${step.direction} ${describeStep(step)}`),
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

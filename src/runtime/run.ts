/**
 * The run loop shared by upgrade, downgrade, online and offline: transaction
 * boundaries, running each revision through the op facade, and moving the
 * version table after each one. Failures come out as MigrationError saying
 * which revision and op failed and where the database now stands.
 */
import { CommitOutcomeUnknownError, DatabaseError, LockWaitTimeoutError, MigrateError, MigrationError } from "../errors.js";
import { createOp } from "../operations/facade.js";
import type { Step } from "../script/targets.js";
import { athanorVersion } from "../version.js";
import { createHistory, unresolvedFailure, finishRun, historyExists, readHistory, recordRun, type HistoryRow } from "./history.js";
import { preflight, type Integrity, type Prepared } from "./preflight.js";
import { refuseInvalidIndexes } from "./invalid-indexes.js";
import type { StatementRunner } from "./runner.js";
import { catalogDefinitions, trackedDefinitions } from "./definitions.js";
import { RecordingSink, yieldToEventLoop } from "./sink.js";
import { catalogAtStart, dryRun } from "./dry-run.js";
import { changesRowsOnly } from "./schema-tracker.js";
import { ensureVersionTable, readVersionRows, readVersionRowsIfExists, sameRows, versionMoves } from "./version-store.js";

export interface RunRequest {
  readonly runner: StatementRunner;
  readonly versionTable: string;
  readonly transactionPerMigration: boolean;
  /** Offline: the rows the script starts from (no database to read them from). */
  readonly offlineStartRows?: readonly string[];
  /** Computes the steps from the rows found in the database (read inside the lock). */
  readonly plan: (rows: readonly string[]) => Step[];
  readonly onStep?: (step: Step) => void;
  /** The history table's name. */
  readonly historyTable: string;
  /** Run even though the history records an unresolved failure (the user repaired the database). */
  readonly force?: boolean;
  /** Checks of applied revision files against their recorded checksums (upgrade). */
  readonly integrity?: Integrity;
  /** ddlLockTimeout in milliseconds: how long each statement of a revision may wait for a lock. */
  readonly lockWaitMs?: number | null;
}

export interface RunResult {
  readonly startRows: readonly string[];
  readonly endRows: readonly string[];
  readonly steps: readonly Step[];
  /** Applied revision files that changed since they ran (warnings unless strict). */
  readonly warnings: readonly string[];
}

export async function runSteps(request: RunRequest): Promise<RunResult> {
  const { runner, versionTable, historyTable } = request;
  const transactional = runner.dialect.transactionalDdl;
  let inTransaction = false;
  let rows: readonly string[] = [];
  let durableRows: readonly string[] = [];
  let startRowsSeen: readonly string[] = [];

  const begin = async (): Promise<void> => {
    if (transactional && !inTransaction) {
      await runner.begin();
      inTransaction = true;
    }
  };
  const commit = async (): Promise<void> => {
    if (inTransaction) {
      // The lock guards the version table, but a run killed just after sending COMMIT can have that commit land
      // after our read (PostgreSQL frees the lock's own connection at once). Reading the rows back before
      // committing turns that into a rollback instead of a revision applied twice.
      if (runner.online) await expectRows(runner, versionTable, rows);
      await runner.commit();
      inTransaction = false;
    }
    durableRows = rows;
  };

  // The bound on lock waits covers the revisions' statements, and the bookkeeping where it rolls back with them.
  // Where it would not (DDL that commits at once), the bookkeeping waits as long as it must: a version-table move
  // given up after the revision's DDL committed would leave a revision applied but not recorded.
  const lockWaitMs = request.lockWaitMs ?? null;
  let bounded = false;
  const boundLockWait = async (on: boolean): Promise<void> => {
    if (lockWaitMs === null || on === bounded) return;
    await runner.setLockWait(on ? lockWaitMs : null);
    bounded = on;
  };

  const definitions = runner.online ? catalogDefinitions(runner)
    : trackedDefinitions((request.offlineStartRows ?? []).length === 0);
  let step: Step | null = null;
  let sink: RecordingSink | null = null;
  let tracked = false;
  /** The ops of the revision under way that ran (kept after its code returns, for a failure of its bookkeeping). */
  let applied: readonly string[] = [];
  let bookkeeping = false;
  try {
    // Everything that can refuse the run (an earlier failure, the target, the revision files) is
    // checked before anything is written: a refused run changes nothing. Offline the start rows are
    // known, so this happens before the first line of the script; online, inside the lock.
    const offlineRows = [...(request.offlineStartRows ?? [])];
    const check = (startRows: readonly string[], history: HistoryRow[] | null): Promise<Prepared> => preflight({
      plan: request.plan, startRows, history, force: request.force ?? false, integrity: request.integrity,
    });
    let prepared = runner.online ? null : await check(offlineRows, null);
    // Before BEGIN: on SQLite it is BEGIN that waits for the write lock.
    await boundLockWait(true);
    await begin();
    const found = runner.online ? await readVersionRowsIfExists(runner, versionTable) : null;
    const history = runner.online && await historyExists(runner, historyTable) ? await readHistory(runner, historyTable) : null;
    // An index a failed concurrent build left invalid would make the next build of it fail, or stay unused. Said
    // before the history's record of that failed run, as what to do about it comes first.
    if (runner.online) {
      const failedBefore = !request.force && history !== null && unresolvedFailure(history) !== null;
      await refuseInvalidIndexes(runner.dialect, (s) => runner.query(s), failedBefore ? "then run again with --force" : "then run again");
    }
    prepared ??= await check(found ?? [], history);
    const { startRows, steps, modules, checksums, warnings } = prepared;
    // Created only once the plan stands: on MySQL CREATE TABLE commits at once, so creating them
    // first left tables behind after a refused target or a broken revision file.
    if (runner.online ? found === null : startRows.length === 0) await ensureVersionTable(runner, versionTable);
    if (runner.online ? history === null : startRows.length === 0) await createHistory(runner, historyTable);
    rows = durableRows = startRowsSeen = startRows;
    for (step of steps) {
      await yieldToEventLoop();
      const alone = !step.revision.transactional || request.transactionPerMigration;
      if (alone) await commit();
      if (step.revision.transactional && !inTransaction && transactional) {
        await begin();
        if (runner.online) await expectRows(runner, versionTable, rows);
      }
      request.onStep?.(step);
      runner.comment(`Running ${step.direction} ${describeStep(step)}`);
      const record = { revision: step.revision.revision, direction: step.direction, checksum: checksums.get(step.revision.revision) ?? null,
        version: athanorVersion() };
      const started = Date.now();
      // Where DDL commits at once, a `running` row first: a failure or a crash mid-revision stays visible. Offline
      // scripts carry it too, so a script that stops half-way when applied leaves the same trace.
      tracked = !inTransaction;
      applied = [];
      const fn = modules.get(step.revision.revision)![step.direction];
      let rowsOnly = false;
      // Nothing rolls back here: every op of the revision is compiled first, so one that cannot be stops the
      // run before the revision's first statement, rather than half-way through it.
      if (tracked && runner.online) {
        const checked = await dryRun(fn, runner.dialect, catalogAtStart(runner));
        if (checked.outcome === "refused") throw new NothingRan(checked.failedOp, checked.error);
        // A revision that only changes rows needs no DDL's implicit commit: it runs in one transaction with its
        // bookkeeping, so a failure, a crash or a node lost mid-revision leaves it applied whole or not at all
        // (unless it says `transactional = false`: then each statement commits, as its author chose).
        rowsOnly = step.revision.transactional && checked.outcome === "compiled" && checked.ops.every(changesRowsOnly);
        if (rowsOnly) {
          await runner.begin();
          inTransaction = true;
          tracked = false;
        }
      }
      if (tracked) {
        await boundLockWait(false);
        await recordRun(runner, historyTable, { ...record, status: "running", durationMs: null, detail: null });
      }
      await boundLockWait(true);
      sink = new RecordingSink(runner, definitions);
      applied = sink.applied;
      await fn(createOp(sink));
      if (!inTransaction) await boundLockWait(false);
      sink = null;
      bookkeeping = true;
      const duration = runner.online ? Date.now() - started : null;
      const historySql = runner.dialect.history;
      // The version table and the history move together, in one round trip: the run's only cost per revision
      // beyond the revision's own statements.
      await runner.runAll([
        ...versionMoves(runner.dialect, versionTable, step.rowsBefore, step.rowsAfter),
        tracked ? historySql.finish(historyTable, record.revision, "ok", duration, null)
          : historySql.insert(historyTable, { ...record, status: "ok", durationMs: duration, detail: null }),
      ]);
      tracked = false;
      rows = step.rowsAfter;
      if (!inTransaction) durableRows = rows;
      if (request.transactionPerMigration || rowsOnly) await commit();
      bookkeeping = false;
    }
    step = null;
    await commit();
    return { startRows, endRows: rows, steps, warnings };
  } catch (caught) {
    // A COMMIT whose answer never came may have committed: nothing is said to be rolled back then.
    const unknown = caught instanceof CommitOutcomeUnknownError;
    const rolledBack = inTransaction && !unknown;
    if (inTransaction) await runner.rollback().catch(() => {});
    if (step === null) throw caught instanceof MigrateError ? caught : new DatabaseError(messageOf(caught), { cause: caught });
    const error = caught instanceof NothingRan ? caught.error : caught;
    const failedOp = caught instanceof NothingRan ? caught.failedOp
      : sink?.current ?? (bookkeeping ? `the update of ${versionTable} and ${historyTable}` : null);
    // A statement that timed out waiting for its lock did not apply: when it was the revision's first, nothing
    // of the revision did. Not said of op.execute, whose text may hold several statements.
    const timedOutFirst = error instanceof LockWaitTimeoutError && !rolledBack && sink !== null && sink.sent === 1
      && sink.currentKind !== "execute";
    // Refused by the check before it ran, or failed before sending a statement: the revision left no trace.
    const untouched = caught instanceof NothingRan || (sink !== null && sink.sent === 0) || timedOutFirst;
    const outcome = unknown ? describeUnknown(inTransaction, applied, durableRows, step)
      : untouched && !rolledBack && runner.online
        ? describeUntouched(durableRows, startRowsSeen, timedOutFirst)
        : describeOutcome(rolledBack, applied, durableRows, startRowsSeen, runner.online, transactional);
    if (tracked && runner.online && !(caught instanceof NothingRan)) {
      await boundLockWait(false).catch(() => {});
      // Kept for the record, but a revision of which nothing ran is not a half-migrated database.
      const detail = untouched
        ? `nothing of it ${timedOutFirst ? "applied" : "ran"} (${timedOutFirst ? "timed out" : "refused"} at ${failedOp ?? "its start"}: ${messageOf(error).split("\n")[0]}); the database is unchanged by it`
        : `failed at ${failedOp ?? "its start"}: ${messageOf(error).split("\n")[0]}; applied before it: ${applied.join("; ") || "nothing"}`;
      await finishRun(runner, historyTable, step.revision.revision, untouched ? "refused" : "failed", null, detail).catch(() => {});
    }
    const atBoundary = runner.online && !unknown && (rolledBack || untouched);
    throw new MigrationError(step.revision.revision, step.direction, failedOp, applied, outcome, error, atBoundary);
  }
}

/** The check before a revision refused one of its ops: nothing of it ran, and no history row was written. */
class NothingRan extends Error {
  constructor(readonly failedOp: string | null, readonly error: unknown) {
    super(messageOf(error));
  }
}

function describeUnknown(whole: boolean, applied: readonly string[], durableRows: readonly string[], step: Step): string {
  const check = "See where it stands with 'migrate current' before running again.";
  if (whole) {
    return "The connection broke while this revision's transaction was committing, so whether it committed is unknown: " +
      `the database is at ${list(durableRows)} or at ${list(step.rowsAfter)}, with the revision applied whole or not at all. ${check}`;
  }
  return `The connection broke while the version table update was committing. Applied of this revision (DDL commits at once ` +
    `here): ${applied.join("; ") || "nothing"}; whether the version table moved from ${list(durableRows)} to ` +
    `${list(step.rowsAfter)} is unknown. ${check}`;
}

function describeUntouched(durableRows: readonly string[], startRows: readonly string[], timedOut: boolean): string {
  const where = sameRows(durableRows, startRows)
    ? `the database is unchanged, at ${list(durableRows)}`
    : `the database is at ${list(durableRows)}, where the revisions before it in this run left it`;
  return timedOut
    ? `Nothing of this revision was applied (its first statement gave up waiting for a lock): ${where}. Run again.`
    : `Nothing of this revision was applied (no statement of it ran): ${where}. Fix the revision, then run again.`;
}

/** A new transaction must find the rows the previous one left: another run may not have moved them. */
async function expectRows(runner: StatementRunner, versionTable: string, expected: readonly string[]): Promise<void> {
  const found = await readVersionRows(runner, versionTable);
  if (!sameRows(found, expected)) {
    throw new DatabaseError(
      `another migration run changed ${versionTable} during this run (expected ${list(expected)}, found ${list(found)}); ` +
      "nothing more was applied: run the command again");
  }
}

export function describeStep(step: Step): string {
  const from = step.direction === "upgrade" ? list(step.revision.downRevisions) : step.revision.revision;
  const to = step.direction === "upgrade" ? step.revision.revision : list(step.revision.downRevisions);
  const message = step.revision.message ? `, ${step.revision.message}` : "";
  return `${from} -> ${to}${message}`;
}

function describeOutcome(
  rolledBack: boolean, applied: readonly string[], durableRows: readonly string[], startRows: readonly string[], online: boolean,
  transactionalDdl: boolean,
): string {
  if (!online) return "No SQL was written for the rest of the run.";
  const at = `The database is at ${list(durableRows)}.`;
  if (rolledBack) {
    const what = sameRows(durableRows, startRows) ? "Everything this run did was rolled back" : "This revision was rolled back";
    return `${what}. ${at}`;
  }
  const done = applied.length > 0
    ? `Already applied of this revision (not rolled back, as ${transactionalDdl ? "it runs outside a transaction (transactional = false)"
      : "DDL commits at once here"}): ${applied.join("; ")}.`
    : "Nothing of this revision was applied.";
  return `${done} ${at} Repair the database by hand, then re-run, or mark it with 'migrate stamp'.`;
}

function list(rows: readonly string[]): string {
  return rows.length === 0 ? "base" : rows.join(", ");
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

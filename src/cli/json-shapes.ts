/**
 * `--json`: the one document each command prints on stdout, typed (exported from the package entry for CI
 * scripts written in TypeScript) and built from the programmatic API's return values. Pure: nothing here
 * prints; the commands hand a document to Output.document.
 *
 * Stable rules for every shape: camelCase keys; every key always present (null or [] when there is nothing,
 * never left out); revision ids in full; `database` is the entry's name in a multi-database config, null for a
 * single database; commands that run per database answer with `databases`, one entry each, in config order.
 * A literal default that is a bigint in the IR (a BIGINT column's) is written as a JSON number with all its
 * digits.
 */
import type { ChangeLine } from "../autogenerate/summary.js";
import type { CheckReport } from "../commands/autogenerate.js";
import type { InitResult } from "../commands/init.js";
import type { CurrentReport, DatabaseRevisions, RevisionInfo } from "../commands/inspect.js";
import type { LintReport } from "../commands/lint.js";
import type { DatabaseStatus, FleetError, FleetReport, FleetTotals } from "../commands/fleet.js";
import type { MigrateFleetReport } from "../commands/migrate.js";
import type { PullFormat, PullResult } from "../commands/pull.js";
import type { RevisionResult } from "../commands/revision.js";
import type { StampFleetReport } from "../commands/stamp.js";
import type { Operation } from "../operations/operation.js";

/** One revision as history, heads, branches, show and current describe it. */
export interface JsonRevision {
  readonly revision: string;
  readonly message: string;
  /** Parents; [] for a root, several for a merge revision. */
  readonly downRevisions: readonly string[];
  readonly dependsOn: readonly string[];
  /** The labels declared in this revision's file. */
  readonly branchLabels: readonly string[];
  /** Every label that names it: its own and those inherited from the revisions below it. */
  readonly labels: readonly string[];
  readonly children: readonly string[];
  /** The revision file. */
  readonly path: string;
  readonly createDate: string | null;
  readonly transactional: boolean;
  readonly isHead: boolean;
  readonly isBranchPoint: boolean;
  readonly isMerge: boolean;
  /** In the version table (known for `current`, and for `history -i`; false otherwise). */
  readonly isCurrent: boolean;
  /** When its latest upgrade ran, where the history was read (`current`, `history -v`/`-i`); else null. */
  readonly appliedAt: string | null;
}

/** history, heads, branches, show. */
export interface JsonRevisionList {
  readonly command: "history" | "heads" | "branches" | "show";
  readonly databases: readonly { readonly database: string | null; readonly revisions: readonly JsonRevision[] }[];
}

export interface JsonCurrent {
  readonly command: "current";
  readonly databases: readonly {
    readonly database: string | null;
    /** The version table's rows, as stored; [] at base. */
    readonly current: readonly string[];
    /** Those of them the versions directory has. */
    readonly revisions: readonly JsonRevision[];
    /** Those of them no revision file has. */
    readonly unknown: readonly string[];
    /** An earlier run that failed where DDL is not transactional (MySQL), not yet resolved; else null. */
    readonly failure: string | null;
  }[];
}

export interface JsonStep {
  readonly revision: string;
  readonly direction: "upgrade" | "downgrade";
  readonly message: string;
}

/** What each database of an upgrade, downgrade or stamp says about how its run went. */
export interface JsonOutcome {
  readonly database: string | null;
  /** "ok"; "failed" (only in a multi-database run: a single database's failure is the error document); "not-started" (--fail-fast). */
  readonly status: DatabaseStatus;
  /** Wall time of this database's run in ms; null when not started. */
  readonly durationMs: number | null;
  /** Why it failed: { message, kind (the error class), revision (the failed revision, else null) }; null unless failed. */
  readonly error: FleetError | null;
}

/** One database of an upgrade or downgrade. */
export interface JsonMigrateDatabase extends JsonOutcome {
  /** The version table's rows before and after ([] = base; offline: the range's start and end); null when unknown (not started, failed before reading them). */
  readonly from: readonly string[] | null;
  /** For a failed database, read back after the failure. */
  readonly to: readonly string[] | null;
  /** The revisions run and kept, in order (offline: those the script runs); [] when there was nothing to do. */
  readonly applied: readonly JsonStep[];
  /** Applied revision files edited or deleted since they ran (also on stderr). */
  readonly warnings: readonly string[];
  /** Failed: whether the database was left at a revision boundary (nothing of the failed revision kept); else null. */
  readonly atBoundary: boolean | null;
}

/** The run as a whole: upgrade, downgrade and stamp over one database or a fleet (--jobs). */
interface JsonFleet<D> {
  /** Every database ran to its end (else the exit code is 1). */
  readonly ok: boolean;
  /** With --sql: the whole script (what stdout holds without --json, every database's in turn), else null. */
  readonly sql: string | null;
  readonly jobs: number;
  readonly failFast: boolean;
  readonly durationMs: number;
  /** { databases, ok, failed, notStarted, revisionsApplied } */
  readonly totals: FleetTotals;
  readonly databases: readonly D[];
}

export interface JsonMigrate extends JsonFleet<JsonMigrateDatabase> {
  readonly command: "upgrade" | "downgrade";
}

export interface JsonStampDatabase extends JsonOutcome {
  /** The version table's rows before and after; null when unknown (failed, not started). */
  readonly from: readonly string[] | null;
  readonly to: readonly string[] | null;
}

export interface JsonStamp extends JsonFleet<JsonStampDatabase> {
  readonly command: "stamp";
}

export interface JsonCheck {
  readonly command: "check";
  /** The models and every database agree (the exit code is 0). */
  readonly ok: boolean;
  readonly databases: readonly {
    readonly database: string | null;
    /** One line per difference, as the text output has them: `{ "sign": "+", "text": "table users" }`. */
    readonly changes: readonly ChangeLine[];
    /** The differences as athanor's ops (what `revision --autogenerate` would write), plain data discriminated by `kind`. */
    readonly operations: readonly Operation[];
    /** With --diff: the unified diff of each differing table's DDL ("" when none differ); else null. */
    readonly diff: string | null;
    /** PostgreSQL indexes a failed concurrent build left invalid, in one line with how to drop them; else null. */
    readonly invalidIndexes: string | null;
  }[];
}

export interface JsonRevisionWritten {
  readonly command: "revision";
  readonly database: string | null;
  readonly revision: string;
  /** The file written (with --online, the last of them). */
  readonly path: string;
  /** Every file written, in order: `revision --autogenerate --online` may write several, each revising the one before. */
  readonly files: readonly { readonly revision: string; readonly path: string; readonly transactional: boolean }[];
  /** With --autogenerate: what was detected ([] when nothing differs); else null. */
  readonly changes: readonly ChangeLine[] | null;
  /** With --autogenerate, when the models declare no table: how many tables the revision drops; else null. */
  readonly dropsAllTables: number | null;
}

export interface JsonMerge {
  readonly command: "merge";
  readonly database: string | null;
  readonly revision: string;
  readonly path: string;
}

/** pull's result as the programmatic `pull()` returns it (path for ts; text for mermaid and json). */
export type JsonPull = { readonly command: "pull" } & PullResult;

/** `migrate lint --json`: LintReport as the programmatic `lint` returns it (README, "Lock report"). */
export interface JsonLint {
  readonly command: "lint";
  /** No op fails lint (the exit code is 0). */
  readonly ok: boolean;
  readonly databases: readonly LintReport[];
}

export interface JsonInit {
  readonly command: "init";
  /** Absolute paths; a folder ends in "/". */
  readonly created: readonly string[];
  /** Existing files left alone. */
  readonly kept: readonly string[];
}

export interface JsonListTemplates {
  readonly command: "list-templates";
  readonly templates: readonly { readonly name: string; readonly description: string }[];
}

/** Any command that failed: exit 1 (130/143 when interrupted). */
export interface JsonError {
  readonly error: {
    readonly message: string;
    /**
     * The error's class: ConfigError, RevisionGraphError, TargetError, DatabaseError, LockTimeoutError,
     * LockWaitTimeoutError, UnsupportedOperationError, ModelError, UsageError, MigrationError; "Interrupted" for
     * SIGINT/SIGTERM; "Error" for anything else (a bug, or an error thrown by user code).
     */
    readonly kind: string;
    /** MigrationError only: where the run failed, and what of the revision was applied. */
    readonly migration?: {
      readonly revision: string;
      readonly direction: "upgrade" | "downgrade";
      readonly failedOp: string | null;
      readonly appliedOps: readonly string[];
      /** The database is at a revision boundary: nothing of this revision was applied or kept. */
      readonly atBoundary: boolean;
    };
  };
}

/** Every document `--json` prints; all but JsonError carry `command`. */
export type JsonOutput =
  | JsonInit | JsonListTemplates | JsonRevisionWritten | JsonMerge | JsonMigrate | JsonCurrent | JsonRevisionList
  | JsonStamp | JsonCheck | JsonPull | JsonLint | JsonError;

export function revisionJson(rev: RevisionInfo): JsonRevision {
  return {
    revision: rev.revision,
    message: rev.message,
    downRevisions: rev.downRevisions,
    dependsOn: rev.dependsOn,
    branchLabels: rev.branchLabels,
    labels: rev.labels,
    children: rev.children,
    path: rev.path,
    createDate: rev.createDate,
    transactional: rev.transactional,
    isHead: rev.isHead,
    isBranchPoint: rev.isBranchPoint,
    isMerge: rev.isMerge,
    isCurrent: rev.isCurrent,
    appliedAt: rev.appliedAt,
  };
}

export function revisionListJson(command: JsonRevisionList["command"], results: readonly DatabaseRevisions[]): JsonRevisionList {
  return { command, databases: results.map((r) => ({ database: r.database, revisions: r.revisions.map(revisionJson) })) };
}

export function currentJson(reports: readonly CurrentReport[]): JsonCurrent {
  return {
    command: "current",
    databases: reports.map((r) => ({
      database: r.database, current: r.rows, revisions: r.revisions.map(revisionJson), unknown: r.unknown, failure: r.failure,
    })),
  };
}

function fleetJson<D>(report: FleetReport<JsonOutcome>, sql: string | null, databases: readonly D[]): JsonFleet<D> {
  return { ok: report.ok, sql, jobs: report.jobs, failFast: report.failFast, durationMs: report.durationMs, totals: report.totals, databases };
}

function outcomeJson(r: JsonOutcome): JsonOutcome {
  return { database: r.database, status: r.status, durationMs: r.durationMs, error: r.error };
}

export function migrateJson(report: MigrateFleetReport, sql: string | null): JsonMigrate {
  const command = report.command === "downgrade" ? "downgrade" : "upgrade";
  return {
    command,
    ...fleetJson(report, sql, report.databases.map((r) => ({
      ...outcomeJson(r),
      from: r.startRows,
      to: r.endRows,
      applied: r.steps.map((s) => ({ revision: s.revision, direction: s.direction, message: s.message })),
      warnings: r.warnings,
      atBoundary: r.atBoundary,
    }))),
  };
}

export function stampJson(report: StampFleetReport, sql: string | null): JsonStamp {
  return { command: "stamp", ...fleetJson(report, sql, report.databases.map((r) => ({ ...outcomeJson(r), from: r.before, to: r.after }))) };
}

export function checkJson(reports: readonly CheckReport[]): JsonCheck {
  return {
    command: "check",
    ok: reports.every((r) => r.operations.length === 0 && r.invalidIndexes === null),
    databases: reports.map((r) => ({
      database: r.database, changes: r.changes, operations: r.operations, diff: r.diff, invalidIndexes: r.invalidIndexes,
    })),
  };
}

export function revisionWrittenJson(
  result: RevisionResult & { readonly dropsAllTables?: number | null }, autogenerate: boolean,
): JsonRevisionWritten {
  return {
    command: "revision",
    database: result.database,
    revision: result.revision,
    path: result.path,
    files: result.files.map((f) => ({ revision: f.revision, path: f.path, transactional: f.transactional })),
    changes: autogenerate ? (result.changes ?? []) : null,
    dropsAllTables: result.dropsAllTables ?? null,
  };
}

export function mergeJson(result: RevisionResult): JsonMerge {
  return { command: "merge", database: result.database, revision: result.revision, path: result.path };
}

export function pullJson(result: PullResult): JsonPull {
  return { command: "pull", ...result };
}

export function lintJson(reports: readonly LintReport[]): JsonLint {
  return { command: "lint", ok: reports.every((r) => r.failures === 0), databases: reports };
}

export function initJson(result: InitResult): JsonInit {
  return { command: "init", created: result.created, kept: result.kept };
}

export function listTemplatesJson(templates: readonly { name: string; description: string }[]): JsonListTemplates {
  return { command: "list-templates", templates: templates.map((t) => ({ name: t.name, description: t.description })) };
}

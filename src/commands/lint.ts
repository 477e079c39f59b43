/**
 * `migrate lint [RANGE]`: the lock report of revision files. Each revision's upgrade runs against a recording
 * op (nothing is compiled or executed), and each op it asks for is looked up in the dialect's lock model.
 * Online, the server version and the touched tables' row estimates come from the database in one bulk query;
 * offline (`--offline`, or no database reachable) the row counts are unknown and every blocking op counts.
 */
import { describeInvalidIndexes, readInvalidIndexes } from "../runtime/invalid-indexes.js";
import type { ResolvedDatabase } from "../config/load.js";
import type { Dialect } from "../dialects/dialect.js";
import { readLockFacts, type LockFacts } from "../dialects/lock-facts.js";
import { DatabaseError } from "../errors.js";
import { describeOperation } from "../operations/describe.js";
import { rowsOf, severityRank, worstSeverity, type LockImpact, type Severity } from "../operations/lock-impact.js";
import type { Operation, OperationKind } from "../operations/operation.js";
import { tablesTouched } from "../autogenerate/lock-comments.js";
import { recordOperations } from "../runtime/dry-run.js";
import { loadRevisionModule } from "../runtime/revision-module.js";
import { onlineRunner } from "../runtime/runner.js";
import { readVersionRowsIfExists } from "../runtime/version-store.js";
import type { RevisionGraph } from "../script/graph.js";
import { resolveHistoryRange } from "../script/history-range.js";
import type { RevisionHeader } from "../script/revision.js";
import { dialectOf, loadEnvironment, loadGraph, withConnection } from "./environment.js";
import type { CommandOptions } from "./options.js";

export interface LintOptions extends CommandOptions {
  /** Like `history -r`: "base:head", "current:", a revision... Default: the revisions not yet applied (offline: all). */
  readonly range?: string;
  /** Overrides the config's lint.failOn. */
  readonly failOn?: Severity;
  /** Overrides the config's lint.minRows. */
  readonly minRows?: number;
  /** Do not connect: no row estimates, no server version (a recent one is assumed). */
  readonly offline?: boolean;
}

export interface LintImpact extends LockImpact {
  /** The table's row estimate; null: unknown (offline, never analysed); 0 for a table not in the database yet. */
  readonly rows: number | null;
  /** This impact makes lint fail (see LintReport.failures). */
  readonly fails: boolean;
}

export interface LintOp {
  readonly kind: OperationKind;
  /** The op in words: "createIndex ix_users_email on users". */
  readonly op: string;
  readonly severity: Severity;
  readonly impacts: readonly LintImpact[];
}

export interface LintRevision {
  readonly revision: string;
  readonly message: string;
  readonly path: string;
  /** false: the upgrade needed the database (op.query) before its end; the ops after that are not reported. */
  readonly complete: boolean;
  readonly ops: readonly LintOp[];
}

export interface LintReport {
  readonly database: string | null;
  readonly dialect: Dialect["name"];
  /** Whether the database was read (row estimates, server version). */
  readonly online: boolean;
  /** Why it is offline when it was not asked to be, e.g. the database could not be reached. */
  readonly offlineReason: string | null;
  readonly serverVersion: string | null;
  readonly failOn: Severity;
  readonly minRows: number;
  /** Oldest first. */
  readonly revisions: readonly LintRevision[];
  /** Ops at or above failOn that block writes on a table of more than minRows rows (or of unknown size). */
  readonly failures: number;
  /**
   * Online: indexes a failed CREATE INDEX CONCURRENTLY left invalid (PostgreSQL), in one line with how to drop
   * them, which the next run would refuse to start over; null when there are none or the database was not read.
   */
  readonly invalidIndexes: string | null;
}

export async function lint(options: LintOptions = {}): Promise<LintReport[]> {
  const { databases } = await loadEnvironment(options);
  const reports: LintReport[] = [];
  for (const db of databases) reports.push(await lintDatabase(db, options));
  return reports;
}

async function lintDatabase(db: ResolvedDatabase, options: LintOptions): Promise<LintReport> {
  const graph = await loadGraph(db);
  const dialect = await dialectOf(db);
  const failOn = options.failOn ?? db.lint.failOn;
  const minRows = options.minRows ?? db.lint.minRows;
  let offlineReason: string | null = null;
  let recorded: Recorded[] | null = null;
  let facts: LockFacts | null = null;
  let invalidIndexes: string | null = null;
  if (!options.offline) {
    try {
      await withConnection(db, async (connection) => {
        const rows = (await readVersionRowsIfExists(onlineRunner(connection), db.versionTable)) ?? [];
        recorded = await record(selectRevisions(graph, options.range, rows), dialect);
        facts = await readLockFacts(dialect, (s) => connection.query(s), tablesTouched(dialect, recorded.flatMap((r) => r.ops)));
        const invalid = await readInvalidIndexes(dialect, (s) => connection.query(s));
        if (invalid.length > 0) invalidIndexes = describeInvalidIndexes(dialect, invalid);
      });
    } catch (error) {
      // Unreachable is not a reason to skip the report: it goes on offline, and says so.
      if (!(error instanceof DatabaseError)) throw error;
      offlineReason = error.message.split("\n")[0]!;
      options.log?.(`(database not reachable, linting offline: ${offlineReason})`);
    }
  }
  recorded ??= await record(selectRevisions(graph, options.range, []), dialect);
  const known = facts as LockFacts | null;
  let failures = 0;
  const revisions = recorded.map(({ header, ops, complete }): LintRevision => ({
    revision: header.revision, message: header.message, path: header.path, complete,
    ops: ops.map((op): LintOp => {
      const impacts = dialect.lockImpact(op, known?.serverVersion ?? null).map((i): LintImpact => {
        // Online, a table the catalog lacks is created by the revisions themselves: it is empty when they run.
        const found = known === null || !known.estimated || i.table === null ? null : rowsOf(known.rows, i.table);
        const rows = found === undefined ? 0 : found;
        const fails = severityRank(i.severity) >= severityRank(failOn) && (i.blocksWrites || i.blocksReads)
          && (rows === null || rows > minRows);
        return { ...i, rows, fails };
      });
      if (impacts.some((i) => i.fails)) failures++;
      return { kind: op.kind, op: describeOperation(op), severity: worstSeverity(impacts) ?? "info", impacts };
    }),
  }));
  return {
    database: db.name, dialect: dialect.name, online: known !== null, offlineReason,
    serverVersion: known?.serverVersion ?? null, failOn, minRows, revisions, failures, invalidIndexes,
  };
}

interface Recorded {
  readonly header: RevisionHeader;
  readonly ops: readonly Operation[];
  readonly complete: boolean;
}

async function record(headers: readonly RevisionHeader[], dialect: Dialect): Promise<Recorded[]> {
  const result: Recorded[] = [];
  for (const header of headers) {
    const { module } = await loadRevisionModule(header);
    result.push({ header, ...(await recordOperations(module.upgrade, dialect)) });
  }
  return result;
}

/** Oldest first. Without a range: what an upgrade would still apply (the revisions not under the version rows). */
function selectRevisions(graph: RevisionGraph, range: string | undefined, rows: readonly string[]): RevisionHeader[] {
  if (range !== undefined && range.trim() !== "") return resolveHistoryRange(graph, range, rows).reverse();
  const applied = rows.length === 0 ? new Set<string>() : graph.ancestors(rows.filter((r) => graph.has(r)));
  return graph.historyOrder().filter((h) => !applied.has(h.revision)).reverse();
}

/**
 * Read-only commands: current, history, heads, branches, show. The graph
 * ones never connect to a database and never execute a revision file.
 */
import { readVersionRowsIfExists } from "../runtime/version-store.js";
import { describeFailure, historyExists, readHistory, unresolvedFailure, type HistoryRow } from "../runtime/history.js";
import { onlineRunner } from "../runtime/runner.js";
import type { RevisionGraph } from "../script/graph.js";
import type { RevisionHeader } from "../script/revision.js";
import { resolveHistoryRange, resolveRevision } from "../script/targets.js";
import type { ResolvedDatabase } from "../config/load.js";
import { loadEnvironment, loadGraph, withConnection } from "./environment.js";
import type { CommandOptions } from "./options.js";
import { mapPool } from "../runtime/pool.js";

/** One revision as the inspection commands show it. */
export interface RevisionInfo extends RevisionHeader {
  readonly isHead: boolean;
  readonly isBranchPoint: boolean;
  readonly isMerge: boolean;
  readonly isCurrent: boolean;
  readonly children: readonly string[];
  readonly labels: readonly string[];
  /** When its latest successful upgrade ran, if the history knows (and it is still applied). */
  readonly appliedAt: string | null;
}

export interface DatabaseRevisions {
  readonly database: string | null;
  readonly revisions: readonly RevisionInfo[];
}

/** The revisions in the version table; unknown ones are reported by id only. */
export interface CurrentReport {
  readonly database: string | null;
  readonly rows: readonly string[];
  readonly revisions: readonly RevisionInfo[];
  readonly unknown: readonly string[];
  /** An earlier run that failed (or died) where DDL is not transactional, not yet resolved. */
  readonly failure: string | null;
}

export async function current(options: CommandOptions = {}): Promise<CurrentReport[]> {
  const { databases } = await loadEnvironment(options);
  // A fleet of tenants is read up to --jobs at once; the reports keep the config's order.
  return mapPool(databases, options.jobs ?? 1, async (db): Promise<CurrentReport> => {
    const graph = await loadGraph(db);
    const { rows, history } = await databaseState(db, "current");
    const failure = unresolvedFailure(history);
    const runs = latestRuns(history);
    return {
      database: db.name,
      rows,
      revisions: rows.filter((r) => graph.has(r)).map((r) => info(graph, graph.get(r), new Set(rows), runs)),
      unknown: rows.filter((r) => !graph.has(r)),
      failure: failure ? `${describeFailure(failure)}. Repair the database, then re-run with --force, or record where it stands with 'migrate stamp'` : null,
    };
  });
}

/**
 * The version table's rows and the history, without creating either (a read-only command changes nothing).
 * For "current", only the history's last row and the rows of the revisions in the version table: a long
 * history is not read whole to show one revision.
 */
export async function databaseState(
  db: ResolvedDatabase, scope: "all" | "current" = "all",
): Promise<{ rows: string[]; history: HistoryRow[] }> {
  return withConnection(db, async (connection) => {
    const runner = onlineRunner(connection);
    const rows = (await readVersionRowsIfExists(runner, db.versionTable)) ?? [];
    const history = (await historyExists(runner, db.historyTable))
      ? await readHistory(runner, db.historyTable, scope === "current" ? rows : undefined) : [];
    return { rows, history };
  });
}

export interface HistoryOptions extends CommandOptions {
  /** -r A:B */
  readonly range?: string;
  /** -i: mark the database's current revisions (connects to the database). */
  readonly indicateCurrent?: boolean;
  /** -v: also when each revision was applied (connects to the database when it can). */
  readonly verbose?: boolean;
}

export async function history(options: HistoryOptions = {}): Promise<DatabaseRevisions[]> {
  return forEachGraph(options, async (db, graph) => {
    const needsRows = options.indicateCurrent || /(^|:)current$|^current:/.test(options.range ?? "");
    let state = { rows: [] as string[], history: [] as HistoryRow[] };
    if (needsRows) state = await databaseState(db);
    else if (options.verbose && db.url) {
      // Applied dates are a bonus of -v: a database that cannot be reached does not stop the listing.
      state = await databaseState(db).catch((error: unknown) => {
        options.log?.(`(applied dates unavailable: ${error instanceof Error ? error.message.split("\n")[0] : String(error)})`);
        return state;
      });
    }
    const current = new Set(state.rows);
    const runs = latestRuns(state.history);
    return resolveHistoryRange(graph, options.range, state.rows).map((h) => info(graph, h, current, runs));
  });
}

export function heads(options: CommandOptions = {}): Promise<DatabaseRevisions[]> {
  return forEachGraph(options, async (_db, graph) => graph.heads().map((id) => info(graph, graph.get(id))));
}

export function branches(options: CommandOptions = {}): Promise<DatabaseRevisions[]> {
  return forEachGraph(options, async (_db, graph) => graph.branchPoints().map((id) => info(graph, graph.get(id))));
}

export function show(options: CommandOptions & { readonly revision: string }): Promise<DatabaseRevisions[]> {
  return forEachGraph(options, async (_db, graph) => {
    if (options.revision === "heads" || options.revision === "head") {
      const ids = options.revision === "head" ? [resolveRevision(graph, "head")] : graph.heads();
      return ids.map((id) => info(graph, graph.get(id)));
    }
    return [info(graph, graph.get(resolveRevision(graph, options.revision)))];
  });
}

async function forEachGraph(
  options: CommandOptions, fn: (db: ResolvedDatabase, graph: RevisionGraph) => Promise<RevisionInfo[]>,
): Promise<DatabaseRevisions[]> {
  const { databases } = await loadEnvironment(options);
  const results: DatabaseRevisions[] = [];
  for (const db of databases) results.push({ database: db.name, revisions: await fn(db, await loadGraph(db)) });
  return results;
}

const EMPTY = new Set<string>();

function info(
  graph: RevisionGraph, header: RevisionHeader, currentRows: ReadonlySet<string> = EMPTY,
  runs: ReadonlyMap<string, HistoryRow> = NO_RUNS,
): RevisionInfo {
  const children = graph.children(header.revision);
  const last = runs.get(header.revision);
  // Field by field, not `...header`: spreading is several times slower, and `history` builds thousands of these.
  return {
    revision: header.revision,
    downRevisions: header.downRevisions,
    branchLabels: header.branchLabels,
    dependsOn: header.dependsOn,
    transactional: header.transactional,
    message: header.message,
    createDate: header.createDate,
    path: header.path,
    isHead: children.length === 0,
    isBranchPoint: children.length > 1,
    isMerge: header.downRevisions.length > 1,
    isCurrent: currentRows.has(header.revision),
    children,
    labels: graph.labelsOf(header.revision),
    appliedAt: last?.direction === "upgrade" ? last.appliedAt : null,
  };
}

const NO_RUNS: ReadonlyMap<string, HistoryRow> = new Map();

/** Each revision's latest successful upgrade or downgrade in the history. */
function latestRuns(history: readonly HistoryRow[]): Map<string, HistoryRow> {
  const runs = new Map<string, HistoryRow>();
  for (const row of history) if (row.status === "ok" && row.direction !== "stamp") runs.set(row.revision, row);
  return runs;
}

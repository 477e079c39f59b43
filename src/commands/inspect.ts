/**
 * Read-only commands: current, history, heads, branches, show. The graph
 * ones never connect to a database and never execute a revision file.
 */
import { readVersionRowsIfExists } from "../runtime/version-store.js";
import { onlineRunner } from "../runtime/runner.js";
import type { RevisionGraph } from "../script/graph.js";
import type { RevisionHeader } from "../script/revision.js";
import { resolveHistoryRange, resolveRevision } from "../script/targets.js";
import type { ResolvedDatabase } from "../config/load.js";
import { loadEnvironment, loadGraph, withConnection } from "./environment.js";
import type { CommandOptions } from "./options.js";

/** One revision as the inspection commands show it. */
export interface RevisionInfo extends RevisionHeader {
  readonly isHead: boolean;
  readonly isBranchPoint: boolean;
  readonly isMerge: boolean;
  readonly isCurrent: boolean;
  readonly children: readonly string[];
  readonly labels: readonly string[];
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
}

export async function current(options: CommandOptions = {}): Promise<CurrentReport[]> {
  const { databases } = await loadEnvironment(options);
  const reports: CurrentReport[] = [];
  for (const db of databases) {
    const graph = await loadGraph(db);
    const rows = await currentRows(db);
    reports.push({
      database: db.name,
      rows,
      revisions: rows.filter((r) => graph.has(r)).map((r) => info(graph, graph.get(r), new Set(rows))),
      unknown: rows.filter((r) => !graph.has(r)),
    });
  }
  return reports;
}

/** The version table's rows, without creating it (a read-only command changes nothing). */
export async function currentRows(db: ResolvedDatabase): Promise<string[]> {
  return withConnection(db, async (connection) =>
    (await readVersionRowsIfExists(onlineRunner(connection), db.versionTable)) ?? []);
}

export interface HistoryOptions extends CommandOptions {
  /** -r A:B */
  readonly range?: string;
  /** -i: mark the database's current revisions (connects to the database). */
  readonly indicateCurrent?: boolean;
}

export async function history(options: HistoryOptions = {}): Promise<DatabaseRevisions[]> {
  return forEachGraph(options, async (db, graph) => {
    const needsRows = options.indicateCurrent || /(^|:)current$|^current:/.test(options.range ?? "");
    const rows = needsRows ? await currentRows(db) : [];
    return resolveHistoryRange(graph, options.range, rows).map((h) => info(graph, h, new Set(rows)));
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

function info(graph: RevisionGraph, header: RevisionHeader, currentRows: ReadonlySet<string> = EMPTY): RevisionInfo {
  const children = graph.children(header.revision);
  return {
    ...header,
    isHead: children.length === 0,
    isBranchPoint: children.length > 1,
    isMerge: header.downRevisions.length > 1,
    isCurrent: currentRows.has(header.revision),
    children,
    labels: graph.labelsOf(header.revision),
  };
}

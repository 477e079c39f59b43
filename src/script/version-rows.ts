/**
 * The database side of planning: the version rows (the heads of what is
 * applied) and the applied set they stand for.
 */
import { TargetError } from "../errors.js";
import type { RevisionGraph } from "./graph.js";
import { listIds } from "./target-spec.js";

/**
 * The rows a version table holds for an applied set: members that are no
 * other member's downRevision. dependsOn does not hide a row, so b1 depending
 * on a1 leaves both a1 and b1. Sorted in topological order.
 */
export function headsOf(graph: RevisionGraph, applied: ReadonlySet<string>): string[] {
  const rows: string[] = [];
  for (const id of applied) {
    if (!graph.children(id).some((child) => applied.has(child))) rows.push(id);
  }
  return sortByPosition(graph, rows);
}

/** The applied set A for the database's rows; rows unknown to the graph are an error. */
export function appliedFromRows(graph: RevisionGraph, rows: readonly string[], hint = ""): Set<string> {
  const unknown = [...new Set(rows)].filter((row) => !graph.has(row));
  if (unknown.length === 1) {
    throw new TargetError(`database is at revision ${unknown[0]}, which is not in the versions directory${hint}`);
  }
  if (unknown.length > 1) {
    throw new TargetError(`database is at revisions ${listIds(unknown)}, which are not in the versions directory${hint}`);
  }
  return graph.ancestors(rows);
}

export function sortByPosition(graph: RevisionGraph, ids: Iterable<string>): string[] {
  return [...ids].sort((a, b) => graph.positionOf(a) - graph.positionOf(b));
}

export function describeRows(rows: readonly string[]): string {
  return rows.length === 0 ? "none (empty database)" : listIds(rows);
}

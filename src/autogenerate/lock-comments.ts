/**
 * The `// LOCK:` comments autogenerate writes above each op that blocks a live table for as long as it works
 * on it, or rewrites it: the reader of a generated revision sees what it will do in production before it runs.
 */
import type { Dialect } from "../dialects/dialect.js";
import type { LockFacts } from "../dialects/lock-facts.js";
import { describeImpact, rowsOf, type LockImpact } from "../operations/lock-impact.js";
import type { Operation, TableRef } from "../operations/operation.js";

/** Whether an impact earns a comment: blocking, or a rewrite (even one that lets writes go on). */
export function worthComment(i: LockImpact): boolean {
  return i.severity === "blocking" || i.rewrites;
}

export function lockCommenter(dialect: Dialect, facts: LockFacts | null): (op: Operation) => string[] {
  return (op) => dialect.lockImpact(op, facts?.serverVersion ?? null).filter(worthComment)
    .map((i) => `// LOCK: ${describeImpact(i, i.table && facts ? rowsOf(facts.rows, i.table) ?? null : null)}`);
}

/** Every table the ops touch, for the one bulk query of row estimates. */
export function tablesTouched(dialect: Dialect, ops: readonly Operation[]): TableRef[] {
  const seen = new Map<string, TableRef>();
  for (const op of ops) {
    for (const i of dialect.lockImpact(op)) if (i.table) seen.set(JSON.stringify([i.table.schema, i.table.name]), i.table);
  }
  return [...seen.values()];
}

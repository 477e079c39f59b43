/**
 * What every dialect's online plan (src/dialects/<name>/online.ts, `revision --autogenerate --online`) shares:
 * which tables the ops create (those need no online form: nothing uses them yet), and the refusal of an op that
 * would block writes on a live table, said in one line that names the op, its table and why.
 */
import { UnsupportedOperationError } from "../../errors.js";
import { describeOperation } from "../../operations/describe.js";
import { tableKey, type LockImpact } from "../../operations/lock-impact.js";
import type { Operation, TableRef } from "../../operations/operation.js";
import type { DialectName } from "../dialect.js";

/** The tables the ops create, by tableKey: ops on them touch no live table. */
export function tablesCreated(ops: readonly Operation[]): ReadonlySet<string> {
  const created = new Set<string>();
  for (const op of ops) {
    if (op.kind === "createTable") created.add(tableKey({ name: op.table.name, schema: op.table.schema }));
    if (op.kind === "renameTable" && created.has(tableKey(op.table))) created.add(tableKey({ name: op.newName, schema: op.table.schema }));
  }
  return created;
}

/** Whether the op works on a table the same ops create (or touches no table at all). */
export function onNewTable(op: Operation, created: ReadonlySet<string>): boolean {
  const table = "table" in op && op.kind !== "createTable" ? (op.table as TableRef) : null;
  return op.kind === "createTable" || (table !== null && created.has(tableKey(table)));
}

/**
 * `--online: createIndex ix on users cannot run on postgresql without blocking writes: <why>; <advice>`; the
 * default advice: generate it without --online, or split the change by hand.
 */
export function refuseOnline(dialect: DialectName, op: Operation, why: string, advice?: string): UnsupportedOperationError {
  return new UnsupportedOperationError(
    `--online: ${describeOperation(op)} cannot run on ${dialect} without blocking writes: ${why.replace(/\.$/, "")}; ` +
    `no revision was written (${advice ?? "generate it without --online, or split the change by hand"})`);
}

/**
 * Refuses the op when the lock report says it blocks writes on a live table for as long as it scans, rewrites
 * or copies it (severity "blocking"). A brief exclusive lock (a catalog change) passes: ddlLockTimeout bounds
 * its wait.
 */
export function refuseIfBlocking(
  dialect: DialectName, op: Operation, impacts: readonly LockImpact[], created: ReadonlySet<string>, advice?: string,
): void {
  for (const i of impacts) {
    if (i.severity !== "blocking") continue;
    if (i.table !== null && created.has(tableKey(i.table))) continue;
    const work = i.rewrites ? "rewrites" : i.scans ? "scans" : "locks";
    throw refuseOnline(dialect, op, `it takes ${i.lock}${i.table ? ` on ${i.table.name}` : ""} and ${work} the table meanwhile${i.note ? ` (${i.note})` : ""}`,
      advice);
  }
}

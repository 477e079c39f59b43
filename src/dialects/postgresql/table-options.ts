/**
 * setTableOptions on PostgreSQL: what ALTER TABLE can change in place.
 * UNLOGGED ↔ LOGGED (SET UNLOGGED / SET LOGGED, which rewrites the table);
 * a partition's parent or bound (DETACH PARTITION, then ATTACH PARTITION on
 * the parent). PARTITION BY and INHERITS cannot change on an existing table
 * without recreating it or moving its columns' ownership: refused.
 */
import type { SetTableOptionsOp, TableRef } from "../../operations/operation.js";
import type { PartitionOf, TableOptionsIR } from "../../schema/ir.js";
import type { Statement } from "../dialect.js";
import { qualifiedTable, statement } from "../shared/syntax.js";
import { postgresSyntax } from "./quote.js";

type Refuse = (reason: string, instead: string) => never;

const table = (ref: TableRef): string => qualifiedTable(postgresSyntax, ref);
const parentOf = (ref: TableRef, p: PartitionOf): string => table({ name: p.parent, schema: p.parentSchema ?? ref.schema });
const samePartition = (a: PartitionOf | undefined, b: PartitionOf | undefined): boolean =>
  (a === undefined || b === undefined) ? a === b : a.parent === b.parent && (a.parentSchema ?? null) === (b.parentSchema ?? null) && a.bound === b.bound;
const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean => JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

export function tableOptionStatements(op: SetTableOptionsOp, refuse: Refuse): Statement[] {
  const to: TableOptionsIR = op.options;
  const from: TableOptionsIR | undefined = op.existing;
  if (from === undefined) {
    return refuse(`the table's current options are unknown`, "give setTableOptions { existingOptions }");
  }
  if ((from.partitionBy ?? null) !== (to.partitionBy ?? null)) {
    refuse(`PARTITION BY cannot change on an existing table`, "create a new partitioned table, move the rows, and drop the old one");
  }
  if (!sameList(from.inherits, to.inherits)) {
    refuse(`INHERITS parents cannot be changed by setTableOptions`, "run ALTER TABLE ... INHERIT / NO INHERIT with op.execute, or recreate the table");
  }
  const out: Statement[] = [];
  if (!samePartition(from.partitionOf, to.partitionOf)) {
    if (from.partitionOf) out.push(statement(`ALTER TABLE ${parentOf(op.table, from.partitionOf)} DETACH PARTITION ${table(op.table)}`));
    if (to.partitionOf) {
      out.push(statement(`ALTER TABLE ${parentOf(op.table, to.partitionOf)} ATTACH PARTITION ${table(op.table)} ${to.partitionOf.bound}`));
    }
  }
  if ((from.with ?? null) !== (to.with ?? null)) out.push(...storageParameters(op.table, from.with, to.with));
  if (Boolean(from.unlogged) !== Boolean(to.unlogged)) {
    out.push(statement(`ALTER TABLE ${table(op.table)} SET ${to.unlogged ? "UNLOGGED" : "LOGGED"}`));
  }
  // Options PostgreSQL does not have (WITHOUT ROWID, ENGINE, ...) are left out of its stored form: nothing to do.
  return out;
}

/** "a=1, b=2" → Map a → 1, b → 2. */
function parameters(text: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (text ?? "").split(",")) {
    const [key = "", ...value] = part.split("=");
    if (key.trim() !== "") out.set(key.trim(), value.join("=").trim());
  }
  return out;
}

/** RESET what is no longer set, SET what is new or changed. */
function storageParameters(ref: TableRef, from: string | undefined, to: string | undefined): Statement[] {
  const before = parameters(from);
  const after = parameters(to);
  const reset = [...before.keys()].filter((key) => !after.has(key));
  const set = [...after].filter(([key, value]) => before.get(key) !== value).map(([key, value]) => `${key}=${value}`);
  return [
    ...(reset.length > 0 ? [statement(`ALTER TABLE ${table(ref)} RESET (${reset.join(", ")})`)] : []),
    ...(set.length > 0 ? [statement(`ALTER TABLE ${table(ref)} SET (${set.join(", ")})`)] : []),
  ];
}

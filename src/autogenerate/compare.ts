/**
 * Compare: the database's schema and the models' schema in, the operations
 * that turn the first into the second out, in an order that can run.
 * Every op carries what it replaces or removes, so the reversed list of
 * reversed ops is the downgrade (see downgrade.ts).
 *
 * The phases, in order:
 *   1. new enum types and values (PostgreSQL);
 *   2. foreign keys that go or change (so tables, columns and keys they
 *      point at are free to change);
 *   3. dropped tables, referencing ones first (a foreign key closing a
 *      cycle among them is dropped in phase 2);
 *   4. new tables, referenced ones first (a foreign key closing a cycle is
 *      created in phase 6);
 *   5. each kept table's alterations (compare-table.ts orders them);
 *   6. foreign keys that are new or changed;
 *   7. table comments;
 *   8. enum values and types no longer used.
 * Where tables are rebuilt to change them (SQLite), a table's phases 2, 5
 * and 6 are one batchAlterTable, and foreign keys are never split from the
 * tables that hold them: SQLite does not check references when a table is
 * created.
 */
import type {
  CreateForeignKeyOp, DropConstraintOp, Operation, SetTableCommentOp, SetTableOptionsOp, TableAlteration, TableRef,
} from "../operations/operation.js";
import { indexColumnNames, type ForeignKey, type Schema, type Table } from "../schema/ir.js";
import { compareTable, dropOf, sameList, type CompareSwitches, type TableDiff } from "./compare-table.js";
import { compareEnums } from "./compare-enums.js";
import type { Equivalence } from "../dialects/comparison.js";
import { orderByForeignKeys, parentsFirst } from "./order.js";

export interface CompareOptions extends CompareSwitches {
  readonly equivalence: Equivalence;
  /** Whether enum types exist on their own (PostgreSQL); elsewhere they live in column types only. */
  readonly enumTypes: boolean;
  /** Group each table's alterations into one batchAlterTable (dialects that rebuild tables: SQLite). */
  readonly batchAlterations: boolean;
}

export const tableKey = (t: { name: string; schema: string | null }): string => `${t.schema ?? ""}.${t.name}`;
const refOf = (t: { name: string; schema: string | null }): TableRef => ({ name: t.name, schema: t.schema });

export function compareSchemas(database: Schema, models: Schema, options: CompareOptions): Operation[] {
  const dbTables = new Map(database.tables.map((t) => [tableKey(t), t]));
  const modelTables = new Map(models.tables.map((t) => [tableKey(t), t]));
  const created = models.tables.filter((t) => !dbTables.has(tableKey(t)));
  const removed = database.tables.filter((t) => !modelTables.has(tableKey(t)));

  const diffs = new Map<string, TableDiff>();
  for (const model of models.tables) {
    const db = dbTables.get(tableKey(model));
    if (db) diffs.set(tableKey(model), compareTable(db, model, options.equivalence, options));
  }
  remakeForeignKeys(diffs, dbTables, modelTables);

  const dropForeignKeys: DropConstraintOp[] = [];
  const createForeignKeys: CreateForeignKeyOp[] = [];
  const alterations: Operation[] = [];
  const comments: (SetTableCommentOp | SetTableOptionsOp)[] = [];
  for (const model of models.tables) {
    const diff = diffs.get(tableKey(model));
    if (!diff) continue;
    // A table that stops being STRICT or WITHOUT ROWID (SQLite) loses it before its batch, which may then declare
    // types STRICT does not accept or an AUTOINCREMENT; reversed, the downgrade's batch runs first and the option comes back last.
    const dropped = (key: "strict" | "withoutRowid"): boolean => Boolean(diff.options?.existing?.[key]) && !diff.options?.options[key];
    const optionsFirst = options.batchAlterations && (dropped("strict") || dropped("withoutRowid"));
    if (optionsFirst) alterations.push(diff.options!);
    if (options.batchAlterations) {
      const all: TableAlteration[] = [...diff.dropForeignKeys, ...diff.alterations, ...diff.createForeignKeys];
      alterations.push(...group(model, all));
    } else {
      dropForeignKeys.push(...diff.dropForeignKeys);
      createForeignKeys.push(...diff.createForeignKeys);
      alterations.push(...diff.alterations);
    }
    if (diff.options && !optionsFirst) comments.push(diff.options);
    if (diff.comment) comments.push(diff.comment);
  }

  // New tables: referenced ones first; a foreign key closing a cycle is added once both tables exist, and
  // one pointing at a table that is altered once the alterations (a new key or column it needs) are done.
  const createOrder = orderByForeignKeys(created);
  createOrder.tables.splice(0, createOrder.tables.length, ...parentsFirst(createOrder.tables));
  const altered = (fk: ForeignKey, table: Table): boolean =>
    (diffs.get(tableKey({ name: fk.refTable, schema: fk.refSchema ?? table.schema }))?.alterations ?? [])
      .some((op) => touchesKey(op, fk.refColumns));
  const creates: Operation[] = createOrder.tables.map((table) => {
    const later = options.batchAlterations ? []
      : [...new Set([...createOrder.deferred.get(table) ?? [], ...table.foreignKeys.filter((fk) => altered(fk, table))])];
    for (const fk of later) createForeignKeys.push({ kind: "createForeignKey", table: refOf(table), foreignKey: fk });
    return { kind: "createTable", table: later.length === 0 ? table : without(table, later) };
  });

  // Dropped tables: referencing ones first; a cycle's foreign key is dropped before either table.
  const dropOrder = orderByForeignKeys(removed);
  dropOrder.tables.splice(0, dropOrder.tables.length, ...parentsFirst(dropOrder.tables));
  const drops: Operation[] = [...dropOrder.tables].reverse().map((table) => {
    const first = options.batchAlterations ? [] : dropOrder.deferred.get(table) ?? [];
    for (const fk of first) dropForeignKeys.push(dropOf(refOf(table), fk.name, { type: "foreignkey", foreignKey: fk }));
    const definition = first.length === 0 ? table : without(table, first);
    return { kind: "dropTable", table: refOf(table), definition };
  });

  const enums = options.enumTypes ? compareEnums(database.enums, models.enums) : { before: [], after: [] };
  return [...enums.before, ...dropForeignKeys, ...drops, ...creates, ...alterations, ...createForeignKeys, ...comments, ...enums.after];
}

/**
 * A foreign key that stays but points at a primary key or unique key that
 * is dropped and made again (PostgreSQL and MySQL refuse to drop a key a
 * foreign key depends on), or whose columns or referenced columns change
 * type (MySQL refuses to change either side of a foreign key), is dropped
 * before and created after, too.
 */
function remakeForeignKeys(diffs: Map<string, TableDiff>, dbTables: Map<string, Table>, modelTables: Map<string, Table>): void {
  const retyped = (key: string): Set<string> => new Set((diffs.get(key)?.alterations ?? [])
    .flatMap((op) => (op.kind === "alterColumn" && op.changes.type !== undefined ? [op.name] : [])));
  for (const [key, diff] of diffs) {
    const table = modelTables.get(key)!;
    const db = dbTables.get(key)!;
    const own = retyped(key);
    for (const fk of db.foreignKeys) {
      if (fk.name === null || diff.dropForeignKeys.some((op) => op.definition?.type === "foreignkey" && op.definition.foreignKey === fk)) continue;
      const targetKey = tableKey({ name: fk.refTable, schema: fk.refSchema ?? table.schema });
      const target = diffs.get(targetKey);
      const keyDropped = target?.droppedKeys.some((columns) => sameList([...columns].sort(), [...fk.refColumns].sort())) ?? false;
      const theirs = retyped(targetKey);
      const typeChanged = fk.columns.some((c) => own.has(c)) || fk.refColumns.some((c) => theirs.has(c));
      if (!keyDropped && !typeChanged) continue;
      const modelFk = table.foreignKeys.find((m) => sameFk(m, fk));
      if (!modelFk) continue;
      diff.dropForeignKeys.push(dropOf(refOf(table), fk.name, { type: "foreignkey", foreignKey: fk }));
      if (!diff.createForeignKeys.some((op) => op.foreignKey === modelFk)) {
        diff.createForeignKeys.push({ kind: "createForeignKey", table: refOf(table), foreignKey: modelFk });
      }
    }
  }
}

/** Whether an alteration adds, changes or (re)makes the referenced columns or the key over them. */
function touchesKey(op: TableAlteration, columns: readonly string[]): boolean {
  const sameSet = (other: readonly string[]): boolean => sameList([...other].sort(), [...columns].sort());
  switch (op.kind) {
    case "addColumn": return columns.includes(op.column.name);
    case "alterColumn": return columns.includes(op.name);
    case "createUniqueConstraint": return sameSet(op.unique.columns);
    case "createPrimaryKey": return sameSet(op.primaryKey.columns);
    case "createIndex": return op.index.unique && sameSet(indexColumnNames(op.index));
    default: return false;
  }
}

const sameFk = (a: ForeignKey, b: ForeignKey): boolean =>
  (a.name === null || b.name === null || a.name === b.name) && sameList(a.columns, b.columns) && a.refTable === b.refTable
  && sameList(a.refColumns, b.refColumns);

function without(table: Table, fks: readonly ForeignKey[]): Table {
  return { ...table, foreignKeys: table.foreignKeys.filter((fk) => !fks.includes(fk)) };
}

function group(table: Table, ops: readonly TableAlteration[]): Operation[] {
  if (ops.length <= 1) return [...ops];
  return [{ kind: "batchAlterTable", table: refOf(table), ops, recreate: "auto" }];
}

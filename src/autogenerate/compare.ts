/**
 * Compare: the database's schema and the models' schema in, the operations
 * that turn the first into the second out, in an order that can run.
 * Every op carries what it replaces or removes, so reverse() of the list
 * is the downgrade.
 */
import type {
  CreateForeignKeyOp, DropConstraintOp, Operation, SetTableCommentOp, TableAlteration,
} from "../operations/operation.js";
import type { EnumType, Schema, Table } from "../schema/ir.js";
import { compareTable, type CompareSwitches } from "./compare-table.js";
import { compareEnums } from "./compare-enums.js";
import type { Equivalence } from "../dialects/comparison.js";
import { orderByForeignKeys } from "./order.js";

export interface CompareOptions extends CompareSwitches {
  readonly equivalence: Equivalence;
  /** Whether enum types exist on their own (PostgreSQL); elsewhere they live in column types only. */
  readonly enumTypes: boolean;
  /** Group each table's alterations into one batchAlterTable (dialects that rebuild tables: SQLite). */
  readonly batchAlterations: boolean;
}

const key = (t: { name: string; schema: string | null }): string => `${t.schema ?? ""}.${t.name}`;

export function compareSchemas(database: Schema, models: Schema, options: CompareOptions): Operation[] {
  const dbTables = new Map(database.tables.map((t) => [key(t), t]));
  const modelTables = new Map(models.tables.map((t) => [key(t), t]));
  const created = models.tables.filter((t) => !dbTables.has(key(t)));
  const removed = database.tables.filter((t) => !modelTables.has(key(t)));

  const dropForeignKeys: DropConstraintOp[] = [];
  const createForeignKeys: CreateForeignKeyOp[] = [];
  const alterations: Operation[] = [];
  const comments: SetTableCommentOp[] = [];
  for (const model of models.tables) {
    const db = dbTables.get(key(model));
    if (!db) continue;
    const diff = compareTable(db, model, options.equivalence, options);
    dropForeignKeys.push(...diff.dropForeignKeys);
    createForeignKeys.push(...diff.createForeignKeys);
    alterations.push(...group(model, diff.alterations, options.batchAlterations));
    if (diff.comment) comments.push(diff.comment);
  }

  // New tables: referenced ones first; a foreign key closing a cycle is added once both tables exist.
  const createOrder = orderByForeignKeys(created);
  const creates: Operation[] = createOrder.tables.map((table) => {
    const later = createOrder.deferred.get(table) ?? [];
    for (const fk of later) createForeignKeys.push({ kind: "createForeignKey", table: { name: table.name, schema: table.schema }, foreignKey: fk });
    return { kind: "createTable", table: later.length === 0 ? table : without(table, later) };
  });

  // Dropped tables: referencing ones first; a cycle's foreign key is dropped before either table.
  const dropOrder = orderByForeignKeys(removed);
  const drops: Operation[] = [...dropOrder.tables].reverse().map((table) => {
    const first = dropOrder.deferred.get(table) ?? [];
    for (const fk of first) {
      dropForeignKeys.push({ kind: "dropConstraint", table: { name: table.name, schema: table.schema }, name: fk.name,
        type: "foreignkey", definition: { type: "foreignkey", foreignKey: fk } });
    }
    const definition = first.length === 0 ? table : without(table, first);
    return { kind: "dropTable", table: { name: table.name, schema: table.schema }, definition };
  });

  const enums = options.enumTypes ? compareEnums(database.enums, models.enums) : { before: [], after: [] };
  return [...enums.before, ...dropForeignKeys, ...creates, ...alterations, ...createForeignKeys, ...drops, ...comments, ...enums.after];
}

function without(table: Table, fks: readonly unknown[]): Table {
  return { ...table, foreignKeys: table.foreignKeys.filter((fk) => !fks.includes(fk)) };
}

function group(table: Table, ops: readonly TableAlteration[], batch: boolean): Operation[] {
  if (!batch || ops.length <= 1) return [...ops];
  return [{ kind: "batchAlterTable", table: { name: table.name, schema: table.schema }, ops, recreate: "auto" }];
}

export type { EnumType };

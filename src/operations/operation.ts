/**
 * Operations: what a revision does, as plain frozen data discriminated by
 * `kind`. The same objects are compiled to SQL by each dialect, reversed for
 * downgrades, and (with autogenerate) rendered back to TypeScript source.
 */
import type { Column, ForeignKey, Index, Table, UniqueConstraint } from "../schema/ir.js";

/** A table as ops address it: its name and, where the dialect has them, its schema. */
export interface TableRef {
  readonly name: string;
  readonly schema: string | null;
}

export interface CreateTableOp {
  readonly kind: "createTable";
  readonly table: Table;
}

export interface DropTableOp {
  readonly kind: "dropTable";
  readonly table: TableRef;
  /** The dropped table's definition when known, so the drop can be reversed. */
  readonly definition: Table | null;
}

export interface RenameTableOp {
  readonly kind: "renameTable";
  readonly table: TableRef;
  readonly newName: string;
}

export interface AddColumnOp {
  readonly kind: "addColumn";
  readonly table: TableRef;
  readonly column: Column;
  /** Constraints declared on the column builder (`.unique()`, `.references()`). */
  readonly unique: UniqueConstraint | null;
  readonly foreignKey: ForeignKey | null;
}

export interface DropColumnOp {
  readonly kind: "dropColumn";
  readonly table: TableRef;
  readonly name: string;
  /** The dropped column when known, so the drop can be reversed. */
  readonly definition: Column | null;
}

export interface CreateIndexOp {
  readonly kind: "createIndex";
  readonly table: TableRef;
  readonly index: Index;
  /** PostgreSQL CREATE INDEX CONCURRENTLY; other dialects build indexes online anyway. */
  readonly concurrently: boolean;
}

export interface DropIndexOp {
  readonly kind: "dropIndex";
  readonly table: TableRef;
  readonly name: string;
  readonly definition: Index | null;
}

export interface ExecuteOp {
  readonly kind: "execute";
  readonly sql: string;
  readonly params: readonly unknown[];
}

export interface BulkInsertOp {
  readonly kind: "bulkInsert";
  readonly table: TableRef;
  readonly rows: readonly Readonly<Record<string, unknown>>[];
}

export type Operation =
  | CreateTableOp
  | DropTableOp
  | RenameTableOp
  | AddColumnOp
  | DropColumnOp
  | CreateIndexOp
  | DropIndexOp
  | ExecuteOp
  | BulkInsertOp;

export type OperationKind = Operation["kind"];

/** Picks the op of one kind out of the union: OperationOf<"createTable"> is CreateTableOp. */
export type OperationOf<K extends OperationKind> = Extract<Operation, { kind: K }>;

/** A handler for every kind: a missing kind is a compile error, never a silent no-op. */
export type OperationHandlers<R> = { readonly [K in OperationKind]: (op: OperationOf<K>) => R };

export function dispatch<R>(handlers: OperationHandlers<R>, op: Operation): R {
  return (handlers[op.kind] as (op: Operation) => R)(op);
}

export function qualifiedName(ref: TableRef): string {
  return ref.schema ? `${ref.schema}.${ref.name}` : ref.name;
}

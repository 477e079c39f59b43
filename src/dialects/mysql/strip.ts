/**
 * What MySQL / MariaDB do not have at all, taken out of tables and ops:
 * DEFERRABLE keys, MATCH FULL, NOT VALID, UNLOGGED, WITHOUT ROWID, STRICT,
 * INHERITS, PostgreSQL-style partitions, index INCLUDE / NULLS NOT DISTINCT /
 * storage parameters, and per-key operator classes, NULLS FIRST/LAST and
 * collations. The stored form drops them (so they are never a difference
 * here) and the compiler ignores them (a model written for several
 * databases compiles on MySQL too). InnoDB parses MATCH FULL and ignores
 * it; the rest it would reject.
 */
import type { Operation } from "../../operations/operation.js";
import type {
  CheckConstraint, ForeignKey, Index, IndexColumn, PrimaryKey, Table, TableOptionsIR, UniqueConstraint,
} from "../../schema/ir.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function mysqlPrimaryKey(pk: PrimaryKey): PrimaryKey {
  return pk.deferrable === undefined ? pk : { name: pk.name, columns: pk.columns };
}

export function mysqlUnique(unique: UniqueConstraint): UniqueConstraint {
  return unique.deferrable === undefined && unique.nullsNotDistinct === undefined ? unique : { name: unique.name, columns: unique.columns };
}

export function mysqlForeignKey(fk: ForeignKey): ForeignKey {
  if (fk.deferrable === undefined && fk.match === undefined && fk.notValid === undefined) return fk;
  const { deferrable: _d, match: _m, notValid: _n, ...rest } = fk;
  return rest;
}

export function mysqlCheck(check: CheckConstraint): CheckConstraint {
  return check.notValid === undefined ? check : { name: check.name, expression: check.expression };
}

function mysqlKey(key: IndexColumn): IndexColumn {
  if (typeof key === "string") return key;
  const out: Mutable<Exclude<IndexColumn, string>> = {};
  if (key.column !== undefined) out.column = key.column;
  if (key.expression !== undefined) out.expression = key.expression;
  if (key.length !== undefined) out.length = key.length;
  if (key.descending) out.descending = true;
  return Object.keys(out).length === 1 && out.column !== undefined ? out.column : out;
}

export function mysqlIndex(index: Index): Index {
  // An index with nothing MySQL lacks is kept as it is (most of them: no copy per index of thousands).
  // Plain keys, and no member but name, columns, unique, where and a non-default method.
  if (index.using !== "btree" && Object.keys(index).length === (index.using === undefined ? 4 : 5)
    && index.columns.every((key) => typeof key === "string")) return index;
  const out: Mutable<Index> = { name: index.name, columns: index.columns.map(mysqlKey), unique: index.unique, where: index.where };
  if (index.using !== undefined && index.using !== "btree") out.using = index.using;
  return out;
}

export function mysqlTableOptions(options: TableOptionsIR | undefined): TableOptionsIR | undefined {
  if (options === undefined) return undefined;
  const out: Mutable<TableOptionsIR> = {};
  if (options.engine !== undefined) out.engine = options.engine;
  if (options.charset !== undefined) out.charset = options.charset;
  if (options.collation !== undefined) out.collation = options.collation;
  return Object.keys(out).length === 0 ? undefined : out;
}

export function mysqlTable(table: Table): Table {
  // Built without `delete` (that turns each table object into a slow dictionary for the comparison that reads it).
  const { constraints, options: tableOptions, ...rest } = table;
  const out: Mutable<Table> = {
    ...rest,
    primaryKey: table.primaryKey && mysqlPrimaryKey(table.primaryKey),
    indexes: table.indexes.map(mysqlIndex),
    uniques: table.uniques.map(mysqlUnique),
    foreignKeys: table.foreignKeys.map(mysqlForeignKey),
    checks: table.checks.map(mysqlCheck),
  };
  if (constraints !== undefined && constraints.length > 0) out.constraints = constraints;
  const options = mysqlTableOptions(tableOptions);
  if (options !== undefined) out.options = options;
  return out;
}

/** The op with what MySQL lacks left out; everything else as it is. */
export function mysqlOperation(op: Operation): Operation {
  switch (op.kind) {
    case "createTable": return { ...op, table: mysqlTable(op.table) };
    case "addColumn": return { ...op, unique: op.unique && mysqlUnique(op.unique), foreignKey: op.foreignKey && mysqlForeignKey(op.foreignKey) };
    case "createIndex": return { ...op, index: mysqlIndex(op.index) };
    case "createUniqueConstraint": return { ...op, unique: mysqlUnique(op.unique) };
    case "createForeignKey": return { ...op, foreignKey: mysqlForeignKey(op.foreignKey) };
    case "createCheckConstraint": return { ...op, check: mysqlCheck(op.check) };
    case "createPrimaryKey": return { ...op, primaryKey: mysqlPrimaryKey(op.primaryKey) };
    case "batchAlterTable": return { ...op, ops: op.ops.map((sub) => mysqlOperation(sub) as typeof sub) };
    default: return op;
  }
}

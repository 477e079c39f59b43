/**
 * The part of the Schema IR that SQLite has. What another database's
 * models may carry and SQLite has not (UNSIGNED, identity options, a
 * charset, ON UPDATE, DEFERRABLE primary and unique keys, MATCH FULL,
 * NOT VALID, index methods, INCLUDE, operator classes, NULLS FIRST/LAST,
 * prefix lengths, UNLOGGED, ENGINE, partitions, EXCLUDE constraints) is
 * left out: the compiler writes none of it, and the comparison's stored
 * form has none of it, so it is never a difference. SQLite does have
 * DEFERRABLE foreign keys, COLLATE on columns and index keys, DESC keys,
 * expression keys, generated columns, WITHOUT ROWID and STRICT: kept.
 */
import type { Column, ForeignKey, Index, IndexColumn, IndexKey, Table, TableOptionsIR } from "../../schema/ir.js";
import type { ColumnType } from "../../schema/types.js";
import { normalCollation } from "./read-types.js";

export const STRICT_INSTEAD = "declare it INTEGER, REAL, TEXT, BLOB or ANY (or use a DSL type), or drop strict from the table";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function withoutUnsigned(type: ColumnType): ColumnType {
  if (!("unsigned" in type) || type.unsigned === undefined) return type;
  const { unsigned: _unsigned, ...rest } = type;
  return rest as ColumnType;
}

/** A column as SQLite can have it: no identity options, charset, ON UPDATE or UNSIGNED; the collation spelt as read back. */
export function sqliteColumn(column: Column): Column {
  const { identity: _identity, charset: _charset, onUpdate: _onUpdate, collation, ...rest } = column;
  const out: Mutable<Column> = { ...rest, type: withoutUnsigned(column.type) };
  const name = normalCollation(collation);
  if (name !== undefined) out.collation = name;
  return out;
}

/** A foreign key as SQLite keeps it: MATCH is parsed and ignored by SQLite, NOT VALID does not exist. */
export function sqliteForeignKey(fk: ForeignKey): ForeignKey {
  const { match: _match, notValid: _notValid, ...rest } = fk;
  return rest;
}

/**
 * Index keys as SQLite has them: a column or an expression, COLLATE and
 * DESC. `columns` (the table's) lets a COLLATE BINARY on a column of the
 * default collation go, as introspection reads it.
 */
export function sqliteIndexKeys(keys: readonly IndexColumn[], columns?: readonly Column[]): IndexColumn[] {
  return keys.map((key): IndexColumn => {
    if (typeof key === "string") return key;
    const out: Mutable<IndexKey> = key.expression !== undefined ? { expression: key.expression } : { column: key.column ?? "" };
    const collation = key.collation === undefined ? undefined : normalCollation(key.collation) ?? "BINARY";
    const column = key.column === undefined ? undefined : columns?.find((c) => c.name === key.column);
    const defaultCollation = columns !== undefined && collation === "BINARY" && (key.expression !== undefined || column?.collation === undefined);
    if (collation !== undefined && !defaultCollation) out.collation = collation;
    if (key.descending) out.descending = true;
    return Object.keys(out).length === 1 && out.column !== undefined ? out.column : out;
  });
}

function sqliteIndex(index: Index, columns: readonly Column[]): Index {
  const { using: _using, include: _include, nullsNotDistinct: _nnd, with: _with, ...rest } = index;
  return { ...rest, columns: sqliteIndexKeys(index.columns, columns) };
}

/** WITHOUT ROWID and STRICT, the table options SQLite has; undefined when neither. */
export function sqliteOptions(options: TableOptionsIR | undefined): TableOptionsIR | undefined {
  const out: Mutable<TableOptionsIR> = {};
  if (options?.withoutRowid) out.withoutRowid = true;
  if (options?.strict) out.strict = true;
  return Object.keys(out).length === 0 ? undefined : out;
}

/** The text after CREATE TABLE's closing parenthesis: " STRICT, WITHOUT ROWID", or "". */
export function sqliteTableOptions(options: TableOptionsIR | undefined): string {
  const words = [...(options?.strict ? ["STRICT"] : []), ...(options?.withoutRowid ? ["WITHOUT ROWID"] : [])];
  return words.length === 0 ? "" : ` ${words.join(", ")}`;
}

/**
 * Whether the table holds nothing SQLite lacks or spells its own way, so it is its own SQLite form. Most tables
 * are plain: a thousand of them are then neither walked twice nor copied (copies by rest and spread are what
 * made the 1,000-table autogenerate slower).
 */
function plainForSqlite(table: Table): boolean {
  if (table.constraints !== undefined || table.primaryKey?.deferrable !== undefined) return false;
  const options = table.options;
  if (options !== undefined && (options.unlogged || options.engine !== undefined || options.charset !== undefined
    || options.collation !== undefined || options.inherits !== undefined || options.partitionBy !== undefined
    || options.partitionOf !== undefined || options.with !== undefined)) return false;
  for (const c of table.columns) {
    if (c.identity !== undefined || c.charset !== undefined || c.onUpdate !== undefined || c.collation !== undefined
      || ("unsigned" in c.type && c.type.unsigned !== undefined)) return false;
  }
  for (const i of table.indexes) {
    if (i.using !== undefined || i.include !== undefined || i.nullsNotDistinct || i.with !== undefined) return false;
    for (const key of i.columns) if (typeof key !== "string") return false;
  }
  for (const u of table.uniques) if (u.deferrable !== undefined || u.nullsNotDistinct) return false;
  for (const f of table.foreignKeys) if (f.match !== undefined || f.notValid) return false;
  for (const c of table.checks) if (c.notValid) return false;
  return true;
}

/** A table as SQLite can have it (see the header). */
export function sqliteTable(table: Table): Table {
  if (plainForSqlite(table)) return table;
  const { constraints: _constraints, options, ...rest } = table;
  const columns = table.columns.map(sqliteColumn);
  const out: Mutable<Table> = {
    ...rest,
    columns,
    primaryKey: table.primaryKey && { name: table.primaryKey.name, columns: table.primaryKey.columns },
    indexes: table.indexes.map((index) => sqliteIndex(index, columns)),
    uniques: table.uniques.map((u) => ({ name: u.name, columns: u.columns })),
    foreignKeys: table.foreignKeys.map(sqliteForeignKey),
    checks: table.checks.map((c) => ({ name: c.name, expression: c.expression })),
  };
  const own = sqliteOptions(options);
  if (own !== undefined) out.options = own;
  return out;
}

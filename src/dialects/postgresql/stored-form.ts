/**
 * Models → what PostgreSQL's catalog reads back for them, so that compare
 * can use plain equality: the type format_type reports (raw spellings
 * included), identity columns NOT NULL, NULL defaults as no default, empty
 * comments as none (COMMENT ... IS '' removes a comment), and every name cut
 * to 63 bytes as the server cuts it. Safe to compile: each rewrite means
 * exactly what the model says on PostgreSQL.
 */
import type { Column, Schema, Table } from "../../schema/ir.js";
import type { ColumnType, DefaultValue } from "../../schema/types.js";
import { baseType } from "./introspect-types.js";
import { storedName as clip } from "./names.js";
import { catalogType } from "./type-names.js";

/** A NULL default, however spelled (`NULL`, `(NULL)`, `NULL::text`), is no default. */
const NULL_SQL = /^\(*\s*null\s*\)*(\s*::\s*[\w\s."]+(\(\d+(,\s*\d+)?\))?(\[\])*)?$/i;

export function storedType(type: ColumnType): ColumnType {
  switch (type.kind) {
    case "char": return type.length === null ? { kind: "char", length: 1 } : type;
    // bytea has no length; binary(n) is a hint for other dialects.
    case "binary": return { kind: "binary", length: null };
    case "numeric": return type.precision !== null && type.scale === null ? { ...type, scale: 0 } : type;
    case "enum": return { ...type, name: clip(type.name) };
    case "raw": {
      const catalog = catalogType(type.sql);
      const known = catalog.typeName !== null && !catalog.array ? baseType(catalog.typeName, catalog.sql) : null;
      return known ?? { kind: "raw", sql: catalog.sql };
    }
    default: return type;
  }
}

function storedDefault(value: DefaultValue | null): DefaultValue | null {
  if (value === null) return null;
  if (value.kind === "literal") return value.value === null ? null : value;
  return NULL_SQL.test(value.sql.trim()) ? null : value;
}

function storedColumn(column: Column): Column {
  const serial = column.type.kind === "raw" && catalogType(column.type.sql).serial;
  const autoIncrement = column.autoIncrement || serial;
  return {
    ...column,
    name: clip(column.name),
    type: storedType(column.type),
    // Identity (and serial) columns are NOT NULL, and their generator is no default of the user's.
    nullable: autoIncrement ? false : column.nullable,
    default: serial ? null : storedDefault(column.default),
    autoIncrement,
    comment: column.comment === "" ? null : column.comment,
  };
}

const names = (columns: readonly string[]): string[] => columns.map(clip);
const named = <T extends { name: string | null }>(item: T): T => ({ ...item, name: item.name === null ? null : clip(item.name) });

export function storedTable(table: Table): Table {
  return {
    ...table,
    name: clip(table.name),
    schema: table.schema === null ? null : clip(table.schema),
    columns: table.columns.map(storedColumn),
    primaryKey: table.primaryKey ? { ...named(table.primaryKey), columns: names(table.primaryKey.columns) } : null,
    indexes: table.indexes.map((index) => ({ ...index, name: clip(index.name),
      columns: index.columns.map((key) => (typeof key === "string" ? clip(key) : key.column === undefined ? key : { ...key, column: clip(key.column) })) })),
    uniques: table.uniques.map((unique) => ({ ...named(unique), columns: names(unique.columns) })),
    foreignKeys: table.foreignKeys.map((fk) => ({
      ...named(fk), columns: names(fk.columns), refTable: clip(fk.refTable),
      refSchema: fk.refSchema === null ? null : clip(fk.refSchema), refColumns: names(fk.refColumns),
    })),
    checks: table.checks.map(named),
    comment: table.comment === "" ? null : table.comment,
  };
}

export function postgresStoredForm(models: Schema): Schema {
  return {
    tables: models.tables.map(storedTable),
    enums: models.enums.map((e) => ({ ...e, name: clip(e.name), schema: e.schema === null ? null : clip(e.schema) })),
  };
}

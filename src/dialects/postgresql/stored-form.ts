/**
 * Models → what PostgreSQL's catalog reads back for them, so that compare
 * can use plain equality: the type format_type reports (raw spellings
 * included), identity columns NOT NULL, NULL defaults as no default, empty
 * comments as none (COMMENT ... IS '' removes a comment), and every name cut
 * to 63 bytes as the server cuts it. Safe to compile: each rewrite means
 * exactly what the model says on PostgreSQL.
 */
import type { Column, Identity, Schema, Table } from "../../schema/ir.js";
import type { ColumnType, DefaultValue } from "../../schema/types.js";
import { baseType } from "./introspect-types.js";
import { storedName as clip } from "./names.js";
import { storedIdentity, storedIndex, storedTableOptions, unquotedName } from "./stored-parts.js";
import { catalogType } from "./type-names.js";

/** A NULL default, however spelled (`NULL`, `(NULL)`, `NULL::text`), is no default. */
const NULL_SQL = /^\(*\s*null\s*\)*(\s*::\s*[\w\s."]+(\(\d+(,\s*\d+)?\))?(\[\])*)?$/i;

export function storedType(type: ColumnType): ColumnType {
  // No one-byte, three-byte or unsigned integers: the types they are created as.
  if (type.kind === "tinyint") return { kind: "smallint" };
  if (type.kind === "mediumint") return { kind: "integer" };
  if ("unsigned" in type && type.unsigned) {
    const { unsigned: _unsigned, ...signed } = type;
    return storedType(signed as ColumnType);
  }
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
  // rawType("serial") is a serial column as serial() makes it.
  const serial = column.type.kind === "raw" && catalogType(column.type.sql).serial;
  const autoIncrement = column.autoIncrement || serial;
  const type = storedType(column.type);
  const { identity: _identity, generated, collation, charset: _charset, onUpdate: _onUpdate, ...rest } = column;
  const out: { -readonly [K in keyof Column]: Column[K] } = {
    ...rest,
    name: clip(column.name),
    type,
    // Identity (and serial) columns are NOT NULL, and their generator is no default of the user's.
    nullable: autoIncrement ? false : column.nullable,
    default: serial || generated ? null : storedDefault(column.default),
    autoIncrement,
    comment: column.comment === "" ? null : column.comment,
  };
  const identity: Identity | undefined = serial ? { generation: "serial" } : column.identity;
  const stored = autoIncrement && identity ? storedIdentity(identity, type) : undefined;
  if (stored) out.identity = stored;
  // Only STORED generated columns exist on PostgreSQL 15: a virtual one is created stored.
  if (generated) out.generated = { expression: generated.expression, stored: true };
  const collationName = collation === undefined ? undefined : unquotedName(collation);
  if (collationName !== undefined && collationName !== "default") out.collation = collationName;
  // Character sets and ON UPDATE are MySQL's: PostgreSQL has neither, and compile ignores them.
  return out;
}

const names = (columns: readonly string[]): string[] => columns.map(clip);
const named = <T extends { name: string | null }>(item: T): T => ({ ...item, name: item.name === null ? null : clip(item.name) });

export function storedTable(table: Table): Table {
  const options = storedTableOptions(table.options);
  const { options: _options, constraints, ...rest } = table;
  return {
    ...rest,
    ...(constraints !== undefined && constraints.length > 0 ? { constraints: constraints.map((c) => ({ ...c, name: clip(c.name) })) } : {}),
    ...(options !== undefined ? { options } : {}),
    name: clip(table.name),
    schema: table.schema === null ? null : clip(table.schema),
    columns: table.columns.map(storedColumn),
    primaryKey: table.primaryKey ? { ...named(table.primaryKey), columns: names(table.primaryKey.columns) } : null,
    indexes: table.indexes.map(storedIndex),
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

/**
 * SQLite for autogenerate. The stored form of a model is what introspection
 * reads back after our createTable: the nearest types (JSON and UUID as
 * TEXT, every binary as BLOB, no time zones, an autoincrement key as the
 * INTEGER rowid), raw types as SQLite splits them into declared type and
 * COLLATE, defaults as the catalog reports the clause the compiler writes
 * (so sql`'abc'` is the literal "abc", default(true) on an INTEGER column
 * is 1 and default(null) is no default), enums as a CHECK named after their
 * column (and a TEXT column with an unnamed CHECK of that shape as an enum),
 * and no comments; only what SQLite has of the IR (ir-subset.ts), a
 * STRICT table's columns with the type names STRICT accepts, a COLLATE
 * BINARY as no collation. Equivalence (equivalence.ts) then allows for
 * what SQLite treats as the same.
 */
import type { Comparison } from "../comparison.js";
import type { Column, Table } from "../../schema/ir.js";
import type { ColumnType } from "../../schema/types.js";
import { storedForm } from "../shared/stored-form.js";
import { catalogDefault, defaultClause } from "./defaults.js";
import { sqliteEquivalence } from "./equivalence.js";
import { sqliteTable } from "./ir-subset.js";
import { enumCheckOf, readDefault, storedRawType } from "./read-types.js";
import { strictType } from "./types.js";

/**
 * JSON and UUID keep their kinds, though declared TEXT: the comparison
 * then knows that the model asked for JSON, which a column declared JSON
 * (as SQLAlchemy, Drizzle and Prisma make them) is too (equivalence.ts).
 */
function storedType(type: ColumnType, column: Column, table: Table): ColumnType {
  const stored = baseType(type, column);
  return table.options?.strict ? strictType(stored) ?? stored : stored;
}

function baseType(type: ColumnType, column: Column): ColumnType {
  switch (type.kind) {
    case "binary": return { kind: "binary", length: null };
    case "time": case "timestamp": return { ...type, withTimezone: false };
    case "integer": case "bigint": case "smallint": case "tinyint": case "mediumint": return column.autoIncrement ? { kind: "integer" } : type;
    case "enum": return { kind: "enum", name: column.name, values: type.values };
    case "raw": return storedRawType(type.sql).type;
    default: return type;
  }
}

/** A raw type's COLLATE is the column's collation, as introspection reads it apart. */
function storedColumn(column: Column, original: Column): Column {
  const collation = column.collation ?? (original.type.kind === "raw" ? storedRawType(original.type.sql).collation : undefined);
  // Field by field, in introspection's order: a rest-and-spread copy of every model column is costly on cold code.
  const out: { -readonly [K in keyof Column]: Column[K] } = {
    name: column.name,
    type: column.type,
    nullable: column.nullable,
    default: column.default === null || column.generated ? null : readDefault(catalogDefault(defaultClause(column.default)), column.type),
    autoIncrement: column.autoIncrement,
    comment: null,
  };
  // What SQLite lacks (identity, charset, ON UPDATE) is already gone (ir-subset.ts).
  if (column.generated !== undefined) out.generated = column.generated;
  if (collation !== undefined) out.collation = collation;
  return out;
}

/** A TEXT column with an unnamed CHECK of the enum's shape is an enum, as introspection reads it back. */
function withEnums(table: Table): Table {
  let checks = table.checks;
  const columns = table.columns.map((column) => {
    const found = column.type.kind === "text" ? enumCheckOf(checks, column.name) : null;
    if (!found) return column;
    checks = checks.filter((c) => c !== found.check);
    return { ...column, type: { kind: "enum" as const, name: column.name, values: found.values } };
  });
  return { ...table, columns, checks };
}

export const sqliteComparison: Comparison = {
  storedForm: (models) => storedForm({ tables: models.tables.map(sqliteTable), enums: models.enums }, {
    enumTypes: false,
    type: storedType,
    column: (column, table) => storedColumn(column, table.columns.find((c) => c.name === column.name) ?? column),
    table: (table) => withEnums({ ...table, comment: null }),
  }),
  equivalence: sqliteEquivalence,
  enumTypes: false,
  rebuildsTables: true,
  keepsUnnamedConstraints: true,
};

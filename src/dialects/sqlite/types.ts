/**
 * SQLite DDL for each IR column type (see the mapping table in README).
 * SQLite keeps the declared type text and derives a storage affinity from
 * it, so we declare the DSL's own type name (introspection can read it back)
 * except where that name's affinity would change the data: JSON and UUID
 * would get NUMERIC affinity (turning the JSON text '1' into the integer 1),
 * so they are TEXT; VARBINARY would too, so every binary is BLOB.
 */
import type { ColumnType } from "../../schema/types.js";
import { mapType, withLength, withPrecision, type TypeHandlers } from "../shared/types.js";

const handlers: TypeHandlers = {
  integer: () => "INTEGER",
  bigint: () => "BIGINT",
  smallint: () => "SMALLINT",
  tinyint: () => "TINYINT",
  mediumint: () => "MEDIUMINT",
  varchar: (t) => withLength("VARCHAR", t.length),
  char: (t) => withLength("CHAR", t.length),
  text: () => "TEXT",
  // NUMERIC affinity: 1/0 are stored as integers.
  boolean: () => "BOOLEAN",
  numeric: (t) => withPrecision("NUMERIC", t.precision, t.scale),
  real: () => "REAL",
  double: () => "DOUBLE PRECISION",
  date: () => "DATE",
  // SQLite has no time zones; values are ISO 8601 text either way.
  time: () => "TIME",
  timestamp: () => "TIMESTAMP",
  json: () => "TEXT",
  jsonb: () => "TEXT",
  uuid: () => "TEXT",
  binary: () => "BLOB",
  // The allowed values are enforced by a CHECK the compiler adds next to the column.
  enum: () => "TEXT",
  raw: (t) => t.sql,
};

export function sqliteType(type: ColumnType): string {
  return mapType(handlers, type);
}

/** The only type names a STRICT table accepts (https://sqlite.org/stricttables.html). */
export const STRICT_TYPE_NAMES: ReadonlySet<string> = new Set(["INT", "INTEGER", "REAL", "TEXT", "BLOB", "ANY"]);

/**
 * The type a column of a STRICT table is declared with: the allowed name
 * with the storage class the kind needs. integer() and booleans are
 * INTEGER, other integers INT, every number with a fraction REAL,
 * binaries BLOB, everything else TEXT; an enum stays an enum (TEXT with its CHECK). A raw type must be one of
 * the allowed names already: null means SQLite would reject it.
 */
export function strictType(type: ColumnType): ColumnType | null {
  switch (type.kind) {
    case "integer": case "boolean":
      return { kind: "integer" };
    // INT, not INTEGER: a single-column primary key declared INTEGER would become the rowid, which BIGINT is not.
    case "bigint": case "smallint": case "tinyint": case "mediumint":
      return { kind: "raw", sql: "INT" };
    case "numeric": case "real": case "double":
      return { kind: "real" };
    case "binary":
      return { kind: "binary", length: null };
    case "enum":
      return type;
    case "raw":
      return STRICT_TYPE_NAMES.has(type.sql.trim().toUpperCase()) ? type : null;
    default:
      return { kind: "text" };
  }
}

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

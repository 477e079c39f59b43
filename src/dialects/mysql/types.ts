/** MySQL / MariaDB DDL for each IR column type (see the mapping table in README). */
import type { ColumnType } from "../../schema/types.js";
import { mapType, withLength, withPrecision, type TypeHandlers } from "../shared/types.js";
import { quoteString } from "./quote.js";

const unsigned = (sql: string, type: { readonly unsigned?: true }): string => (type.unsigned ? `${sql} UNSIGNED` : sql);

const handlers: TypeHandlers = {
  integer: (t) => unsigned("INT", t),
  bigint: (t) => unsigned("BIGINT", t),
  smallint: (t) => unsigned("SMALLINT", t),
  tinyint: (t) => unsigned("TINYINT", t),
  mediumint: (t) => unsigned("MEDIUMINT", t),
  // MySQL requires a length for VARCHAR; 255 is the customary open length.
  varchar: (t) => `VARCHAR(${t.length ?? 255})`,
  char: (t) => withLength("CHAR", t.length),
  text: () => "TEXT",
  // A synonym of TINYINT(1), which is what the catalog shows and what drivers read as a flag.
  boolean: () => "BOOLEAN",
  // Without a precision MySQL means DECIMAL(10, 0); give numeric(p, s) to keep fractions.
  numeric: (t) => unsigned(withPrecision("DECIMAL", t.precision, t.scale), t),
  real: (t) => unsigned("FLOAT", t),
  double: (t) => unsigned("DOUBLE", t),
  date: () => "DATE",
  // MySQL has no time zone on TIME; the value is stored as given.
  time: () => "TIME",
  // TIMESTAMP stores an instant (converted from the session time zone); DATETIME stores wall-clock time.
  timestamp: (t) => (t.withTimezone ? "TIMESTAMP" : "DATETIME"),
  json: () => "JSON",
  jsonb: () => "JSON",
  // CHAR(36) holds the canonical text form on MySQL and MariaDB alike (MariaDB's UUID type is not in MySQL).
  uuid: () => "CHAR(36)",
  binary: (t) => (t.length === null ? "BLOB" : `VARBINARY(${t.length})`),
  enum: (t) => `ENUM(${t.values.map(quoteString).join(", ")})`,
  raw: (t) => t.sql,
};

export function mysqlType(type: ColumnType): string {
  return mapType(handlers, type);
}

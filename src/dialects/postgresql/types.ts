/** PostgreSQL DDL for each IR column type (see the mapping table in README). */
import type { ColumnType } from "../../schema/types.js";
import { mapType, withLength, withPrecision, type TypeHandlers } from "../shared/types.js";
import { quoteIdentifier } from "./quote.js";

const handlers: TypeHandlers = {
  integer: () => "INTEGER",
  bigint: () => "BIGINT",
  smallint: () => "SMALLINT",
  // No one-byte or three-byte integers: the nearest wider type. UNSIGNED does not exist (stored form drops it).
  tinyint: () => "SMALLINT",
  mediumint: () => "INTEGER",
  varchar: (t) => withLength("VARCHAR", t.length),
  char: (t) => withLength("CHAR", t.length),
  text: () => "TEXT",
  boolean: () => "BOOLEAN",
  numeric: (t) => withPrecision("NUMERIC", t.precision, t.scale),
  real: () => "REAL",
  double: () => "DOUBLE PRECISION",
  date: () => "DATE",
  time: (t) => (t.withTimezone ? "TIME WITH TIME ZONE" : "TIME WITHOUT TIME ZONE"),
  timestamp: (t) => (t.withTimezone ? "TIMESTAMP WITH TIME ZONE" : "TIMESTAMP WITHOUT TIME ZONE"),
  json: () => "JSON",
  jsonb: () => "JSONB",
  uuid: () => "UUID",
  // bytea has no length limit to declare; a length in the model is a hint other dialects use.
  binary: () => "BYTEA",
  // The enum is a type of its own (CREATE TYPE, made by a createEnum op); columns name it.
  enum: (t) => quoteIdentifier(t.name),
  raw: (t) => t.sql,
};

export function postgresType(type: ColumnType): string {
  return mapType(handlers, type);
}

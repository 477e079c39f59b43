/** `athanor/schema`: the model DSL, also used inside revision files. */
export {
  integer, bigint, smallint, varchar, char, text, boolean, numeric, decimal, real, double,
  date, time, timestamp, json, jsonb, uuid, binary, rawType,
} from "./builders.js";
export { ColumnBuilder, isColumnBuilder, type ColumnSpec, type ReferenceOptions } from "./column.js";
export {
  table, index, unique, foreignKey, check, primaryKey,
  type TableDefinition, type TableExtra, type TableOptions, type ColumnMap,
} from "./table.js";
export { enumType, type EnumDefinition } from "./enum.js";
export { sql, type SqlExpression, type ColumnType, type DefaultValue, type LiteralValue } from "./types.js";
export type {
  Column, Table, Index, UniqueConstraint, ForeignKey, CheckConstraint, PrimaryKey, EnumType, Schema,
  ReferentialAction,
} from "./ir.js";

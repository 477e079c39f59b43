/** `athanor/schema`: the model DSL, also used inside revision files. */
export {
  integer, bigint, smallint, tinyint, mediumint, serial, bigserial, smallserial, varchar, char, text, boolean, numeric, decimal, real, double,
  date, time, timestamp, json, jsonb, uuid, binary, rawType,
} from "./builders.js";
export {
  ColumnBuilder, isColumnBuilder, type ColumnSpec, type ReferenceOptions, type DeferrableOptions, type IdentityOptions,
} from "./column.js";
export {
  table, index, unique, foreignKey, check, primaryKey, exclude, constraint,
  type TableDefinition, type TableExtra, type TableOptions, type ColumnMap, type IndexKeyInput, type IndexKeyOptions,
  type IndexOptions, type UniqueOptions, type ForeignKeyExtraOptions,
} from "./table.js";
export { enumType, type EnumDefinition } from "./enum.js";
export { sql, type SqlExpression, type ColumnType, type DefaultValue, type LiteralValue } from "./types.js";
export type {
  Column, Table, Index, UniqueConstraint, ForeignKey, CheckConstraint, PrimaryKey, EnumType, Schema,
  ReferentialAction, Identity, GeneratedColumn, Deferrable, IndexKey, IndexColumn, VerbatimConstraint, PartitionOf,
  TableOptionsIR,
} from "./ir.js";

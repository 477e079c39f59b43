/** The column type builders of `athanor/schema`. */
import { column, identityOf, type ColumnBuilder } from "./column.js";

function positive(builder: string, name: string, value: number | undefined): number | null {
  if (value === undefined) return null;
  if (!Number.isInteger(value) || value <= 0) {
    throw new TypeError(`${builder}(): ${name} must be a positive integer, got ${value}`);
  }
  return value;
}

export const integer = (): ColumnBuilder => column({ kind: "integer" });
export const bigint = (): ColumnBuilder => column({ kind: "bigint" });
export const smallint = (): ColumnBuilder => column({ kind: "smallint" });
/** MySQL TINYINT; SMALLINT on PostgreSQL. (A MySQL TINYINT(1) is boolean().) */
export const tinyint = (): ColumnBuilder => column({ kind: "tinyint" });
/** MySQL MEDIUMINT; INTEGER on PostgreSQL. */
export const mediumint = (): ColumnBuilder => column({ kind: "mediumint" });
/**
 * PostgreSQL serial types: an integer column that owns a sequence and takes nextval() by default, kept as
 * such (never turned into an identity). Elsewhere an autoincrement column of the same integer type.
 */
export const serial = (): ColumnBuilder => integer().notNull().autoIncrement().withIdentity(identityOf("serial", {}));
export const bigserial = (): ColumnBuilder => bigint().notNull().autoIncrement().withIdentity(identityOf("serial", {}));
export const smallserial = (): ColumnBuilder => smallint().notNull().autoIncrement().withIdentity(identityOf("serial", {}));
export const varchar = (length?: number): ColumnBuilder =>
  column({ kind: "varchar", length: positive("varchar", "length", length) });
export const char = (length?: number): ColumnBuilder =>
  column({ kind: "char", length: positive("char", "length", length) });
export const text = (): ColumnBuilder => column({ kind: "text" });
export const boolean = (): ColumnBuilder => column({ kind: "boolean" });
export const numeric = (precision?: number, scale?: number): ColumnBuilder => {
  if (scale !== undefined && precision === undefined) throw new TypeError("numeric(): a scale needs a precision");
  if (scale !== undefined && (!Number.isInteger(scale) || scale < 0 || scale > (precision ?? 0))) {
    throw new TypeError(`numeric(): scale must be an integer from 0 to the precision, got ${scale}`);
  }
  return column({ kind: "numeric", precision: positive("numeric", "precision", precision), scale: scale ?? null });
};
export const decimal = numeric;
export const real = (): ColumnBuilder => column({ kind: "real" });
export const double = (): ColumnBuilder => column({ kind: "double" });
export const date = (): ColumnBuilder => column({ kind: "date" });
export const time = (options: { withTimezone?: boolean } = {}): ColumnBuilder =>
  column({ kind: "time", withTimezone: options.withTimezone ?? false });
export const timestamp = (options: { withTimezone?: boolean } = {}): ColumnBuilder =>
  column({ kind: "timestamp", withTimezone: options.withTimezone ?? false });
export const json = (): ColumnBuilder => column({ kind: "json" });
export const jsonb = (): ColumnBuilder => column({ kind: "jsonb" });
export const uuid = (): ColumnBuilder => column({ kind: "uuid" });
export const binary = (length?: number): ColumnBuilder =>
  column({ kind: "binary", length: positive("binary", "length", length) });
/** A type spelled in the database's own SQL, for what no builder covers. */
export const rawType = (sqlType: string): ColumnBuilder => column({ kind: "raw", sql: sqlType });

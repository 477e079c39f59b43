/**
 * Column type → DDL. Each dialect's types.ts gives a handler for every
 * ColumnType kind: a kind added to the IR and forgotten by a dialect is a
 * compile error here, never a silently empty type.
 */
import type { ColumnType, ColumnTypeKind } from "../../schema/types.js";

export type TypeHandlers = {
  readonly [K in ColumnTypeKind]: (type: Extract<ColumnType, { kind: K }>) => string;
};

export function mapType(handlers: TypeHandlers, type: ColumnType): string {
  return (handlers[type.kind] as (type: ColumnType) => string)(type);
}

/** `NAME(n)` or `NAME` when the length is open. */
export function withLength(name: string, length: number | null): string {
  return length === null ? name : `${name}(${length})`;
}

/** `NUMERIC(p, s)`, `NUMERIC(p)` or `NUMERIC`. */
export function withPrecision(name: string, precision: number | null, scale: number | null): string {
  if (precision === null) return name;
  return scale === null ? `${name}(${precision})` : `${name}(${precision}, ${scale})`;
}

/** Kinds that can carry an autoincrement (identity, AUTO_INCREMENT, rowid alias). */
export { INTEGER_KINDS } from "../../schema/types.js";

/**
 * PostgreSQL clauses beyond the shared compiler's: identity and sequence
 * options, serial types, generated columns, collations, index keys, and
 * statements that reach a serial column's sequence, whose name only the
 * server knows for sure (pg_get_serial_sequence).
 */
import type { TableRef } from "../../operations/operation.js";
import type { Column, Identity, IndexColumn } from "../../schema/ir.js";
import type { ColumnType } from "../../schema/types.js";
import { qualifiedTable, statement } from "../shared/syntax.js";
import type { Statement } from "../dialect.js";
import { postgresSyntax, quoteIdentifier, quoteString } from "./quote.js";

/** A collation name: bare ("C", "de_DE") or "schema.name" as introspection reads one outside the search path. */
export function collationSql(name: string): string {
  const dot = name.indexOf(".");
  // "en_US.utf8" is one name: only a schema-qualified one has a dot and no further dot in what precedes it.
  if (dot > 0 && /^[a-z_][a-z0-9_]*$/.test(name.slice(0, dot)) && !/\.utf-?8$/i.test(name)) {
    return `${quoteIdentifier(name.slice(0, dot))}.${quoteIdentifier(name.slice(dot + 1))}`;
  }
  return quoteIdentifier(name);
}

/** The sequence options of an identity or serial column, in CREATE/ALTER SEQUENCE order; [] for none. */
export function sequenceOptionList(identity: Identity | undefined, type: ColumnType): string[] {
  if (identity === undefined) return [];
  const out: string[] = [];
  if (sequenceNeedsBigint(identity, type)) out.push("AS bigint");
  if (identity.increment !== undefined) out.push(`INCREMENT BY ${identity.increment}`);
  if (identity.minValue !== undefined) out.push(`MINVALUE ${identity.minValue}`);
  if (identity.maxValue !== undefined) out.push(`MAXVALUE ${identity.maxValue}`);
  if (identity.start !== undefined) out.push(`START WITH ${identity.start}`);
  if (identity.cache !== undefined) out.push(`CACHE ${identity.cache}`);
  if (identity.cycle) out.push("CYCLE");
  return out;
}

const BOUNDS: Partial<Record<ColumnType["kind"], readonly [bigint, bigint]>> = {
  smallint: [-32768n, 32767n], tinyint: [-32768n, 32767n],
  integer: [-2147483648n, 2147483647n], mediumint: [-2147483648n, 2147483647n],
};

/**
 * A serial column's sequence whose bounds pass the column type's: what old
 * pg_dump files made (CREATE SEQUENCE without AS is bigint) for integer
 * columns. Restoring it needs AS bigint, or the bounds are refused.
 */
function sequenceNeedsBigint(identity: Identity, type: ColumnType): boolean {
  const bounds = BOUNDS[type.kind];
  if (bounds === undefined || identity.generation !== "serial") return false;
  const outside = (value: string | undefined): boolean => value !== undefined && (BigInt(value) < bounds[0] || BigInt(value) > bounds[1]);
  return outside(identity.minValue) || outside(identity.maxValue) || outside(identity.start);
}

/** `GENERATED ALWAYS AS IDENTITY (START WITH 10 ...)` and BY DEFAULT alike (serial columns have none). */
export function identityClause(identity: Identity | undefined, type: ColumnType): string {
  const generation = identity?.generation === "always" ? "ALWAYS" : "BY DEFAULT";
  const options = sequenceOptionList(identity, type);
  return `GENERATED ${generation} AS IDENTITY${options.length > 0 ? ` (${options.join(" ")})` : ""}`;
}

const SERIAL_TYPES: Partial<Record<ColumnType["kind"], string>> = {
  integer: "SERIAL", bigint: "BIGSERIAL", smallint: "SMALLSERIAL", tinyint: "SMALLSERIAL", mediumint: "SERIAL",
};

export const isSerial = (column: Column): boolean => column.autoIncrement && column.identity?.generation === "serial";

/** SERIAL / BIGSERIAL / SMALLSERIAL for a serial column of that integer type. */
export function serialType(type: ColumnType): string | null {
  return SERIAL_TYPES[type.kind] ?? null;
}

/** A statement run with a serial column's sequence name, which the server resolves: `%s` in `template`. */
export function withSerialSequence(ref: TableRef, column: string, template: string): Statement {
  const table = qualifiedTable(postgresSyntax, ref);
  const sequence = `pg_get_serial_sequence(${quoteString(table)}, ${quoteString(column)})`;
  return statement(`DO $athanor$ BEGIN EXECUTE format(${quoteString(template)}, ${sequence}); END $athanor$`);
}

/** ALTER SEQUENCE of a serial column for its non-default options; none when it has none. */
export function serialSequenceOptions(ref: TableRef, column: Column): Statement[] {
  const options = sequenceOptionList(column.identity, column.type);
  if (options.length === 0) return [];
  // RESTART: a new sequence starts where START WITH says, as CREATE SEQUENCE with it would.
  const restart = column.identity?.start !== undefined ? " RESTART" : "";
  return [withSerialSequence(ref, column.name, `ALTER SEQUENCE %s ${options.join(" ")}${restart}`)];
}

/** One index key, with a schema-qualified collation quoted part by part. */
export function indexKeySql(key: IndexColumn): string {
  if (typeof key === "string") return quoteIdentifier(key);
  let sql = key.expression !== undefined ? `(${key.expression})` : quoteIdentifier(key.column ?? "");
  if (key.collation !== undefined) sql += ` COLLATE ${collationSql(key.collation)}`;
  if (key.opclass !== undefined) sql += ` ${key.opclass}`;
  if (key.descending) sql += " DESC";
  if (key.nulls !== undefined) sql += ` NULLS ${key.nulls.toUpperCase()}`;
  return sql;
}

/**
 * Every sequence option for ALTER: the ones given, the others set back to
 * their defaults (NO MINVALUE and NO MAXVALUE are the type's bounds, START
 * the bound the sequence counts from), so the sequence ends up exactly as
 * the identity says whatever it was before.
 */
export function sequenceResetList(identity: Identity | null): string[] {
  const i = identity ?? { generation: "byDefault" as const };
  const down = i.increment?.startsWith("-") ?? false;
  const start = i.start ?? (down ? i.maxValue ?? "-1" : i.minValue ?? "1");
  return [
    `INCREMENT BY ${i.increment ?? "1"}`,
    i.minValue !== undefined ? `MINVALUE ${i.minValue}` : "NO MINVALUE",
    i.maxValue !== undefined ? `MAXVALUE ${i.maxValue}` : "NO MAXVALUE",
    `START WITH ${start}`,
    `CACHE ${i.cache ?? "1"}`,
    i.cycle ? "CYCLE" : "NO CYCLE",
  ];
}

/**
 * The name PostgreSQL gives a serial column's sequence: table_column_seq,
 * the longer of the two names cut first until it fits in 63 bytes
 * (makeObjectName). The server adds a number on a clash; so may a rebuild.
 */
export function serialSequenceName(table: string, column: string): string {
  let [a, b] = [table, column];
  const room = 63 - "seq".length - 2;
  while (Buffer.byteLength(a) + Buffer.byteLength(b) > room) {
    if (Buffer.byteLength(a) >= Buffer.byteLength(b)) a = [...a].slice(0, -1).join("");
    else b = [...b].slice(0, -1).join("");
  }
  return `${a}_${b}_seq`;
}

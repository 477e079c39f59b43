/**
 * When two SQLite columns, defaults and expressions are the same. SQLite
 * keeps declared types and DEFAULT/CHECK text as written, so both sides are
 * text; what matters is what SQLite makes of it:
 *
 * - Types: the spellings of one SQL type are one type (NVARCHAR(160) and
 *   VARCHAR(160), DATETIME and TIMESTAMP, INT and INTEGER, DECIMAL and
 *   NUMERIC...), case and spacing aside; each pair has the same affinity,
 *   so nothing about the data differs. Lengths count (a changed length is a
 *   change the user asked for). INT and INTEGER differ on a rowid table's
 *   single primary key column, where only INTEGER makes the rowid alias.
 * - Defaults: two literals are the same when the column's affinity stores
 *   them as the same value ('42' and 42 in an INTEGER column, TRUE and 1).
 * - Expressions (SQL defaults, CHECKs, partial-index predicates): the same
 *   tokens, whitespace, keyword and identifier case, identifier quoting and
 *   redundant outer parentheses, != for <> and == for = aside; string
 *   literals compare exactly.
 */
import type { Equivalence } from "../comparison.js";
import type { Column, Table } from "../../schema/ir.js";
import type { ColumnType, DefaultValue, LiteralValue } from "../../schema/types.js";
import { structuralEquivalence } from "../shared/equivalence.js";
import { literal } from "../shared/syntax.js";
import { catalogDefault } from "./defaults.js";
import { extrasOf } from "./extras.js";
import { literalValue } from "./read-types.js";
import { sqliteSyntax } from "./quote.js";
import { closingParen, isPunct, tokenize } from "./tokens.js";
import { sqliteType } from "./types.js";

const NAMES: Readonly<Record<string, string>> = Object.fromEntries(Object.entries({
  VARCHAR: ["NVARCHAR", "VARCHAR2", "NVARCHAR2", "CHARACTER VARYING", "CHAR VARYING", "VARYING CHARACTER", "NCHAR VARYING",
    "NATIONAL CHARACTER VARYING", "NATIONAL CHAR VARYING", "NATIONAL VARYING CHARACTER"],
  CHAR: ["NCHAR", "CHARACTER", "NATIONAL CHARACTER", "NATIONAL CHAR", "NATIVE CHARACTER"],
  INTEGER: ["INT"],
  NUMERIC: ["DECIMAL"],
  BOOLEAN: ["BOOL"],
  "DOUBLE PRECISION": ["DOUBLE"],
  TIMESTAMP: ["DATETIME"],
}).flatMap(([name, aliases]) => aliases.map((alias): [string, string] => [alias, name])));

/** The type text the column is declared with (a raw type as written, COLLATE included). */
function declared(type: ColumnType): string {
  return type.kind === "raw" ? type.sql : sqliteType(type);
}

/** One spelling per type: upper case, single spaces, no spaces around parentheses and commas, aliases resolved. */
function canonicalType(text: string): string {
  const flat = text.trim().toUpperCase().replace(/\s+/g, " ").replace(/ ?([(),]) ?/g, "$1");
  const match = /^([A-Z0-9_ ]*?)(\(.*?\))?( COLLATE .*)?$/.exec(flat);
  if (!match) return flat;
  const name = match[1]!.trim();
  return `${NAMES[name] ?? name}${match[2] ?? ""}${match[3] ?? ""}`;
}

/** A rowid table's single INTEGER primary key column is the rowid itself: there INT is not INTEGER. */
function isRowidCandidate(column: Column, table: Table): boolean {
  const pk = table.primaryKey?.columns;
  return pk?.length === 1 && pk[0] === column.name && !/\bWITHOUT\s+ROWID\b/i.test(extrasOf(table).options);
}

function sameType(database: Column, model: Column, table: Table): boolean {
  if (structuralEquivalence.sameType(database, model, table)) return true;
  if (database.type.kind === "enum" || model.type.kind === "enum") return false;
  const a = declared(database.type);
  const b = declared(model.type);
  if (canonicalType(a) !== canonicalType(b)) return false;
  const isInteger = (text: string): boolean => text.trim().toUpperCase() === "INTEGER";
  return !(isRowidCandidate(database, table) && isInteger(a) !== isInteger(b));
}

type Affinity = "INTEGER" | "TEXT" | "BLOB" | "REAL" | "NUMERIC";

/** SQLite's affinity rules (https://sqlite.org/datatype3.html#determination_of_column_affinity). */
function affinity(type: ColumnType): Affinity {
  const text = declared(type).toUpperCase().replace(/\bCOLLATE\b.*$/, "");
  if (text.includes("INT")) return "INTEGER";
  if (/CHAR|CLOB|TEXT/.test(text)) return "TEXT";
  if (text.includes("BLOB") || text.trim() === "") return "BLOB";
  if (/REAL|FLOA|DOUB/.test(text)) return "REAL";
  return "NUMERIC";
}

const NUMBER_TEXT = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;

/** A literal as the column stores it, tagged with its storage class. */
function stored(value: LiteralValue, kind: Affinity): string {
  if (value === null) return "null";
  const v = typeof value === "boolean" ? (value ? 1 : 0) : value;
  const numeric = kind === "INTEGER" || kind === "REAL" || kind === "NUMERIC";
  if (typeof v === "string") return numeric && NUMBER_TEXT.test(v) ? `n:${numberKey(v.trim())}` : `s:${v}`;
  if (kind === "TEXT" && (typeof v === "bigint" || Number.isInteger(v))) return `s:${v.toString()}`;
  return `n:${numberKey(v)}`;
}

/** Integers exactly (beyond 2^53 too), other numbers as JavaScript reads them. */
function numberKey(value: string | number | bigint): string {
  if (typeof value === "bigint") return value.toString();
  const text = String(value).replace(/^\+/, "");
  if (/^-?\d+$/.test(text)) return BigInt(text).toString();
  return String(Number(text));
}

/** Operators SQLite spells two ways. */
const OPERATORS: Readonly<Record<string, string>> = { "!=": "<>", "==": "=" };

/** An expression in comparable form: see the header. */
export function normalExpression(sql: string): string {
  let tokens = tokenize(sql);
  while (tokens.length >= 2 && isPunct(tokens[0], "(") && closingParen(tokens, 0) === tokens.length - 1) tokens = tokens.slice(1, -1);
  return tokens.map((t) => {
    if (t.kind === "word" || t.kind === "quoted") return `"${t.value.toLowerCase().split('"').join('""')}"`;
    if (t.kind === "blob") return t.text.toLowerCase();
    return OPERATORS[t.text] ?? t.text;
  }).join(" ");
}

const asSql = (value: DefaultValue): string => (value.kind === "sql" ? value.sql : literal(sqliteSyntax, value.value));

/** The literal a default stands for, however spelt (`1.50`, `TRUE`, `('x')`); undefined for an expression. */
const valueOf = (value: DefaultValue, type: ColumnType): LiteralValue | undefined =>
  (value.kind === "literal" ? value.value : literalValue(catalogDefault(value.sql), type));

function sameDefault(database: Column, model: Column): boolean {
  const a = database.default;
  const b = model.default;
  if (a === null || b === null) return a === b;
  const x = valueOf(a, database.type);
  const y = valueOf(b, database.type);
  if (x !== undefined && y !== undefined) {
    const kind = affinity(database.type);
    return stored(x, kind) === stored(y, kind);
  }
  return normalExpression(asSql(a)) === normalExpression(asSql(b));
}

export const sqliteEquivalence: Equivalence = {
  ...structuralEquivalence,
  sameType,
  sameDefault,
  sameCheck: (a, b) => normalExpression(a.expression) === normalExpression(b.expression),
  sameWhere: (a, b) => normalExpression(a.where ?? "") === normalExpression(b.where ?? ""),
};

/**
 * When two SQLite columns, defaults and expressions are the same. SQLite
 * keeps declared types and DEFAULT/CHECK text as written, so both sides are
 * text; what matters is what SQLite makes of it:
 *
 * - Types: the spellings of one SQL type are one type (NVARCHAR(160) and
 *   VARCHAR(160), DATETIME and TIMESTAMP, INT and INTEGER, DECIMAL and
 *   NUMERIC, BOOL and BOOLEAN, FLOAT, DOUBLE and REAL...), case and spacing
 *   aside, as SQLAlchemy, Django, Rails, Prisma, Drizzle and TypeORM write
 *   them; each pair has the same affinity and SQLite stores every float as
 *   the same 8-byte number, so nothing about the data differs. Lengths count
 *   (a changed length is a change the user asked for), except where SQLite
 *   and the tools that write them make nothing of them: fractional seconds
 *   of DATETIME(6) (Rails), and a NUMERIC the database declares without a
 *   precision (Django's "decimal"). INT and INTEGER differ on a rowid
 *   table's single primary key column, where only INTEGER makes the rowid
 *   alias. A model's json() and uuid() are declared TEXT; a column declared
 *   JSON or JSONB (SQLAlchemy, Drizzle, Prisma), or CHAR(32) and the like
 *   for a UUID (SQLAlchemy, Django, TypeORM), is the same column.
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
import { literalValue } from "./read-types.js";
import { sqliteSyntax } from "./quote.js";
import { closingParen, isPunct, tokenize } from "./tokens.js";
import { sqliteType } from "./types.js";

const NAMES: Readonly<Record<string, string>> = Object.fromEntries(Object.entries({
  VARCHAR: ["NVARCHAR", "VARCHAR2", "NVARCHAR2", "CHARACTER VARYING", "CHAR VARYING", "VARYING CHARACTER", "NCHAR VARYING",
    "NATIONAL CHARACTER VARYING", "NATIONAL CHAR VARYING", "NATIONAL VARYING CHARACTER"],
  CHAR: ["NCHAR", "CHARACTER", "NATIONAL CHARACTER", "NATIONAL CHAR", "NATIVE CHARACTER"],
  INTEGER: ["INT", "INTEGER UNSIGNED", "INT UNSIGNED"],
  BIGINT: ["BIGINT UNSIGNED", "INT8"],
  SMALLINT: ["SMALLINT UNSIGNED", "INT2"],
  TEXT: ["CLOB"],
  NUMERIC: ["DECIMAL"],
  BOOLEAN: ["BOOL"],
  REAL: ["DOUBLE", "DOUBLE PRECISION", "FLOAT", "FLOAT4", "FLOAT8"],
  TIMESTAMP: ["DATETIME"],
}).flatMap(([name, aliases]) => aliases.map((alias): [string, string] => [alias, name])));

/** Types whose argument SQLite and the tools that write it make nothing of: fractional seconds (Rails' DATETIME(6)). */
const ARGUMENT_IGNORED: ReadonlySet<string> = new Set(["TIMESTAMP", "TIME"]);

/** What a model's JSON and UUID columns (declared TEXT) are declared as by other tools. */
const SPELLINGS_OF: Partial<Record<ColumnType["kind"], ReadonlySet<string>>> = {
  json: new Set(["TEXT", "JSON", "JSONB"]),
  jsonb: new Set(["TEXT", "JSON", "JSONB"]),
  uuid: new Set(["TEXT", "UUID", "CHAR(32)", "CHAR(36)", "VARCHAR(32)", "VARCHAR(36)", "VARCHAR"]),
};

/** The type text the column is declared with (a raw type as written, COLLATE included). */
function declared(type: ColumnType): string {
  return type.kind === "raw" ? type.sql : sqliteType(type);
}

/** One spelling per type: upper case, single spaces, no spaces around parentheses and commas, aliases resolved. */
function canonicalType(text: string): string {
  const flat = text.trim().toUpperCase().replace(/\s+/g, " ").replace(/ ?([(),]) ?/g, "$1");
  // Laravel's and MySQL's boolean.
  if (flat === "TINYINT(1)") return "BOOLEAN";
  const match = /^([A-Z0-9_ ]*?)(\(.*?\))?( UNSIGNED)?$/.exec(flat);
  if (!match) return flat;
  const written = match[1]!.trim();
  const name = NAMES[match[3] ? `${written} UNSIGNED` : written] ?? NAMES[written] ?? written;
  return `${name}${ARGUMENT_IGNORED.has(name) ? "" : match[2] ?? ""}`;
}

/** A rowid table's single INTEGER primary key column is the rowid itself: there INT is not INTEGER. */
function isRowidCandidate(column: Column, table: Table): boolean {
  const pk = table.primaryKey?.columns;
  return pk?.length === 1 && pk[0] === column.name && !table.options?.withoutRowid;
}

/** The rowid alias: a rowid table's single primary key column declared exactly INTEGER. */
function isRowid(column: Column, table: Table): boolean {
  return isRowidCandidate(column, table) && declared(column.type).trim().toUpperCase() === "INTEGER";
}

/** Whether two canonical types are one: the same, or a NUMERIC the database declares without a precision. */
function sameCanonical(database: string, model: string): boolean {
  return database === model || (database === "NUMERIC" && model.startsWith("NUMERIC("));
}

function sameType(database: Column, model: Column, table: Table): boolean {
  if (structuralEquivalence.sameType(database, model, table)) return true;
  if (database.type.kind === "enum" || model.type.kind === "enum") return false;
  const a = declared(database.type);
  const b = declared(model.type);
  if (SPELLINGS_OF[model.type.kind]?.has(canonicalType(a))) return true;
  if (!sameCanonical(canonicalType(a), canonicalType(b))) return false;
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

/** DEFAULT NULL is no default: either way a row left without a value gets NULL. */
const noNull = (value: DefaultValue | null): DefaultValue | null => (value?.kind === "literal" && value.value === null ? null : value);

function sameDefault(database: Column, model: Column): boolean {
  const a = noNull(database.default);
  const b = noNull(model.default);
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
  sameExpression: (a, b) => normalExpression(a) === normalExpression(b),
  // The rowid is never NULL (a NULL inserted there gets the next rowid), declared NOT NULL or not; nor is
  // a key column of a WITHOUT ROWID table, which SQLite makes NOT NULL whatever the declaration.
  sameNullable: (database, model, table) => database.nullable === model.nullable || isRowid(database, table)
    || (Boolean(table.options?.withoutRowid) && (table.primaryKey?.columns.includes(database.name) ?? false)),
  sameWhere: (a, b) => normalExpression(a.where ?? "") === normalExpression(b.where ?? ""),
};

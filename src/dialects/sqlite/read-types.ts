/**
 * Catalog text back to the IR: declared types, DEFAULT clauses and the
 * CHECK that stands for an enum. Only what sqlite/types.ts writes is mapped
 * back to a DSL kind, and only when spelled exactly so; any other declared
 * type stays `raw` and is written back verbatim. That matters beyond
 * display: `INT PRIMARY KEY` read as integer would be written back as
 * `INTEGER PRIMARY KEY`, which turns an ordinary column into the rowid.
 */
import type { ColumnType, DefaultValue, LiteralValue } from "../../schema/types.js";
import { isLiteralSql, isSqliteTemporalKeyword } from "../shared/defaults.js";
import { literal } from "../shared/syntax.js";
import { sqliteSyntax } from "./quote.js";
import { isPunct, isWord, isWordIn, sourceOf, tokenize, type Token } from "./tokens.js";

const SIMPLE: Readonly<Record<string, ColumnType>> = {
  INTEGER: { kind: "integer" },
  BIGINT: { kind: "bigint" },
  SMALLINT: { kind: "smallint" },
  TEXT: { kind: "text" },
  BOOLEAN: { kind: "boolean" },
  REAL: { kind: "real" },
  "DOUBLE PRECISION": { kind: "double" },
  DATE: { kind: "date" },
  // SQLite has no time zones: a column declared with one reads back without it.
  TIME: { kind: "time", withTimezone: false },
  TIMESTAMP: { kind: "timestamp", withTimezone: false },
  BLOB: { kind: "binary", length: null },
  VARCHAR: { kind: "varchar", length: null },
  CHAR: { kind: "char", length: null },
  NUMERIC: { kind: "numeric", precision: null, scale: null },
};

/**
 * A declared type to the IR: a DSL kind only when spelled exactly as
 * types.ts writes it (so that a rebuild, which writes the kind back, keeps
 * the declared text to the letter); `bigint`, `NUMERIC(10,2)` or
 * `VARCHAR (10)` stay raw. Comparison does not mind (equivalence.ts).
 */
export function readType(declared: string): ColumnType {
  if (Object.hasOwn(SIMPLE, declared)) return SIMPLE[declared]!;
  const sized = /^(VARCHAR|CHAR)\(([1-9]\d*)\)$/.exec(declared);
  if (sized) return { kind: sized[1] === "VARCHAR" ? "varchar" : "char", length: Number(sized[2]) };
  const numeric = /^NUMERIC\(([1-9]\d*)(?:, (0|[1-9]\d*))?\)$/.exec(declared);
  if (numeric) return { kind: "numeric", precision: Number(numeric[1]), scale: numeric[2] === undefined ? null : Number(numeric[2]) };
  return { kind: "raw", sql: declared };
}

/** SQLite's own collations, whose names it matches in any case: one spelling each. */
const BUILT_IN_COLLATIONS: ReadonlySet<string> = new Set(["BINARY", "NOCASE", "RTRIM"]);

/**
 * A column's collation as the IR holds it: built-in names upper case,
 * others as written, and BINARY (the default, written or not) absent.
 */
export function normalCollation(name: string | null | undefined): string | undefined {
  if (name === null || name === undefined || name === "") return undefined;
  const upper = name.toUpperCase();
  if (upper === "BINARY") return undefined;
  return BUILT_IN_COLLATIONS.has(upper) ? upper : name;
}

/** The words that end a declared type: the column constraints that may follow it. */
const AFTER_TYPE: ReadonlySet<string> = new Set(["COLLATE", "NOT", "NULL", "DEFAULT", "PRIMARY", "UNIQUE", "CHECK",
  "REFERENCES", "CONSTRAINT", "GENERATED", "AS"]);

/**
 * What the catalog reads back for a raw type written into a column
 * definition: SQLite keeps the tokens before the first constraint keyword
 * as the declared type (a lone quoted name unquoted), and a COLLATE written
 * there is the column's collation, which introspection reads apart.
 */
export function storedRawType(sql: string): { type: ColumnType; collation: string | undefined } {
  const tokens = tokenize(sql);
  const at = tokens.findIndex((t) => isWordIn(t, AFTER_TYPE));
  const end = at === -1 ? tokens.length : at;
  const declared = end === 1 && tokens[0]!.kind === "quoted" ? tokens[0]!.value : sourceOf(sql, tokens, 0, end - 1);
  const collation = isWord(tokens[at], "COLLATE") ? tokens[at + 1]?.value : undefined;
  return { type: readType(declared), collation: normalCollation(collation) };
}

/**
 * pragma_table_xinfo's dflt_value (the DEFAULT clause as written, one pair
 * of outer parentheses removed) to the IR. A lone literal becomes a literal
 * when the compiler would write that value exactly so (1/0 on a BOOLEAN
 * column are true/false); DEFAULT NULL, which means no default, is kept
 * as the literal NULL all the same, so that a re-creation writes it again
 * (comparison takes it for no default). Anything else is SQL: other
 * spellings of a literal (`1.50`, `TRUE`, `+4`) as written, expressions
 * given back their parentheses. Either way the IR is the clause as the
 * CREATE statement has it, which the compiler writes back as is, so a
 * rebuild keeps every default to the letter (without the parentheses, `DEFAULT (('x'))` would lose a pair per rebuild).
 */
export function readDefault(text: string | null, type: ColumnType): DefaultValue | null {
  if (text === null) return null;
  const value = literalValue(text, type);
  if (value !== undefined && literal(sqliteSyntax, value) === text) return { kind: "literal", value };
  return { kind: "sql", sql: isLiteralSql(text) || isSqliteTemporalKeyword(text) ? text : `(${text})` };
}

/** The value of a DEFAULT text that is one literal (numbers signed or not); undefined for an expression. */
export function literalValue(text: string, type: ColumnType): LiteralValue | undefined {
  const tokens = tokenize(text);
  const sign = isPunct(tokens[0], "-") || isPunct(tokens[0], "+") ? tokens[0]!.text : "";
  const rest = sign ? tokens.slice(1) : tokens;
  if (rest.length !== 1) return undefined;
  const token = rest[0]!;
  if (token.kind === "string" && !sign) return token.value;
  if (isWord(token, "NULL") && !sign) return null;
  if ((isWord(token, "TRUE") || isWord(token, "FALSE")) && !sign) return isWord(token, "TRUE");
  if (token.kind !== "number") return undefined;
  const value = readNumber(sign + token.text);
  return type.kind === "boolean" && (value === 0 || value === 1) ? value === 1 : value;
}

/** An integer beyond 2^53 stays exact as a bigint; hex as SQLite reads it. */
function readNumber(text: string): number | bigint {
  if (/^[+-]?\d+$/.test(text)) {
    const big = BigInt(text);
    return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
  }
  if (/^[+-]?0x/i.test(text)) return Number(text.replace(/^\+/, ""));
  return Number(text);
}

/**
 * The values of an enum CHECK as the compiler writes it on the column:
 * `"col" IN ('a', 'b')`, the column named exactly, distinct string values.
 * Anything else (another shape, another column, NOT IN) is no enum.
 */
export function readEnumCheck(expression: string, column: string): string[] | null {
  const tokens = tokenize(expression);
  const head = tokens[0];
  if (!head || (head.kind !== "quoted" && head.kind !== "word") || head.value !== column) return null;
  if (!isWord(tokens[1], "IN") || !isPunct(tokens[2], "(") || !isPunct(tokens.at(-1), ")")) return null;
  const values: string[] = [];
  const inner = tokens.slice(3, -1);
  if (inner.length % 2 === 0) return null;
  for (let i = 0; i < inner.length; i += 2) {
    const value: Token | undefined = inner[i];
    if (value?.kind !== "string") return null;
    if (i + 1 < inner.length && !isPunct(inner[i + 1], ",")) return null;
    values.push(value.value);
  }
  return values.length > 0 && new Set(values).size === values.length ? values : null;
}

/**
 * The CHECK that makes a TEXT column an enum: the one unnamed CHECK of the
 * compiler's shape for that column, written on the column (as the compiler
 * does) or on the table (as people do). Introspection and the models'
 * stored form both read enums so, whichever way each side spells one.
 */
export function enumCheckOf<C extends { readonly name: string | null; readonly expression: string; readonly column?: string | null }>(
  checks: readonly C[], column: string,
): { check: C; values: string[] } | null {
  const found = checks.flatMap((check) => {
    if (check.name !== null || (check.column != null && check.column !== column)) return [];
    const values = readEnumCheck(check.expression, column);
    return values ? [{ check, values }] : [];
  });
  return found.length === 1 ? found[0]! : null;
}

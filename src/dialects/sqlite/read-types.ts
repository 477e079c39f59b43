/**
 * Catalog text back to the IR: declared types, DEFAULT clauses and the
 * CHECK that stands for an enum. Only what sqlite/types.ts writes is mapped
 * back to a DSL kind, and only when spelled exactly so; any other declared
 * type stays `raw` and is written back verbatim. That matters beyond
 * display: `INT PRIMARY KEY` read as integer would be written back as
 * `INTEGER PRIMARY KEY`, which turns an ordinary column into the rowid.
 */
import type { ColumnType, DefaultValue } from "../../schema/types.js";
import { isPunct, isWord, tokenize, type Token } from "./tokens.js";

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

export function readType(declared: string): ColumnType {
  const text = declared.trim().replace(/\s+/g, " ");
  const upper = text.toUpperCase();
  const simple = SIMPLE[upper];
  if (simple) return simple;
  const sized = /^(VARCHAR|CHAR) ?\( ?(\d+) ?\)$/.exec(upper);
  if (sized) return { kind: sized[1] === "VARCHAR" ? "varchar" : "char", length: Number(sized[2]) };
  const numeric = /^NUMERIC ?\( ?(\d+) ?(?:, ?(\d+) ?)?\)$/.exec(upper);
  if (numeric) return { kind: "numeric", precision: Number(numeric[1]), scale: numeric[2] === undefined ? null : Number(numeric[2]) };
  return { kind: "raw", sql: declared };
}

/**
 * pragma_table_xinfo's dflt_value (the DEFAULT clause as written, outer
 * parentheses removed) to the IR. A lone literal becomes a literal (1/0 on
 * a BOOLEAN column become true/false, as the compiler wrote them); NULL is
 * no default at all, which is what it means; anything else is SQL.
 */
export function readDefault(text: string | null, type: ColumnType): DefaultValue | null {
  if (text === null) return null;
  const tokens = tokenize(text);
  const sign = isPunct(tokens[0], "-") || isPunct(tokens[0], "+") ? tokens[0]!.text : "";
  const rest = sign ? tokens.slice(1) : tokens;
  if (rest.length !== 1) return { kind: "sql", sql: text };
  const token = rest[0]!;
  if (token.kind === "string" && !sign) return { kind: "literal", value: token.value };
  if (isWord(token, "NULL") && !sign) return null;
  if (isWord(token, "TRUE", "FALSE") && !sign) return { kind: "literal", value: isWord(token, "TRUE") };
  if (token.kind === "number") {
    const value = readNumber(sign + token.text);
    if (type.kind === "boolean" && (value === 0 || value === 1)) return { kind: "literal", value: value === 1 };
    return { kind: "literal", value };
  }
  return { kind: "sql", sql: text };
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

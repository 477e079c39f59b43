/**
 * Decoding what catalogs say about defaults and expressions into the IR's
 * values. Catalogs hand back text; the IR wants a literal typed like the
 * model would write it (`default(0)` is the number 0, not the string "0"),
 * so the decoding is driven by the column's IR type.
 */
import { INTEGER_KINDS, type ColumnType, type LiteralValue } from "../../schema/types.js";
import { isParenthesized } from "./defaults.js";

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Canonical decimal text ("+01.50" → "1.5") to tell whether a JS number holds the value exactly. */
function canonicalDecimal(text: string): string {
  let [whole, fraction = ""] = text.replace(/^\+/, "").split(".") as [string, string?];
  const negative = whole.startsWith("-");
  whole = whole.replace(/^-/, "").replace(/^0+(?=\d)/, "") || "0";
  fraction = fraction.replace(/0+$/, "");
  const body = fraction ? `${whole}.${fraction}` : whole;
  return negative && body !== "0" ? `-${body}` : body;
}

/**
 * A number as the model would write it: a JS number when it is exact,
 * a bigint for integers beyond 2^53, else the text (a numeric(30, 10)
 * default must not be rounded on its way through autogenerate).
 */
export function decodeNumber(text: string, integerType: boolean): LiteralValue {
  const trimmed = text.trim();
  if (INTEGER.test(trimmed)) {
    const big = BigInt(trimmed);
    if (big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(big);
    return integerType ? big : trimmed;
  }
  if (!DECIMAL.test(trimmed)) return trimmed;
  const value = Number(trimmed);
  if (!/[eE]/.test(trimmed) && String(value) !== canonicalDecimal(trimmed)) return trimmed;
  return value;
}

const NUMERIC_KINDS = new Set(["integer", "bigint", "smallint", "tinyint", "mediumint", "numeric", "real", "double"]);

/**
 * The text of a literal default (already unquoted) as the value a model
 * would give for a column of `type`: numbers for numeric columns, booleans
 * for boolean ones (MySQL stores TRUE as 1), strings for everything else.
 */
export function typedLiteral(text: string, type: ColumnType): LiteralValue {
  if (type.kind === "boolean") {
    const lower = text.trim().toLowerCase();
    if (["1", "true", "t", "yes", "on"].includes(lower)) return true;
    if (["0", "false", "f", "no", "off"].includes(lower)) return false;
    return text;
  }
  if (NUMERIC_KINDS.has(type.kind)) return decodeNumber(text, INTEGER_KINDS.has(type.kind));
  return text;
}

/** True when `text` looks like a bare number literal (PostgreSQL prints `1.5`, MariaDB `-3`). */
export function isNumberText(text: string): boolean {
  return DECIMAL.test(text.trim());
}

/** `(a > 0)` → `a > 0`: catalogs wrap expressions in one redundant pair that models don't write. */
export function stripOuterParens(sql: string): string {
  const text = sql.trim();
  return isParenthesized(text) ? text.slice(1, -1).trim() : text;
}

/** An index column that is an expression, as the IR spells it: the expression in parentheses. */
export function expressionColumn(sql: string): string {
  const text = sql.trim();
  return isParenthesized(text) ? text : `(${text})`;
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

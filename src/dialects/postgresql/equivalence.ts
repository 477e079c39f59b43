/**
 * PostgreSQL equality of what text can decide: enum columns by type name,
 * raw types by format_type's spelling, defaults by value (a literal written
 * as SQL is the literal; `'5'` on an integer is 5), expressions after light
 * normalisation (case outside quotes, whitespace, redundant outer
 * parentheses). What this cannot prove equal, the database is asked about
 * (comparison.ts: sameDefaultsInDatabase, canonicalExpressions).
 */
import type { Equivalence } from "../comparison.js";
import { sameJson, structuralEquivalence } from "../shared/equivalence.js";
import { stripOuterParens, typedLiteral } from "../shared/introspect-values.js";
import type { ColumnType, DefaultValue, LiteralValue } from "../../schema/types.js";
import { decodeLiteral } from "./introspect-types.js";
import { lowerSpelling } from "./type-names.js";

/** Lowercase outside quotes, single spaces, none inside parentheses, no redundant outer parentheses. */
export function normalizeExpression(sql: string): string {
  let text = sql.trim();
  for (let inner = stripOuterParens(text); inner !== text; inner = stripOuterParens(text)) text = inner;
  let out = "";
  let quote: string | null = null;
  for (const char of text.replace(/\s+/g, " ")) {
    if (quote) {
      if (char === quote) quote = null;
      out += char;
      continue;
    }
    if (char === "'" || char === '"') quote = char;
    out += char.toLowerCase();
  }
  return out.replace(/\(\s+/g, "(").replace(/\s+\)/g, ")").replace(/\s*,\s*/g, ", ");
}

/** A literal default, however the model wrote it: `'abc'`, `'abc'::text`, `(42)`, `TRUE` as SQL are literals. */
function literalOf(value: DefaultValue, type: ColumnType): LiteralValue | undefined {
  if (value.kind === "literal") return typeof value.value === "string" ? typedLiteral(value.value, type) : value.value;
  const decoded = decodeLiteral(stripOuterParens(value.sql.trim()), type);
  return decoded?.kind === "literal" ? decoded.value : undefined;
}

function sameDefault(database: DefaultValue | null, model: DefaultValue | null, type: ColumnType): boolean {
  if (database === null || model === null) return database === model;
  const [a, b] = [literalOf(database, type), literalOf(model, type)];
  if (a !== undefined && b !== undefined) return a === b || (a !== null && b !== null && String(a) === String(b));
  if (database.kind === "sql" && model.kind === "sql") return normalizeExpression(database.sql) === normalizeExpression(model.sql);
  return false;
}

/** A type name as format_type prints it, without its quotes. */
const unquoted = (name: string): string => (/^".*"$/.test(name) ? name.slice(1, -1).replace(/""/g, '"') : name);

/**
 * `timestamp(6)` and `time(6)` (what Rails writes) keep microseconds, as the
 * types without a precision do: the same values, so the same type for a model.
 */
const MICROSECONDS = /^(timestamp|time)\(6\) (with|without) time zone$/;

function sameType(database: ColumnType, model: ColumnType): boolean {
  if (database.kind === "raw" && (model.kind === "timestamp" || model.kind === "time")) {
    const match = MICROSECONDS.exec(lowerSpelling(database.sql));
    return match !== null && match[1] === model.kind && (match[2] === "with") === model.withTimezone;
  }
  // A column just names its enum type; the values are compared on the type itself.
  if (database.kind === "enum" && model.kind === "enum") return database.name === model.name;
  if (database.kind === "enum" && model.kind === "raw") return unquoted(lowerSpelling(model.sql)) === database.name;
  if (database.kind === "raw" && model.kind === "raw") return lowerSpelling(database.sql) === lowerSpelling(model.sql);
  return sameJson(database, model);
}

export const postgresEquivalence: Equivalence = {
  ...structuralEquivalence,
  sameType: (a, b) => sameType(a.type, b.type),
  sameDefault: (a, b) => sameDefault(a.default, b.default, b.type),
  sameCheck: (a, b) => normalizeExpression(a.expression) === normalizeExpression(b.expression),
  sameWhere: (a, b) => normalizeExpression(a.where ?? "") === normalizeExpression(b.where ?? ""),
  sameExpression: (a, b) => normalizeExpression(a) === normalizeExpression(b),
};

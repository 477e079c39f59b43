/** Structural equality on the IR, with whitespace-insensitive SQL text: the base each dialect refines. */
import type { Equivalence } from "../comparison.js";

export const squash = (sql: string): string => sql.replace(/\s+/g, " ").replace(/\(\s+/g, "(").replace(/\s+\)/g, ")").trim().toLowerCase();

/**
 * `JSON.stringify(a) === JSON.stringify(b)`, the equality of column types,
 * decided without building the two texts when both are plain data: it is
 * asked for every column of both schemas. What is not plain data (an
 * undefined, a non-finite number, a bigint, a toJSON) goes to
 * JSON.stringify itself.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  return samePlain(a, b) ?? JSON.stringify(a) === JSON.stringify(b);
}

const isScalar = (value: unknown): boolean => typeof value === "string" || typeof value === "boolean" || value === null
  || (typeof value === "number" && Number.isFinite(value));

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || "toJSON" in value) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

const isPlainArray = (value: unknown): value is unknown[] =>
  Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype && !("toJSON" in value);

/**
 * Whether two values print alike, when both are plain data (the texts of
 * such values are equal exactly when they are equal key by key, in order):
 * undefined when that is not known, for JSON.stringify to decide.
 */
function samePlain(a: unknown, b: unknown): boolean | undefined {
  if (isScalar(a) && isScalar(b)) return a === b;
  if (isPlainArray(a) && isPlainArray(b)) {
    // Every element prints as something (undefined as null): arrays of other lengths never print alike.
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) {
      const same = samePlain(a[i], b[i]);
      if (same !== true) return same;
    }
    return true;
  }
  if (isPlainRecord(a) && isPlainRecord(b)) {
    const keys = Object.keys(a);
    const others = Object.keys(b);
    // A key holding undefined does not print: differing key lists are left to JSON.stringify.
    if (keys.length !== others.length) return undefined;
    for (let i = 0; i < keys.length; i += 1) {
      if (keys[i] !== others[i]) return undefined;
      const same = samePlain(a[keys[i]!], b[keys[i]!]);
      if (same !== true) return same;
    }
    return true;
  }
  return undefined;
}

export const structuralEquivalence: Equivalence = {
  sameType: (a, b) => sameJson(a.type, b.type),
  sameDefault: (a, b) => {
    if (a.default === null || b.default === null) return a.default === b.default;
    if (a.default.kind !== b.default.kind) return false;
    return a.default.kind === "sql" ? squash(a.default.sql) === squash((b.default as { sql: string }).sql)
      : a.default.value === (b.default as { value: unknown }).value;
  },
  sameCheck: (a, b) => squash(a.expression) === squash(b.expression),
  sameWhere: (a, b) => squash(a.where ?? "") === squash(b.where ?? ""),
  sameAutoIncrement: (a, b) => a.autoIncrement === b.autoIncrement,
  sameAction: (a, b) => (a ?? "no action") === (b ?? "no action"),
  sameExpression: (a, b) => squash(a) === squash(b),
};

/** Structural equality on the IR, with whitespace-insensitive SQL text: the base each dialect refines. */
import type { Equivalence } from "../comparison.js";

export const squash = (sql: string): string => sql.replace(/\s+/g, " ").replace(/\(\s+/g, "(").replace(/\s+\)/g, ")").trim().toLowerCase();

export const structuralEquivalence: Equivalence = {
  sameType: (a, b) => JSON.stringify(a.type) === JSON.stringify(b.type),
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
};

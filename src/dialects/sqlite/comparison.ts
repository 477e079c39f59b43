/**
 * SQLite for autogenerate: it keeps declared types and defaults as written,
 * so most comparison is on text; the nearest types (JSON and UUID as TEXT),
 * enums as a CHECK named after their column, and no comments.
 */
import type { Comparison, Equivalence } from "../comparison.js";
import { squash, structuralEquivalence } from "../shared/equivalence.js";
import { storedForm } from "../shared/stored-form.js";

const unwrap = (sql: string): string => {
  const s = squash(sql);
  return s.startsWith("(") && s.endsWith(")") ? s.slice(1, -1).trim() : s;
};

const equivalence: Equivalence = {
  ...structuralEquivalence,
  sameDefault: (a, b, table) => {
    if (a.default?.kind === "sql" && b.default?.kind === "sql") return unwrap(a.default.sql) === unwrap(b.default.sql);
    return structuralEquivalence.sameDefault(a, b, table);
  },
  sameCheck: (a, b) => unwrap(a.expression) === unwrap(b.expression),
};

export const sqliteComparison: Comparison = {
  storedForm: (models) => storedForm(models, {
    enumTypes: false,
    type: (type, column) => {
      switch (type.kind) {
        case "json": case "jsonb": case "uuid": return { kind: "text" };
        case "binary": return { kind: "binary", length: null };
        case "time": case "timestamp": return { ...type, withTimezone: false };
        case "bigint": case "smallint": return column.autoIncrement ? { kind: "integer" } : type;
        case "enum": return { kind: "enum", name: column.name, values: type.values };
        default: return type;
      }
    },
    column: (column) => ({ ...column, comment: null }),
    table: (table) => ({ ...table, comment: null }),
  }),
  equivalence,
  enumTypes: false,
  rebuildsTables: true,
};

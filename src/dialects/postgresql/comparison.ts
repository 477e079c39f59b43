/**
 * PostgreSQL for autogenerate: what its catalog reads back for model
 * types, and text-level equality of defaults and expressions, with the
 * database asked about the defaults text cannot settle.
 */
import type { Comparison, DefaultQuestion, Equivalence } from "../comparison.js";
import type { QueryFn } from "../dialect.js";
import { structuralEquivalence } from "../shared/equivalence.js";
import { storedForm } from "../shared/stored-form.js";
import { literal, statement } from "../shared/syntax.js";
import { postgresSyntax } from "./quote.js";
import { postgresType } from "./types.js";

const equivalence: Equivalence = {
  ...structuralEquivalence,
  // PostgreSQL tracks enum values on the type, compared on their own; a column just names its type.
  sameType: (a, b, table) => (a.type.kind === "enum" && b.type.kind === "enum"
    ? a.type.name === b.type.name : structuralEquivalence.sameType(a, b, table)),
};

export const postgresComparison: Comparison = {
  storedForm: (models) => storedForm(models, {
    enumTypes: true,
    type: (type) => {
      switch (type.kind) {
        case "char": return type.length === null ? { kind: "char", length: 1 } : type;
        case "binary": return { kind: "binary", length: null };
        default: return type;
      }
    },
  }),
  equivalence,
  enumTypes: true,
  rebuildsTables: false,
  sameDefaultsInDatabase: (query, questions) => evaluateDefaults(query, questions),
};

/** Evaluating these would have side effects (or never give the same value twice): a difference stays a difference. */
const UNSAFE = /\b(nextval|setval|random|gen_random_uuid|uuid_generate_\w+|clock_timestamp|timeofday|txid_\w+|pg_\w+)\s*\(/i;

/** Both defaults cast to the column's type and compared; evaluating is what decides `now()` vs CURRENT_TIMESTAMP. */
async function evaluateDefaults(query: QueryFn, questions: readonly DefaultQuestion[]): Promise<boolean[]> {
  const value = (q: DefaultQuestion, side: "database" | "model"): string => {
    const d = q[side];
    const sql = d.kind === "sql" ? d.sql : literal(postgresSyntax, d.value);
    return `CAST((${sql}) AS ${postgresType(q.column.type)})`;
  };
  const ask = async (q: DefaultQuestion): Promise<boolean> => {
    const text = [q.database, q.model].map((d) => (d.kind === "sql" ? d.sql : "")).join(" ");
    if (UNSAFE.test(text)) return false;
    try {
      const [row] = await query<{ same: boolean }>(statement(
        `SELECT (${value(q, "database")}) IS NOT DISTINCT FROM (${value(q, "model")}) AS same`));
      return row?.same === true;
    } catch {
      // Not evaluable outside its table (it names a column...): it stays a difference.
      return false;
    }
  };
  const answers: boolean[] = [];
  for (const q of questions) answers.push(await ask(q));
  return answers;
}

/**
 * PostgreSQL for autogenerate: the stored form of models (stored-form.ts),
 * what text can decide (equivalence.ts), and the database asked about the
 * rest: defaults evaluated side by side, and expressions, defaults and
 * types put through the catalog (canonical.ts).
 */
import type { Comparison, DefaultQuestion } from "../comparison.js";
import type { QueryFn } from "../dialect.js";
import { literal } from "../shared/syntax.js";
import { canonicalExpressions } from "./canonical.js";
import { postgresEquivalence } from "./equivalence.js";
import { attempt, isolated, isSingleExpression } from "./isolated.js";
import { postgresSyntax } from "./quote.js";
import { postgresStoredForm } from "./stored-form.js";
import { postgresType } from "./types.js";

export const postgresComparison: Comparison = {
  storedForm: postgresStoredForm,
  equivalence: postgresEquivalence,
  enumTypes: true,
  rebuildsTables: false,
  keepsUnnamedConstraints: false,
  sameDefaultsInDatabase: (query, questions) => evaluateDefaults(query, questions),
  canonicalExpressions,
};

/** Evaluating these would have side effects (or never give the same value twice): a difference stays a difference. */
const UNSAFE = /\b(nextval|setval|random|gen_random_uuid|uuid_generate_\w+|clock_timestamp|timeofday|txid_\w+|pg_\w+)\s*\(/i;

/**
 * Both defaults cast to the column's type and compared; evaluating is what
 * decides `now()` vs CURRENT_TIMESTAMP. Each in a savepoint of a rolled-back
 * transaction: a failure (or a side effect) stays there.
 */
async function evaluateDefaults(query: QueryFn, questions: readonly DefaultQuestion[]): Promise<boolean[]> {
  const value = (q: DefaultQuestion, side: "database" | "model"): string => {
    const d = q[side];
    const sql = d.kind === "sql" ? d.sql : literal(postgresSyntax, d.value);
    return `CAST((${sql}) AS ${postgresType(q.column.type)})`;
  };
  const askable = (q: DefaultQuestion): boolean => [q.database, q.model]
    .every((d) => d.kind === "literal" || (isSingleExpression(d.sql) && !UNSAFE.test(d.sql)));
  if (!questions.some(askable)) return questions.map(() => false);
  return isolated(query, async () => {
    const answers: boolean[] = [];
    for (const q of questions) {
      const rows = askable(q)
        ? await attempt<{ same: boolean }>(query, `SELECT (${value(q, "database")}) IS NOT DISTINCT FROM (${value(q, "model")}) AS same`)
        : null;
      answers.push(rows?.[0]?.same === true);
    }
    return answers;
  });
}

/**
 * MySQL/MariaDB for autogenerate: the stored form of models (stored-form.ts),
 * types compared in one canonical spelling (type-names.ts), expressions by
 * their tokens (expressions.ts), RESTRICT as the default action, and the
 * database asked about defaults whose spelling still differs (evaluated)
 * and checks (printed back through a temporary table, canonical.ts).
 */
import type { Column, Schema } from "../../schema/ir.js";
import type { ColumnType, LiteralValue } from "../../schema/types.js";
import type { Comparison, DefaultQuestion, Equivalence } from "../comparison.js";
import type { QueryFn } from "../dialect.js";
import { structuralEquivalence } from "../shared/equivalence.js";
import { decodeNumber, isNumberText } from "../shared/introspect-values.js";
import { literal, statement } from "../shared/syntax.js";
import { canonicalExpressions } from "./canonical.js";
import { canonicalOptions } from "./canonical-options.js";
import { canonicalExpression } from "./expressions.js";
import { mysqlSyntax } from "./quote.js";
import { mysqlStoredForm } from "./stored-form.js";
import { canonicalType } from "./type-names.js";
import { mysqlType } from "./types.js";

const NUMERIC_TYPE = /^(tinyint|smallint|mediumint|int|bigint|decimal|float|double|year|bit)\b/;

/** A literal default as text that is equal exactly when the stored values are: numbers by value on numeric columns. */
function canonicalLiteral(value: LiteralValue, type: ColumnType): string {
  const numeric = NUMERIC_TYPE.test(canonicalType(type));
  if (typeof value === "boolean") return numeric ? (value ? "1" : "0") : `boolean:${value}`;
  if (value === null) return "null";
  if (numeric && (typeof value !== "string" || isNumberText(value))) {
    return String(typeof value === "string" ? decodeNumber(value, true) : value);
  }
  return `'${String(value)}'`;
}

function sameDefault(db: Column, model: Column): boolean {
  const a = db.default;
  const b = model.default;
  if (a === null || b === null) return a === b;
  if (a.kind === "sql" && b.kind === "sql") return canonicalExpression(a.sql) === canonicalExpression(b.sql);
  if (a.kind === "literal" && b.kind === "literal") return canonicalLiteral(a.value, model.type) === canonicalLiteral(b.value, model.type);
  return false;
}

/** RESTRICT and NO ACTION are one action in InnoDB, and MariaDB reports an unspecified action as RESTRICT. */
const action = (a: string | null): string => (a === null || a === "no action" ? "restrict" : a);

const equivalence: Equivalence = {
  ...structuralEquivalence,
  sameType: (a, b) => canonicalType(a.type) === canonicalType(b.type),
  sameDefault,
  sameCheck: (a, b) => canonicalExpression(a.expression) === canonicalExpression(b.expression),
  sameAction: (a, b) => action(a) === action(b),
  // Generated columns, ON UPDATE, expression keys: as the server reprints them (`b` + 1, current_timestamp()).
  sameExpression: (a, b) => canonicalExpression(a) === canonicalExpression(b),
};

export const mysqlComparison: Comparison = {
  storedForm: mysqlStoredForm,
  equivalence,
  enumTypes: false,
  rebuildsTables: false,
  keepsUnnamedConstraints: false,
  sameDefaultsInDatabase: (query, questions) => evaluateDefaults(query, questions),
  // Charsets, engines and unique indexes against the server's defaults first, then checks printed by the server.
  canonicalExpressions: async (query, models, database) => canonicalExpressions(query, await canonicalOptions(query, models, database), database),
};

const UNSAFE = /\b(uuid|uuid_short|rand|sysdate|nextval|sleep|get_lock|release_lock)\s*\(/i;

async function evaluateDefaults(query: QueryFn, questions: readonly DefaultQuestion[]): Promise<boolean[]> {
  const value = (q: DefaultQuestion, side: "database" | "model"): string => {
    const d = q[side];
    return d.kind === "sql" ? `(${d.sql})` : literal(mysqlSyntax, d.value);
  };
  const answers: boolean[] = [];
  for (const q of questions) {
    const text = [q.database, q.model].map((d) => (d.kind === "sql" ? d.sql : "")).join(" ");
    if (UNSAFE.test(text)) { answers.push(false); continue; }
    // Both sides cast through the column's type the way an INSERT would store them.
    const target = castTarget(mysqlType(q.column.type));
    try {
      const [row] = await query<{ same: number | string }>(statement(
        `SELECT CAST(${value(q, "database")} AS ${target}) <=> CAST(${value(q, "model")} AS ${target}) AS same`));
      answers.push(Number(row?.same) === 1);
    } catch {
      answers.push(false);
    }
  }
  return answers;
}

/** CAST in MySQL takes a smaller set of type names than column definitions. */
function castTarget(columnType: string): string {
  const t = columnType.toUpperCase();
  if (/^(TINYINT|SMALLINT|MEDIUMINT|INT|INTEGER|BIGINT|BOOLEAN)/.test(t)) return /UNSIGNED/.test(t) ? "UNSIGNED" : "SIGNED";
  if (/^(DECIMAL|NUMERIC)/.test(t)) return t.replace(/^NUMERIC/, "DECIMAL").replace(/\s.*$/, "");
  if (/^(FLOAT|DOUBLE|REAL)/.test(t)) return "DOUBLE";
  if (/^DATETIME|^TIMESTAMP/.test(t)) return "DATETIME(6)";
  if (/^DATE/.test(t)) return "DATE";
  if (/^TIME/.test(t)) return "TIME(6)";
  if (/^(VARBINARY|BINARY|BLOB)/.test(t)) return "BINARY";
  return "CHAR";
}

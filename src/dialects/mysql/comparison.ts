/**
 * MySQL/MariaDB for autogenerate: the nearest types it stores for model
 * types, enums named per column, RESTRICT as its default action, and the
 * database asked about defaults whose spelling differs.
 */
import type { Comparison, DefaultQuestion, Equivalence } from "../comparison.js";
import type { QueryFn } from "../dialect.js";
import { squash, structuralEquivalence } from "../shared/equivalence.js";
import { storedForm } from "../shared/stored-form.js";
import { literal, statement } from "../shared/syntax.js";
import { mysqlSyntax } from "./quote.js";
import { mysqlType } from "./types.js";

/** Backticks and a function's empty parentheses are spelling: `current_timestamp()` is CURRENT_TIMESTAMP. */
const expression = (sql: string): string => squash(sql.replace(/`/g, "")).replace(/^\((.*)\)$/, "$1");

const equivalence: Equivalence = {
  ...structuralEquivalence,
  // An ENUM column's type is its value list; introspection cannot know the model's enum name.
  sameType: (a, b, table) => (a.type.kind === "enum" && b.type.kind === "enum"
    ? a.type.values.join("\u0000") === b.type.values.join("\u0000") : structuralEquivalence.sameType(a, b, table)),
  sameCheck: (a, b) => expression(a.expression) === expression(b.expression),
  // InnoDB treats RESTRICT and NO ACTION alike, and MariaDB reports an unspecified action as RESTRICT.
  sameAction: (a, b) => (a === null || a === "no action" ? "restrict" : a) === (b === null || b === "no action" ? "restrict" : b),
};

export const mysqlComparison: Comparison = {
  storedForm: (models) => storedForm(models, {
    enumTypes: false,
    type: (type, column, table) => {
      switch (type.kind) {
        case "varchar": return type.length === null ? { kind: "varchar", length: 255 } : type;
        case "char": return type.length === null ? { kind: "char", length: 1 } : type;
        case "numeric": return type.precision === null ? { kind: "numeric", precision: 10, scale: 0 } : { ...type, scale: type.scale ?? 0 };
        case "jsonb": return { kind: "json" };
        case "uuid": return { kind: "char", length: 36 };
        case "time": return { kind: "time", withTimezone: false };
        case "enum": return { kind: "enum", name: `${table.name}_${column.name}`, values: type.values };
        default: return type;
      }
    },
    // Every MySQL primary key is named PRIMARY; introspection reports it unnamed.
    table: (table) => (table.primaryKey ? { ...table, primaryKey: { ...table.primaryKey, name: null } } : table),
  }),
  equivalence,
  enumTypes: false,
  rebuildsTables: false,
  sameDefaultsInDatabase: (query, questions) => evaluateDefaults(query, questions),
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
    // A scalar subquery casts both through the column's type the way an INSERT would.
    const type = mysqlType(q.column.type);
    try {
      const [row] = await query<{ same: number | string }>(statement(
        `SELECT CAST(${value(q, "database")} AS ${castTarget(type)}) <=> CAST(${value(q, "model")} AS ${castTarget(type)}) AS same`));
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
  if (/^(TINYINT|SMALLINT|MEDIUMINT|INT|INTEGER|BIGINT|BOOLEAN)/.test(t)) return "SIGNED";
  if (/^(DECIMAL|NUMERIC)/.test(t)) return t.replace(/^NUMERIC/, "DECIMAL");
  if (/^(FLOAT|DOUBLE|REAL)/.test(t)) return "DOUBLE";
  if (/^DATETIME|^TIMESTAMP/.test(t)) return "DATETIME(6)";
  if (/^DATE/.test(t)) return "DATE";
  if (/^TIME/.test(t)) return "TIME(6)";
  if (/^(VARBINARY|BINARY|BLOB)/.test(t)) return "BINARY";
  return "CHAR";
}

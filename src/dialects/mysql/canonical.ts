/**
 * "Ask the database" about check constraints that text normalisation
 * (expressions.ts) cannot settle: MariaDB and MySQL store a check's parse
 * and print it back their own way (`NOT (a = 3)` → `a <> 3`, `a IN (1)` →
 * `a = 1`, `NOT (a > 0 AND a < 5)` → `a <= 0 or a >= 5`). Each model check
 * that still differs from the database's is put through the server: a
 * TEMPORARY table with the database table's columns gets the model's checks,
 * SHOW CREATE TABLE prints them back, and where that equals the database's
 * own check the model takes the database's spelling, so compare finds
 * nothing. CREATE / DROP TEMPORARY TABLE change nothing else and do not
 * commit a transaction. A check that fails to build keeps the model's text,
 * so a real difference always stays a difference.
 *
 * The optional `canonicalExpressions` member of Comparison proposed with
 * the PostgreSQL dialect (same signature); produce.ts would call it between
 * storedForm and compareSchemas.
 */
import { randomBytes } from "node:crypto";
import type { CheckConstraint, Schema, Table } from "../../schema/ir.js";
import type { QueryFn } from "../dialect.js";
import { statement } from "../shared/syntax.js";
import { canonicalExpression } from "./expressions.js";
import { quoteIdentifier as q } from "./quote.js";
import { mysqlType } from "./types.js";

const key = (t: { name: string; schema: string | null }): string => `${t.schema ?? ""}\u0000${t.name}`;
const same = (a: string, b: string): boolean => canonicalExpression(a) === canonicalExpression(b);

/** Model checks without a database counterpart of the same text: unnamed ones nothing matches, named ones whose text differs. */
function unsettled(model: Table, db: Table): CheckConstraint[] {
  return model.checks.filter((m) => (m.name === null
    ? !db.checks.some((d) => same(d.expression, m.expression))
    : db.checks.some((d) => d.name === m.name && !same(d.expression, m.expression))));
}

export async function canonicalExpressions(query: QueryFn, models: Schema, database: Schema): Promise<Schema> {
  const dbTables = new Map(database.tables.map((t) => [key(t), t]));
  const tables: Table[] = [];
  for (const model of models.tables) {
    const db = dbTables.get(key(model));
    const checks = db ? unsettled(model, db) : [];
    if (!db || checks.length === 0) { tables.push(model); continue; }
    const printed = await printChecks(query, db, checks);
    tables.push({ ...model, checks: model.checks.map((m) => {
      const text = printed.get(m);
      const match = text === undefined ? undefined
        : db.checks.find((d) => (m.name === null || d.name === m.name) && same(d.expression, text));
      return match ? { ...m, expression: match.expression } : m;
    }) });
  }
  return { ...models, tables };
}

/** The server's text for each check, over the database table's columns; all at once, else one by one. */
async function printChecks(query: QueryFn, db: Table, checks: readonly CheckConstraint[]): Promise<Map<CheckConstraint, string>> {
  const printed = new Map<CheckConstraint, string>();
  const all = await print(query, db, checks);
  if (all) {
    checks.forEach((c, i) => { const text = all.get(i); if (text !== undefined) printed.set(c, text); });
    return printed;
  }
  for (const check of checks) {
    const text = (await print(query, db, [check]))?.get(0);
    if (text !== undefined) printed.set(check, text);
  }
  return printed;
}

async function print(query: QueryFn, db: Table, checks: readonly CheckConstraint[]): Promise<Map<number, string> | null> {
  const name = `athanor_canon_${randomBytes(4).toString("hex")}`;
  const columns = db.columns.map((c) => `${q(c.name)} ${mysqlType(c.type)}`);
  const clauses = checks.map((c, i) => `CONSTRAINT ${q(`athanor_ck_${i}`)} CHECK (${c.expression})`);
  try {
    await query(statement(`CREATE TEMPORARY TABLE ${q(name)} (${[...columns, ...clauses].join(", ")})`));
  } catch {
    return null;
  }
  try {
    const [row] = await query<Record<string, unknown>>(statement(`SHOW CREATE TABLE ${q(name)}`));
    const text = String(row?.["Create Table"] ?? "");
    const out = new Map<number, string>();
    for (const [, index, expression] of text.matchAll(/^\s*CONSTRAINT `athanor_ck_(\d+)` CHECK \((.*)\),?$/gm)) {
      out.set(Number(index), expression!);
    }
    return out;
  } finally {
    await query(statement(`DROP TEMPORARY TABLE IF EXISTS ${q(name)}`)).catch(() => undefined);
  }
}

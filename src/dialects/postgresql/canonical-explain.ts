/**
 * canonical-ask.ts for a connection that cannot write at all, not even a temp table that is rolled back (a hot
 * standby; a connection whose transactions start read-only): each expression goes through EXPLAIN VERBOSE
 * instead, whose deparser prints it without creating anything. Both sides, the model's text and the database's,
 * are printed so, against the real table, and are the same when their printings are. Index scans are off for the
 * asking (SET LOCAL, inside `isolated`): a predicate then stays a Filter instead of choosing a partial index.
 * One round trip per expression: the read-only case is rare and its tables few.
 */
import type { Column } from "../../schema/ir.js";
import type { DefaultValue } from "../../schema/types.js";
import type { QueryFn } from "../dialect.js";
import { literal, qualifiedTable, statement } from "../shared/syntax.js";
import type { Answers, Job } from "./canonical-ask.js";
import { attempt, isSingleExpression } from "./isolated.js";
import { postgresSyntax } from "./quote.js";
import { postgresType } from "./types.js";

const defaultSql = (value: DefaultValue): string => (value.kind === "sql" ? value.sql : literal(postgresSyntax, value.value));

export async function askByExplain(query: QueryFn, jobs: readonly Job[]): Promise<Answers> {
  await query(statement("SET LOCAL enable_indexscan = off; SET LOCAL enable_bitmapscan = off; SET LOCAL enable_indexonlyscan = off"));
  const answers: Answers = { checks: new Map(), wheres: new Map(), sameType: new Set(), sameDefault: new Set() };
  const printed = (text: string | null): string[] => (text === null ? [] : [text]);
  for (const job of jobs) {
    const table = qualifiedTable(postgresSyntax, job.db);
    const filter = (expression: string): Promise<string | null> => explain(query, `SELECT FROM ONLY ${table} WHERE (${expression})`, expression);
    for (const check of job.checks) answers.checks.set(check, printed(await filter(check.expression)));
    if (job.checks.length > 0) {
      for (const check of job.db.checks) answers.checks.set(check, [check.expression, ...printed(await filter(check.expression))]);
    }
    for (const index of job.wheres) {
      const db = job.db.indexes.find((d) => d.name === index.name)!;
      answers.wheres.set(index, printed(await filter(index.where!)));
      answers.wheres.set(db, [db.where!, ...printed(await filter(db.where!))]);
    }
    for (const column of job.columns) await askColumn(query, job, column, answers);
  }
  return answers;
}

/** The type as `NULL::type` prints, and the default as `(default)::type`, on both sides. */
async function askColumn(query: QueryFn, job: Job, column: Column, answers: Answers): Promise<void> {
  const db = job.db.columns.find((c) => c.name === column.name)!;
  const value = (expression: string): Promise<string | null> => explain(query, `SELECT ${expression}`, expression);
  const type = postgresType(column.type);
  const modelType = await value(`NULL::${type}`);
  if (modelType !== null && modelType === await value(`NULL::${postgresType(db.type)}`)) answers.sameType.add(column);
  if (column.default === null || db.default === null) return;
  const [mine, theirs] = [defaultSql(column.default), defaultSql(db.default)];
  if (!isSingleExpression(mine) || !isSingleExpression(theirs)) return;
  const printed = await value(`(${mine})::${type}`);
  if (printed !== null && printed === await value(`(${theirs})::${type}`)) answers.sameDefault.add(column);
}

/** The plan's Filter (or Output) lines, as the server prints them; null when the text is not one expression or fails. */
async function explain(query: QueryFn, sql: string, expression: string): Promise<string | null> {
  if (!isSingleExpression(expression)) return null;
  const rows = await attempt<{ "QUERY PLAN": string }>(query, `EXPLAIN (VERBOSE, COSTS OFF) ${sql}`);
  if (rows === null) return null;
  const lines = rows.map((r) => r["QUERY PLAN"]).flatMap((line) => /^\s*(?:->\s*)?(?:One-Time Filter|Filter|Output): (.*)$/.exec(line)?.[1] ?? []);
  // No filter at all: the server folded the expression to true.
  return lines.join(" AND ") || "true";
}

/**
 * The questions of canonical.ts put to the server in a handful of round
 * trips, however many tables have some: every job's temp table, defaults,
 * checks and partial indexes go as one batch, their printings are read back
 * with one query per catalog, and the printings of those printings go as a
 * second batch. (One round trip per statement made a thousand for a few
 * dozen tables.)
 *
 * A batch is one attempt: all of it stays, or none of it when a statement
 * fails. A failed batch is sent again job by job, and a failing job
 * statement by statement, each in its own savepoint as before, so what
 * stays built, and so every answer, is what trying each statement on its
 * own gives: the statements do not depend on one another beyond the table
 * they alter (checks and indexes of an empty table, under names of their own).
 */
import { indexColumnNames, type CheckConstraint, type Column, type Index, type Table } from "../../schema/ir.js";
import type { DefaultValue } from "../../schema/types.js";
import type { QueryFn } from "../dialect.js";
import { literal, qualifiedTable, statement } from "../shared/syntax.js";
import { stripOuterParens } from "../shared/introspect-values.js";
import { checkExpression } from "./introspect.js";
import { attempt, attemptBatch, attemptEach, isSingleExpression } from "./isolated.js";
import { postgresSyntax, quoteIdentifier as q } from "./quote.js";
import { postgresType } from "./types.js";

/** One model table's questions, against its database counterpart. */
export interface Job {
  readonly model: Table;
  readonly db: Table;
  readonly checks: CheckConstraint[];
  readonly wheres: Index[];
  /** Columns whose type or default differs from the database's. */
  readonly columns: Column[];
}

/** Each expression's printings by the server (its own text first for the database's side). */
export interface Answers {
  readonly checks: Map<CheckConstraint, string[]>;
  readonly wheres: Map<Index, string[]>;
  readonly sameType: Set<Column>;
  readonly sameDefault: Set<Column>;
}

/** Checks and partial indexes to print, tagged so that their names on the temp table are their own. */
interface Print {
  readonly tag: string;
  readonly checks: readonly string[];
  readonly wheres: readonly Index[];
}

/** A job with its temp table and what it adds there first. */
interface Asked {
  readonly job: Job;
  readonly temp: string;
  /** The database's partial index of each model index in job.wheres. */
  readonly dbIndexes: readonly Index[];
  readonly model: Print;
  readonly dbChecks: Print;
  readonly dbWheres: Print;
}

/** What the server printed: check expressions by temp table and constraint name, predicates by index name. */
interface Printed {
  readonly checks: Map<string, Map<string, string>>;
  readonly wheres: Map<string, string>;
}

const NOTHING_PRINTED: Printed = { checks: new Map(), wheres: new Map() };

/** Asks every job's questions (inside `isolated`, which undoes the temp tables). */
export async function askAll(query: QueryFn, jobs: readonly Job[]): Promise<Answers> {
  const asked = jobs.map((job, i) => askedOf(job, `athanor_canon_${i}`));
  const built = await buildAll(query, asked);
  const temps = built.map((a) => a.temp);
  const once = await readPrinted(query, temps);
  // The model's printings printed again: printing is not idempotent (see canonical.ts).
  const again = built.map((a) => reprint(a, once));
  const reprints = again.map((print, i) => printStatements(built[i]!.temp, print));
  await attemptEach(query, reprints);
  // Nothing sent, nothing to find under the second printings' names.
  const twice = reprints.some((group) => group.length > 0) ? await readPrinted(query, temps) : NOTHING_PRINTED;
  const answers: Answers = { checks: new Map(), wheres: new Map(), sameType: new Set(), sameDefault: new Set() };
  built.forEach((a, i) => fileAnswers(a, again[i]!, once, twice, answers));
  await readColumns(query, built, answers);
  return answers;
}

function askedOf(job: Job, temp: string): Asked {
  const dbIndexes = job.wheres.map((m) => job.db.indexes.find((d) => d.name === m.name)!);
  return {
    job, temp, dbIndexes,
    model: { tag: "m1", checks: job.checks.map((c) => c.expression), wheres: job.wheres },
    dbChecks: { tag: "d", checks: job.checks.length > 0 ? job.db.checks.map((c) => c.expression) : [], wheres: [] },
    dbWheres: { tag: "w", checks: [], wheres: job.wheres.map((m, i) => ({ ...m, where: dbIndexes[i]!.where })) },
  };
}

const defaultSql = (value: DefaultValue): string => (value.kind === "sql" ? value.sql : literal(postgresSyntax, value.value));

const columnsOf = (a: Asked): string[] => a.job.model.columns.map((c) => `${q(c.name)} ${postgresType(c.type)}`);

/** The model's differing defaults and the first printings, once the table exists. */
function setupStatements(a: Asked): string[] {
  const defaults = a.job.columns.flatMap((column) => (column.default === null || !isSingleExpression(defaultSql(column.default)) ? []
    : [`ALTER TABLE ${q(a.temp)} ALTER COLUMN ${q(column.name)} SET DEFAULT ${defaultSql(column.default)}`]));
  return [...defaults, ...printStatements(a.temp, a.model), ...printStatements(a.temp, a.dbChecks), ...printStatements(a.temp, a.dbWheres)];
}

/** Every temp table with its setup: in one batch, else job by job; the jobs whose table could be built. */
async function buildAll(query: QueryFn, asked: readonly Asked[]): Promise<Asked[]> {
  const batch = (a: Asked): string[] => [`CREATE TEMP TABLE ${q(a.temp)} (${columnsOf(a).join(", ")})`, ...setupStatements(a)];
  if (await attemptBatch(query, asked.flatMap(batch))) return [...asked];
  const built: Asked[] = [];
  for (const a of asked) {
    if (await attemptBatch(query, batch(a)) || await buildOneByOne(query, a)) built.push(a);
  }
  return built;
}

/** All columns at once; if one type cannot be built, the others one by one; then each setup statement on its own. */
async function buildOneByOne(query: QueryFn, a: Asked): Promise<boolean> {
  const columns = columnsOf(a);
  if (await attempt(query, `CREATE TEMP TABLE ${q(a.temp)} (${columns.join(", ")})`) === null) {
    if (await attempt(query, `CREATE TEMP TABLE ${q(a.temp)} ()`) === null) return false;
    for (const column of columns) await attempt(query, `ALTER TABLE ${q(a.temp)} ADD COLUMN ${column}`);
  }
  for (const sql of setupStatements(a)) await attempt(query, sql);
  return true;
}

/** Adds each check (and partial index) to the temp table, so that the server prints it. */
function printStatements(temp: string, print: Print): string[] {
  const out: string[] = [];
  for (const [j, check] of print.checks.entries()) {
    if (check && isSingleExpression(check)) out.push(`ALTER TABLE ${q(temp)} ADD CONSTRAINT ${q(`${print.tag}_${j}`)} CHECK (${check})`);
  }
  for (const [j, index] of print.wheres.entries()) {
    if (!index.where || !isSingleExpression(index.where)) continue;
    out.push(`CREATE INDEX ${q(`${temp}_${print.tag}_${j}`)} ON ${q(temp)} (${indexColumnNames(index).map(q).join(", ")}) WHERE ${index.where}`);
  }
  return out;
}

/** The model's first printings, to be printed again. */
function reprint(a: Asked, once: Printed): Print {
  const first = printedBy(once, a.temp, a.model);
  return {
    tag: "m2",
    checks: first.checks.map((p) => p[0] ?? ""),
    wheres: a.job.wheres.map((w, i) => ({ ...w, where: first.wheres[i]![0] ?? "" })),
  };
}

/** How the server printed each check and predicate of a print: [] where adding it failed. */
function printedBy(printed: Printed, temp: string, print: Print): { checks: string[][]; wheres: string[][] } {
  const checks = printed.checks.get(temp);
  const found = (value: string | undefined): string[] => (value === undefined ? [] : [value]);
  return {
    checks: print.checks.map((_, j) => found(checks?.get(`${print.tag}_${j}`))),
    wheres: print.wheres.map((_, j) => found(printed.wheres.get(`${temp}_${print.tag}_${j}`))),
  };
}

function fileAnswers(a: Asked, again: Print, once: Printed, twice: Printed, answers: Answers): void {
  const first = printedBy(once, a.temp, a.model);
  const second = printedBy(twice, a.temp, again);
  const dbChecks = printedBy(once, a.temp, a.dbChecks);
  const dbWheres = printedBy(once, a.temp, a.dbWheres);
  a.job.checks.forEach((check, i) => answers.checks.set(check, [...first.checks[i]!, ...second.checks[i]!]));
  a.job.wheres.forEach((index, i) => answers.wheres.set(index, [...first.wheres[i]!, ...second.wheres[i]!]));
  a.job.db.checks.forEach((check, i) => answers.checks.set(check, [check.expression, ...dbChecks.checks[i] ?? []]));
  a.dbIndexes.forEach((index, i) => answers.wheres.set(index, [index.where!, ...dbWheres.wheres[i]!]));
}

/** The checks and partial-index predicates on the temp tables, as introspection prints them. */
async function readPrinted(query: QueryFn, temps: readonly string[]): Promise<Printed> {
  if (temps.length === 0) return NOTHING_PRINTED;
  const params = [JSON.stringify(temps)];
  const checks = new Map<string, Map<string, string>>();
  for (const row of await query<{ temp: string; name: string; definition: string }>(statement(CHECKS, params))) {
    const own = checks.get(row.temp) ?? new Map<string, string>();
    own.set(row.name, checkExpression(row.definition));
    checks.set(row.temp, own);
  }
  const wheres = new Map<string, string>();
  for (const row of await query<{ name: string; predicate: string | null }>(statement(PREDICATES, params))) {
    if (row.predicate !== null) wheres.set(row.name, stripOuterParens(row.predicate));
  }
  return { checks, wheres };
}

/** Per asked column: whether the real table's column of that name has the same type and the same default text. */
async function readColumns(query: QueryFn, built: readonly Asked[], answers: Answers): Promise<void> {
  const pairs = built.filter((a) => a.job.columns.length > 0)
    .map((a) => ({ temp: `pg_temp.${q(a.temp)}`, real: qualifiedTable(postgresSyntax, a.job.db), asked: a.job.columns }));
  if (pairs.length === 0) return;
  const byTemp = new Map(pairs.map((p) => [p.temp, new Map(p.asked.map((c) => [c.name, c]))]));
  const params = [JSON.stringify(pairs.map(({ temp, real }) => ({ temp, real })))];
  for (const row of await query<{ temp: string; name: string; same_type: boolean; same_default: boolean }>(statement(COLUMNS, params))) {
    const column = byTemp.get(row.temp)?.get(row.name);
    if (column && row.same_type) answers.sameType.add(column);
    if (column && row.same_default && column.default !== null) answers.sameDefault.add(column);
  }
}

/** $1: the temp tables' names (JSON). The same calls introspection makes, so both sides are printed alike. */
const CHECKS = `SELECT t.relname AS temp, con.conname AS name, pg_get_constraintdef(con.oid) AS definition
  FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_class t ON t.oid = con.conrelid
 WHERE t.relnamespace = pg_my_temp_schema() AND t.relname IN (SELECT jsonb_array_elements_text($1::jsonb)) AND con.contype = 'c'`;
const PREDICATES = `SELECT c.relname AS name, pg_get_expr(i.indpred, i.indrelid) AS predicate
  FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
 WHERE t.relnamespace = pg_my_temp_schema() AND t.relname IN (SELECT jsonb_array_elements_text($1::jsonb))`;

/** $1: JSON [{temp, real}] of qualified table names. */
const COLUMNS = `SELECT p.temp, a.attname AS name, a.atttypid = b.atttypid AND a.atttypmod = b.atttypmod AS same_type,
       pg_get_expr(da.adbin, da.adrelid) IS NOT DISTINCT FROM pg_get_expr(db.adbin, db.adrelid) AS same_default
  FROM jsonb_to_recordset($1::jsonb) AS p(temp text, real text)
  JOIN pg_catalog.pg_attribute a ON a.attrelid = to_regclass(p.temp) AND a.attnum > 0 AND NOT a.attisdropped
  JOIN pg_catalog.pg_attribute b ON b.attrelid = to_regclass(p.real) AND b.attname = a.attname AND NOT b.attisdropped
  LEFT JOIN pg_catalog.pg_attrdef da ON da.adrelid = a.attrelid AND da.adnum = a.attnum
  LEFT JOIN pg_catalog.pg_attrdef db ON db.adrelid = b.attrelid AND db.adnum = b.attnum`;

/**
 * "Ask the database" for what text normalisation cannot settle. PostgreSQL
 * stores expressions as parse trees and prints them back its own way
 * (`code IN ('a')` → `code = ANY (ARRAY['a'::text])`, `length(name)` →
 * `length(name::text)`), so for every check, partial-index predicate,
 * default and type of a model table that still differs from the database
 * after equivalence, the model's version is put through the catalog: a TEMP
 * table with the model's columns gets the model's check, index, default;
 * the server prints them back; where that equals the database's own text
 * (or, for types and defaults, the catalog says the same), the model takes
 * the database's spelling, and compare finds nothing.
 *
 * Printing is not idempotent: re-parsing `ARRAY['a'::varchar]::text[]`
 * prints `ARRAY['a'::varchar::text]`, which is what a check restored from
 * its printed text (a downgrade) reads back. So both sides are printed
 * again, and they are the same when any printing of one equals any printing
 * of the other. Everything runs in a transaction (or savepoint) that is
 * rolled back; what fails to build keeps the model's text, so a real
 * difference always stays a difference.
 */
import type { CheckConstraint, Column, Index, Schema, Table } from "../../schema/ir.js";
import type { DefaultValue } from "../../schema/types.js";
import type { QueryFn } from "../dialect.js";
import { literal, qualifiedTable, statement } from "../shared/syntax.js";
import { postgresEquivalence as eq } from "./equivalence.js";
import { checkExpression } from "./introspect.js";
import { attempt, isolated, isSingleExpression } from "./isolated.js";
import { postgresSyntax, quoteIdentifier as q, quoteString } from "./quote.js";
import { postgresType } from "./types.js";

/** One model table's questions, against its database counterpart. */
interface Job {
  readonly model: Table;
  readonly db: Table;
  readonly checks: CheckConstraint[];
  readonly wheres: Index[];
  /** Columns whose type or default differs from the database's. */
  readonly columns: Column[];
}

/** Each expression's printings by the server (its own text first for the database's side). */
interface Answers {
  readonly checks: Map<CheckConstraint, string[]>;
  readonly wheres: Map<Index, string[]>;
  readonly sameType: Set<Column>;
  readonly sameDefault: Set<Column>;
}

const key = (t: { name: string; schema: string | null }): string => `${t.schema ?? ""}\u0000${t.name}`;

function jobFor(model: Table, db: Table): Job | null {
  const dbColumns = new Map(db.columns.map((c) => [c.name, c]));
  const checks = model.checks.filter((m) => (m.name === null
    ? !db.checks.some((d) => eq.sameCheck(d, m))
    : db.checks.some((d) => d.name === m.name && !eq.sameCheck(d, m))));
  const wheres = model.indexes.filter((m) => m.where !== null
    && db.indexes.some((d) => d.name === m.name && d.where !== null && !eq.sameWhere(d, m)));
  const columns = model.columns.filter((m) => {
    const d = dbColumns.get(m.name);
    if (!d) return false;
    const defaultDiffers = d.default !== null && m.default !== null && !eq.sameDefault(d, m, model);
    return defaultDiffers || !eq.sameType(d, m, model);
  });
  return checks.length + wheres.length + columns.length === 0 ? null : { model, db, checks, wheres, columns };
}

/**
 * The models with each check expression, index predicate, default and type
 * that the database proves equal to its own replaced by the database's
 * version of it; everything else as it was.
 */
export async function canonicalExpressions(query: QueryFn, models: Schema, database: Schema): Promise<Schema> {
  const dbTables = new Map(database.tables.map((t) => [key(t), t]));
  const jobs = models.tables.flatMap((model) => {
    const db = dbTables.get(key(model));
    const job = db ? jobFor(model, db) : null;
    return job ? [job] : [];
  });
  if (jobs.length === 0) return models;
  const answers: Answers = { checks: new Map(), wheres: new Map(), sameType: new Set(), sameDefault: new Set() };
  await isolated(query, async () => {
    await createMissingEnums(query, models, database);
    for (const [i, job] of jobs.entries()) await ask(query, job, `athanor_canon_${i}`, answers);
  });
  const byModel = new Map(jobs.map((job) => [job.model, job]));
  return { ...models, tables: models.tables.map((table) => {
    const job = byModel.get(table);
    return job ? rewrite(job, answers) : table;
  }) };
}

/** Enum types the models add, so that columns and expressions using them can be built (rolled back with the rest). */
async function createMissingEnums(query: QueryFn, models: Schema, database: Schema): Promise<void> {
  const existing = new Set(database.enums.map(key));
  for (const e of models.enums) {
    if (existing.has(key(e))) continue;
    await attempt(query, `CREATE TYPE ${qualifiedTable(postgresSyntax, e)} AS ENUM (${e.values.map(quoteString).join(", ")})`);
  }
}

const defaultSql = (value: DefaultValue): string => (value.kind === "sql" ? value.sql : literal(postgresSyntax, value.value));

async function ask(query: QueryFn, job: Job, temp: string, answers: Answers): Promise<void> {
  const { model } = job;
  const columns = model.columns.map((c) => `${q(c.name)} ${postgresType(c.type)}`);
  // All columns at once; if one type cannot be built, the others one by one.
  if (await attempt(query, `CREATE TEMP TABLE ${q(temp)} (${columns.join(", ")})`) === null) {
    if (await attempt(query, `CREATE TEMP TABLE ${q(temp)} ()`) === null) return;
    for (const column of columns) await attempt(query, `ALTER TABLE ${q(temp)} ADD COLUMN ${column}`);
  }
  for (const column of job.columns) {
    if (column.default === null || !isSingleExpression(defaultSql(column.default))) continue;
    await attempt(query, `ALTER TABLE ${q(temp)} ALTER COLUMN ${q(column.name)} SET DEFAULT ${defaultSql(column.default)}`);
  }
  const dbIndexes = job.wheres.map((m) => job.db.indexes.find((d) => d.name === m.name)!);
  const models = await printTwice(query, temp, "m", job.checks.map((c) => c.expression), job.wheres);
  const dbChecks = await print(query, temp, "d", job.checks.length > 0 ? job.db.checks.map((c) => c.expression) : [], []);
  const dbWheres = await print(query, temp, "w", [], job.wheres.map((m, i) => ({ ...m, where: dbIndexes[i]!.where })));
  job.checks.forEach((check, i) => answers.checks.set(check, models.checks[i]!));
  job.wheres.forEach((index, i) => answers.wheres.set(index, models.wheres[i]!));
  job.db.checks.forEach((check, i) => answers.checks.set(check, [check.expression, ...dbChecks.checks[i] ?? []]));
  dbIndexes.forEach((index, i) => answers.wheres.set(index, [index.where!, ...dbWheres.wheres[i]!]));
  const params = [`pg_temp.${q(temp)}`, qualifiedTable(postgresSyntax, job.db)];
  const asked = new Map(job.columns.map((c) => [c.name, c]));
  for (const row of await query<{ name: string; same_type: boolean; same_default: boolean }>(statement(COLUMNS, params))) {
    const column = asked.get(row.name);
    if (column && row.same_type) answers.sameType.add(column);
    if (column && row.same_default && column.default !== null) answers.sameDefault.add(column);
  }
}

interface Printed { readonly checks: string[][]; readonly wheres: string[][] }

/** The server's printing of each check and predicate, and its printing of that printing. */
async function printTwice(query: QueryFn, temp: string, tag: string, checks: string[], wheres: Index[]): Promise<Printed> {
  const once = await print(query, temp, `${tag}1`, checks, wheres);
  const twice = await print(query, temp, `${tag}2`, once.checks.map((p) => p[0] ?? ""),
    wheres.map((w, i) => ({ ...w, where: once.wheres[i]![0] ?? "" })));
  return {
    checks: once.checks.map((p, i) => [...p, ...twice.checks[i]!]),
    wheres: once.wheres.map((p, i) => [...p, ...twice.wheres[i]!]),
  };
}

/** Adds each check (and partial index) to the temp table and reads back how the server prints it: [] where it failed. */
async function print(query: QueryFn, temp: string, tag: string, checks: string[], wheres: Index[]): Promise<Printed> {
  for (const [j, check] of checks.entries()) {
    if (check && isSingleExpression(check)) await attempt(query, `ALTER TABLE ${q(temp)} ADD CONSTRAINT ${q(`${tag}_${j}`)} CHECK (${check})`);
  }
  for (const [j, index] of wheres.entries()) {
    if (!index.where || !isSingleExpression(index.where)) continue;
    await attempt(query, `CREATE INDEX ${q(`${temp}_${tag}_${j}`)} ON ${q(temp)} (${index.columns.map(q).join(", ")}) WHERE ${index.where}`);
  }
  const table = [`pg_temp.${q(temp)}`];
  const printedChecks = new Map<string, string>();
  if (checks.length > 0) {
    for (const row of await query<{ name: string; definition: string }>(statement(CHECKS, table))) {
      printedChecks.set(row.name, checkExpression(row.definition));
    }
  }
  const printedWheres = new Map<string, string>();
  if (wheres.length > 0) {
    for (const row of await query<{ name: string; predicate: string | null }>(statement(PREDICATES, table))) {
      if (row.predicate !== null) printedWheres.set(row.name, row.predicate);
    }
  }
  const found = (map: Map<string, string>, name: string): string[] => (map.has(name) ? [map.get(name)!] : []);
  return {
    checks: checks.map((_, j) => found(printedChecks, `${tag}_${j}`)),
    wheres: wheres.map((_, j) => found(printedWheres, `${temp}_${tag}_${j}`)),
  };
}

/** Per temp column: whether the real table's column of that name has the same type and the same default text. */
const COLUMNS = `SELECT a.attname AS name, a.atttypid = b.atttypid AND a.atttypmod = b.atttypmod AS same_type,
       pg_get_expr(da.adbin, da.adrelid) IS NOT DISTINCT FROM pg_get_expr(db.adbin, db.adrelid) AS same_default
  FROM pg_catalog.pg_attribute a
  JOIN pg_catalog.pg_attribute b ON b.attrelid = to_regclass($2) AND b.attname = a.attname AND NOT b.attisdropped
  LEFT JOIN pg_catalog.pg_attrdef da ON da.adrelid = a.attrelid AND da.adnum = a.attnum
  LEFT JOIN pg_catalog.pg_attrdef db ON db.adrelid = b.attrelid AND db.adnum = b.attnum
 WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped`;

/** The same calls introspection makes, so both sides are printed alike. */
const CHECKS = `SELECT conname AS name, pg_get_constraintdef(oid, true) AS definition
  FROM pg_catalog.pg_constraint WHERE conrelid = to_regclass($1) AND contype = 'c'`;
const PREDICATES = `SELECT c.relname AS name, pg_get_expr(i.indpred, i.indrelid, true) AS predicate
  FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass($1)`;

/** Whether some printing of one is some printing of the other. */
const meet = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean =>
  a !== undefined && b !== undefined && a.some((x) => b.includes(x));

function rewrite(job: Job, answers: Answers): Table {
  const { model, db } = job;
  const dbColumns = new Map(db.columns.map((c) => [c.name, c]));
  const claimed = new Set<CheckConstraint>();
  const checks = model.checks.map((check) => {
    if (!answers.checks.has(check)) return check;
    const match = db.checks.find((d) => !claimed.has(d) && (check.name === null || d.name === check.name)
      && meet(answers.checks.get(check), answers.checks.get(d)));
    if (!match) return check;
    claimed.add(match);
    return { ...check, expression: match.expression };
  });
  const indexes = model.indexes.map((index) => {
    const match = db.indexes.find((d) => d.name === index.name);
    return match && meet(answers.wheres.get(index), answers.wheres.get(match)) ? { ...index, where: match.where } : index;
  });
  const columns = model.columns.map((column) => {
    const found = dbColumns.get(column.name);
    if (!found) return column;
    const typeDiffers = !eq.sameType(found, column, model);
    const sameType = !typeDiffers || answers.sameType.has(column);
    const type = typeDiffers && sameType ? found.type : column.type;
    const sameDefault = sameType && answers.sameDefault.has(column);
    return { ...column, type, default: sameDefault ? found.default : column.default };
  });
  return { ...model, checks, indexes, columns };
}

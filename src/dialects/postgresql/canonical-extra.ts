/**
 * canonical.ts for the expressions it does not cover: index expression keys,
 * generated column expressions, verbatim constraint definitions (EXCLUDE)
 * and partition bounds (a timestamptz bound prints its time and zone).
 * The model's version is built on a TEMP table with the model's columns, the
 * server prints it back as introspection reads it (non-pretty), and where
 * that equals the database's text the model takes the database's spelling.
 * One batch of statements (each retried alone if the batch fails) and three
 * catalog reads, whatever the number of tables.
 */
import type { Column, Index, IndexKey, Table, VerbatimConstraint } from "../../schema/ir.js";
import type { QueryFn } from "../dialect.js";
import { qualifiedTable, statement } from "../shared/syntax.js";
import { stripOuterParens } from "../shared/introspect-values.js";
import { collationSql, indexKeySql } from "./ddl-parts.js";
import { normalizeExpression } from "./equivalence.js";
import { attemptEach, isSingleExpression } from "./isolated.js";
import { postgresSyntax, quoteIdentifier as q } from "./quote.js";
import { postgresType } from "./types.js";

export interface ExtraJob {
  readonly model: Table;
  readonly db: Table;
  readonly indexes: readonly Index[];
  readonly generated: readonly Column[];
  readonly constraints: readonly VerbatimConstraint[];
  /** The database's parent of a partition whose bound is spelled otherwise, to build a partition of its kind. */
  readonly boundParent: Table | null;
}

const same = (a: string, b: string): boolean => normalizeExpression(a) === normalizeExpression(b);
const expressionOf = (key: Index["columns"][number]): string | undefined => (typeof key === "string" ? undefined : key.expression);

/** What of a model table differs from its database counterpart only by text the server may print alike. */
export function extraJobFor(model: Table, db: Table, tableOf: (name: string, schema: string | null) => Table | undefined): ExtraJob | null {
  const indexes = model.indexes.filter((m) => {
    const d = db.indexes.find((x) => x.name === m.name);
    return d !== undefined && d.columns.length === m.columns.length && m.columns.some((key, i) => {
      const [a, b] = [expressionOf(key), expressionOf(d.columns[i]!)];
      return a !== undefined && b !== undefined && !same(a, b);
    });
  });
  const generated = model.columns.filter((m) => {
    const d = db.columns.find((x) => x.name === m.name);
    return m.generated !== undefined && d?.generated !== undefined && !same(m.generated.expression, d.generated.expression);
  });
  const constraints = (model.constraints ?? []).filter((m) => {
    const d = (db.constraints ?? []).find((x) => x.name === m.name);
    return d !== undefined && !same(d.definition, m.definition);
  });
  const [mine, theirs] = [model.options?.partitionOf, db.options?.partitionOf];
  const boundParent = mine && theirs && mine.parent === theirs.parent && (mine.parentSchema ?? null) === (theirs.parentSchema ?? null)
    && !same(mine.bound, theirs.bound) ? tableOf(theirs.parent, theirs.parentSchema ?? db.schema) ?? null : null;
  const asked = indexes.length + generated.length + constraints.length + (boundParent?.options?.partitionBy ? 1 : 0);
  return asked === 0 ? null : { model, db, indexes, generated, constraints, boundParent };
}

interface Printed {
  readonly keys: Map<string, (string | null)[]>;
  readonly generated: Map<string, string>;
  readonly constraints: Map<string, string>;
  readonly bounds: Map<string, string>;
}

const temp = (i: number): string => `athanor_canx_${i}`;
const columnSql = (c: Column): string => `${q(c.name)} ${postgresType(c.type)}${c.collation ? ` COLLATE ${collationSql(c.collation)}` : ""}`;

function statementsOf(job: ExtraJob, i: number): string[][] {
  const t = q(temp(i));
  const plain = job.model.columns.filter((c) => !c.generated);
  const groups: string[][] = [[`CREATE TEMP TABLE ${t} (${plain.map(columnSql).join(", ")})`]];
  job.indexes.forEach((index, j) => {
    const keys = index.columns.map((key) => indexKeySql(key));
    if (!keys.every(isSingleExpression)) return;
    const using = index.using ? ` USING ${index.using}` : "";
    groups.push([`CREATE INDEX ${q(`${temp(i)}_i${j}`)} ON ${t}${using} (${keys.join(", ")})`]);
  });
  job.generated.forEach((column, j) => {
    if (!isSingleExpression(column.generated!.expression)) return;
    groups.push([`ALTER TABLE ${t} ADD COLUMN ${q(`athanor_g${j}`)} ${postgresType(column.type)} GENERATED ALWAYS AS (${column.generated!.expression}) STORED`]);
  });
  job.constraints.forEach((constraint, j) => {
    if (!isSingleExpression(constraint.definition)) return;
    groups.push([`ALTER TABLE ${t} ADD CONSTRAINT ${q(`athanor_c${j}`)} ${constraint.definition}`]);
  });
  const parent = job.boundParent;
  const bound = job.model.options?.partitionOf?.bound;
  if (parent?.options?.partitionBy && bound && isSingleExpression(bound)) {
    // A temporary parent like the real one, and the model's bound on a partition of it.
    const like = qualifiedTable(postgresSyntax, parent);
    groups.push([`CREATE TEMP TABLE ${q(`${temp(i)}_p`)} (LIKE ${like}) PARTITION BY ${parent.options.partitionBy}`,
      `CREATE TEMP TABLE ${q(`${temp(i)}_b`)} PARTITION OF ${q(`${temp(i)}_p`)} ${bound}`]);
  }
  // Each statement needs the table: a group of its own after it, so one failing leaves the others.
  return [[...groups[0]!], ...groups.slice(1)];
}

/** Asks every job's questions (inside `isolated`) and returns the models with the database's spellings where proven equal. */
export async function askExtra(query: QueryFn, jobs: readonly ExtraJob[]): Promise<Map<Table, Table>> {
  await attemptEach(query, jobs.flatMap((job, i) => statementsOf(job, i)));
  const params = [JSON.stringify(jobs.map((_, i) => temp(i)))];
  const printed: Printed = { keys: new Map(), generated: new Map(), constraints: new Map(), bounds: new Map() };
  const bounds = [JSON.stringify(jobs.map((_, i) => `${temp(i)}_b`))];
  for (const row of await query<{ name: string; bound: string }>(statement(BOUNDS, bounds))) printed.bounds.set(row.name, row.bound);
  for (const row of await query<{ name: string; definitions: (string | null)[] }>(statement(KEYS, params))) printed.keys.set(row.name, row.definitions);
  for (const row of await query<{ temp: string; name: string; expression: string }>(statement(GENERATED, params))) {
    printed.generated.set(`${row.temp}.${row.name}`, stripOuterParens(row.expression));
  }
  for (const row of await query<{ temp: string; name: string; definition: string }>(statement(CONSTRAINTS, params))) {
    printed.constraints.set(`${row.temp}.${row.name}`, row.definition);
  }
  return new Map(jobs.map((job, i) => [job.model, rewrite(job, i, printed)]));
}

function rewrite(job: ExtraJob, i: number, printed: Printed): Table {
  const { model, db } = job;
  const indexes = model.indexes.map((index) => {
    const j = job.indexes.indexOf(index);
    const keys = j < 0 ? undefined : printed.keys.get(`${temp(i)}_i${j}`);
    const dbIndex = db.indexes.find((x) => x.name === index.name);
    if (keys === undefined || dbIndex === undefined) return index;
    const columns = index.columns.map((key, k) => {
      const dbExpression = expressionOf(dbIndex.columns[k]!);
      const mine = keys[k];
      if (typeof key === "string" || key.expression === undefined || dbExpression === undefined || !mine) return key;
      return same(stripOuterParens(mine), dbExpression) ? ({ ...key, expression: dbExpression } satisfies IndexKey) : key;
    });
    return { ...index, columns };
  });
  const columns = model.columns.map((column) => {
    const j = job.generated.indexOf(column);
    const mine = j < 0 ? undefined : printed.generated.get(`${temp(i)}.athanor_g${j}`);
    const dbColumn = db.columns.find((x) => x.name === column.name);
    if (mine === undefined || !dbColumn?.generated || !same(mine, dbColumn.generated.expression)) return column;
    return { ...column, generated: { ...column.generated!, expression: dbColumn.generated.expression } };
  });
  const constraints = model.constraints?.map((constraint) => {
    const j = job.constraints.indexOf(constraint);
    const mine = j < 0 ? undefined : printed.constraints.get(`${temp(i)}.athanor_c${j}`);
    const dbConstraint = db.constraints?.find((x) => x.name === constraint.name);
    if (mine === undefined || dbConstraint === undefined || !same(mine, dbConstraint.definition)) return constraint;
    return { ...constraint, definition: dbConstraint.definition };
  });
  const mine = printed.bounds.get(`${temp(i)}_b`);
  const theirs = db.options?.partitionOf;
  const options = mine !== undefined && theirs && model.options?.partitionOf && same(mine, theirs.bound)
    ? { ...model.options, partitionOf: { ...model.options.partitionOf, bound: theirs.bound } } : model.options;
  return { ...model, indexes, columns, ...(constraints ? { constraints } : {}), ...(options ? { options } : {}) };
}

/** $1: the temp tables' names (JSON). The same printing introspection does. */
const KEYS = `SELECT c.relname AS name,
       ARRAY(SELECT CASE WHEN i.indkey[k.ord - 1] = 0 THEN pg_get_indexdef(i.indexrelid, k.ord::int, false) END
               FROM generate_series(1, i.indnkeyatts) k(ord) ORDER BY k.ord)::text[] AS definitions
  FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
 WHERE t.relnamespace = pg_my_temp_schema() AND t.relname IN (SELECT jsonb_array_elements_text($1::jsonb))`;
const GENERATED = `SELECT t.relname AS temp, a.attname AS name, pg_get_expr(d.adbin, d.adrelid) AS expression
  FROM pg_catalog.pg_attrdef d JOIN pg_catalog.pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
  JOIN pg_catalog.pg_class t ON t.oid = d.adrelid
 WHERE t.relnamespace = pg_my_temp_schema() AND t.relname IN (SELECT jsonb_array_elements_text($1::jsonb)) AND a.attgenerated = 's'`;
const BOUNDS = `SELECT c.relname AS name, pg_get_expr(c.relpartbound, c.oid) AS bound FROM pg_catalog.pg_class c
 WHERE c.relnamespace = pg_my_temp_schema() AND c.relispartition AND c.relname IN (SELECT jsonb_array_elements_text($1::jsonb))`;
const CONSTRAINTS = `SELECT t.relname AS temp, con.conname AS name, pg_get_constraintdef(con.oid) AS definition
  FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_class t ON t.oid = con.conrelid
 WHERE t.relnamespace = pg_my_temp_schema() AND t.relname IN (SELECT jsonb_array_elements_text($1::jsonb))`;

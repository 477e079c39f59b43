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
 * difference always stays a difference. canonical-ask.ts puts the
 * questions to the server, in a few batches for all tables.
 */
import type { CheckConstraint, Schema, Table } from "../../schema/ir.js";
import type { QueryFn } from "../dialect.js";
import { qualifiedTable } from "../shared/syntax.js";
import { askAll, type Answers, type Job } from "./canonical-ask.js";
import { askExtra, extraJobFor, type ExtraJob } from "./canonical-extra.js";
import { askByExplain } from "./canonical-explain.js";
import { postgresReadOnly } from "./read-only.js";
import { postgresEquivalence as eq } from "./equivalence.js";
import { prettyChecks } from "./introspect.js";
import { attemptEach, isolated } from "./isolated.js";
import { postgresSyntax, quoteString } from "./quote.js";

const key = (t: { name: string; schema: string | null }): string => `${t.schema ?? ""}\u0000${t.name}`;

/**
 * The model with each check that differs from the database's plain printing
 * but is its pretty one (what the server printed before issue 13, and what
 * models usually write) taken as the database's: no temp table for it.
 */
function adoptPretty(model: Table, db: Table): Table {
  const claimed = new Set<CheckConstraint>();
  let changed = false;
  const checks = model.checks.map((check) => {
    if (db.checks.some((d) => (check.name === null || d.name === check.name) && eq.sameCheck(d, check))) return check;
    const match = db.checks.find((d) => !claimed.has(d) && (check.name === null || d.name === check.name)
      && prettyChecks.has(d) && eq.sameExpression(prettyChecks.get(d)!, check.expression));
    if (!match) return check;
    claimed.add(match);
    changed = true;
    return { ...check, expression: match.expression };
  });
  return changed ? { ...model, checks } : model;
}

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
  models = { ...models, tables: models.tables.map((model) => {
    const db = dbTables.get(key(model));
    return db ? adoptPretty(model, db) : model;
  }) };
  const jobs = models.tables.flatMap((model) => {
    const db = dbTables.get(key(model));
    const job = db ? jobFor(model, db) : null;
    return job ? [job] : [];
  });
  const extraJobs = models.tables.flatMap((model): ExtraJob[] => {
    const db = dbTables.get(key(model));
    const job = db ? extraJobFor(model, db, (name, schema) => dbTables.get(key({ name, schema }))) : null;
    return job ? [job] : [];
  });
  if (jobs.length === 0 && extraJobs.length === 0) return models;
  // Where nothing may be written (a hot standby), no temp table either: the questions go through EXPLAIN, and
  // those it cannot put (canonical-extra.ts's) leave their differences as they are.
  const readOnly = (await postgresReadOnly(query)) !== null;
  const [answers, extra] = await isolated(query, async () => {
    if (readOnly) return [jobs.length > 0 ? await askByExplain(query, jobs) : null, new Map<Table, Table>()] as const;
    await createMissingEnums(query, models, database);
    const asked = jobs.length > 0 ? await askAll(query, jobs) : null;
    return [asked, extraJobs.length > 0 ? await askExtra(query, extraJobs) : new Map<Table, Table>()] as const;
  });
  const byModel = new Map(jobs.map((job) => [job.model, job]));
  return { ...models, tables: models.tables.map((table) => {
    const job = byModel.get(table);
    const rewritten = job && answers ? rewrite(job, answers) : table;
    const more = extra.get(table);
    // Each rewrite changes its own fields only: the second's on top of the first's.
    if (!more) return rewritten;
    return {
      ...rewritten,
      indexes: rewritten.indexes.map((index, i) => ({ ...index, columns: more.indexes[i]!.columns })),
      columns: rewritten.columns.map((c, i) => {
        const generated = more.columns[i]!.generated;
        return generated ? { ...c, generated } : c;
      }),
      ...(more.constraints ? { constraints: more.constraints } : {}),
      ...(more.options ? { options: more.options } : {}),
    };
  }) };
}

/** Enum types the models add, so that columns and expressions using them can be built (rolled back with the rest). */
async function createMissingEnums(query: QueryFn, models: Schema, database: Schema): Promise<void> {
  const existing = new Set(database.enums.map(key));
  const creates = models.enums.filter((e) => !existing.has(key(e)))
    .map((e) => [`CREATE TYPE ${qualifiedTable(postgresSyntax, e)} AS ENUM (${e.values.map(quoteString).join(", ")})`]);
  await attemptEach(query, creates);
}

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

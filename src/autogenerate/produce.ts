/**
 * The autogenerate pipeline shared by `revision --autogenerate` and
 * `check`: read the database, load the models, bring both into the
 * dialect's stored form, filter with includeObject, compare, and name what
 * the models leave unnamed.
 */
import type { ResolvedDatabase } from "../config/load.js";
import type { Connection, Dialect, QueryFn } from "../dialects/dialect.js";
import { loadModels } from "../models.js";
import { applyOperation } from "../operations/apply.js";
import type { Operation, TableAlteration } from "../operations/operation.js";
import { ModelError } from "../errors.js";
import type { Column, ForeignKey, Schema, Table } from "../schema/ir.js";
import { compareSchemas, tableKey } from "./compare.js";
import { confirmDefaultChanges } from "./confirm-defaults.js";
import { filterSchema, includeFor } from "./filter.js";
import { readSchemas } from "./read-schemas.js";
import { nameConstraints } from "./naming.js";
import { resolveRenames, type AskRename } from "./rename-candidates.js";

export interface RenameHints {
  /** --rename-table old:new */
  readonly tables: readonly { from: string; to: string }[];
  /** --rename-column table.old:new */
  readonly columns: readonly { table: string; from: string; to: string }[];
}

export const NO_RENAMES: RenameHints = { tables: [], columns: [] };

export interface Produced {
  /** The ops that make the database match the models (renames first, as the hints say). */
  readonly operations: Operation[];
  /** The database as read, every table (filtered or not): what the upgrade starts from. */
  readonly database: Schema;
  /** The models as loaded. */
  readonly models: Schema;
  /** The database as compared: filtered by includeObject, before renames (what `check --diff` shows the ops on). */
  readonly comparedDatabase: Schema;
}

export async function produceOperations(
  db: ResolvedDatabase, connection: Connection, renames: RenameHints = NO_RENAMES, askRename?: AskRename,
): Promise<Produced> {
  const modelsPath = requireModelsPath(db);
  const dialect = connection.dialect;
  const query: QueryFn = (statement) => connection.query(statement);
  // The connection's own schema is read while the models load: a server works through its catalog queries
  // while this process runs the models module. Its failure is reported when it is awaited, after the models'.
  const ownSchema = dialect.introspect(query);
  ownSchema.catch(() => {});
  const models = await loadModels(modelsPath, dialect);
  // Every other schema the models place a table in is read too, so such a table is compared, not created again.
  const others = models.tables.map((t) => t.schema).filter((s): s is string => s !== null);
  const introspected = await readSchemas(connection, others, await ownSchema);
  return compareWithModels(db, dialect, introspected, models, renames, query, askRename);
}

/**
 * `revision --autogenerate --baseline`: the models compared with an empty database, so the revision creates
 * the whole schema. No connection: the database need not be at head, nor reachable.
 */
export async function produceBaseline(db: ResolvedDatabase, dialect: Dialect): Promise<Produced> {
  const models = await loadModels(requireModelsPath(db), dialect);
  return compareWithModels(db, dialect, { tables: [], enums: [] }, models, NO_RENAMES, null);
}

function requireModelsPath(db: ResolvedDatabase): string {
  if (!db.modelsPath) throw new ModelError(`no models module: set "models" in ${db.configPath}`);
  return db.modelsPath;
}

/** The ops that take `introspected` to the models; `query` (absent for a baseline) lets the database spell expressions. */
async function compareWithModels(
  db: ResolvedDatabase, dialect: Dialect, introspected: Schema, models: Schema, renames: RenameHints, query: QueryFn | null,
  askRename?: AskRename,
): Promise<Produced> {
  const include = includeFor(db);
  // Only an includeObject can leave out columns, indexes or constraints (the own tables are whole tables).
  const objects = Boolean(db.includeObject);
  // Sorted by (schema, name): the revision must not depend on the order the catalog or the models list tables.
  const database = sortedTables(filterSchema(introspected, true, include, objects));
  const wanted = sortedTables(filterSchema(models, false, include, objects));
  const stored = sortedTables(filterSchema(dialect.comparison.storedForm(models), false, include, objects));
  // Candidates are judged on the stored form, whose types are what the comparison holds against the database's.
  const eq = dialect.comparison.equivalence;
  const hints = askRename ? await resolveRenames(database, stored, (d, m, t) => eq.sameType(d, m, t), renames, askRename) : renames;
  const renameOps = renameOperations(database, wanted, hints);
  const renamed = renameOps.reduce(applyRename, database);
  // Where a dialect can have the database spell the models' expressions its own way (PostgreSQL, MySQL), it does.
  const comparison = dialect.comparison;
  const target = comparison.canonicalExpressions && query ? await comparison.canonicalExpressions(query, stored, renamed) : stored;
  const ops = compareSchemas(renamed, target, {
    compareType: db.compareType,
    compareServerDefault: db.compareServerDefault,
    equivalence: dialect.comparison.equivalence,
    enumTypes: dialect.comparison.enumTypes,
    batchAlterations: dialect.comparison.rebuildsTables,
  });
  const confirmed = query ? await confirmDefaultChanges(ops, target, dialect.comparison, query) : ops;
  const modelTables = tablesByKey(wanted);
  const written = confirmed.map((op) => asWritten(op, modelTables));
  const operations = [...renameOps, ...(comparison.keepsUnnamedConstraints ? written : nameConstraints(written, renamed, wanted))];
  return { operations, database: introspected, models, comparedDatabase: database };
}

const byKey = (a: Table, b: Table): number => {
  const [x, y] = [a.schema ?? "", b.schema ?? ""];
  return x !== y ? (x < y ? -1 : 1) : a.name === b.name ? 0 : a.name < b.name ? -1 : 1;
};

function sortedTables(schema: Schema): Schema {
  return { ...schema, tables: [...schema.tables].sort(byKey) };
}

/**
 * New tables and columns as the models write them (json() rather than the
 * TEXT SQLite stores, comments SQLite drops, a primary key's name), so the
 * revision file reads like the models; they compile to the same DDL.
 * Alterations keep the stored form: their types are compared with the
 * database's, and the data-loss warnings judge them.
 */
function asWritten(op: Operation, models: ReadonlyMap<string, Table>): Operation {
  const table = (ref: { name: string; schema: string | null }): Table | undefined => models.get(tableKey(ref));
  const column = (ref: { name: string; schema: string | null }, name: string): Column | undefined =>
    table(ref)?.columns.find((c) => c.name === name);
  const alteration = (sub: TableAlteration): TableAlteration => {
    if (sub.kind === "addColumn") return { ...sub, column: column(sub.table, sub.column.name) ?? sub.column };
    if (sub.kind === "createPrimaryKey") {
      const pk = table(sub.table)?.primaryKey;
      return pk ? { ...sub, primaryKey: pk } : sub;
    }
    return sub;
  };
  switch (op.kind) {
    case "createTable": {
      const model = table(op.table);
      if (!model) return op;
      return { ...op, table: {
        ...op.table,
        columns: op.table.columns.map((c) => model.columns.find((m) => m.name === c.name) ?? c),
        primaryKey: model.primaryKey,
        comment: model.comment,
      } };
    }
    case "batchAlterTable": return { ...op, ops: op.ops.map(alteration) };
    case "addColumn": case "createPrimaryKey": return alteration(op);
    default: return op;
  }
}

/** The schema's tables by tableKey (the first of a key, as a search in order finds it). */
function tablesByKey(schema: Schema): Map<string, Table> {
  const out = new Map<string, Table>();
  for (const t of schema.tables) if (!out.has(tableKey(t))) out.set(tableKey(t), t);
  return out;
}

/** A rename applied to the database's schema, foreign keys of other tables that point at the renamed table or column included. */
function applyRename(schema: Schema, op: Operation): Schema {
  const next = applyOperation(schema, op);
  const at = (t: Table, fk: ForeignKey, ref: { name: string; schema: string | null }): boolean =>
    fk.refTable === ref.name && (fk.refSchema ?? t.schema) === ref.schema;
  const pointing = (change: (t: Table, fk: ForeignKey) => ForeignKey): Schema => ({
    ...next,
    tables: next.tables.map((t) => ({ ...t, foreignKeys: t.foreignKeys.map((fk) => change(t, fk)) })),
  });
  if (op.kind === "renameTable") {
    return pointing((t, fk) => (at(t, fk, op.table) ? { ...fk, refTable: op.newName } : fk));
  }
  if (op.kind === "alterColumn" && op.changes.newName !== undefined) {
    const newName = op.changes.newName;
    return pointing((t, fk) => (at(t, fk, op.table) && fk.refColumns.includes(op.name)
      ? { ...fk, refColumns: fk.refColumns.map((c) => (c === op.name ? newName : c)) } : fk));
  }
  return next;
}

function renameOperations(database: Schema, models: Schema, renames: RenameHints): Operation[] {
  const ops: Operation[] = [];
  for (const { from, to } of renames.tables) {
    const table = database.tables.find((t) => t.name === from);
    if (!table) throw new ModelError(`--rename-table ${from}:${to}: the database has no table "${from}"`);
    if (!models.tables.some((t) => t.name === to)) throw new ModelError(`--rename-table ${from}:${to}: the models have no table "${to}"`);
    if (database.tables.some((t) => t.name === to && t.schema === table.schema)) {
      throw new ModelError(`--rename-table ${from}:${to}: the database already has a table "${to}"`);
    }
    ops.push({ kind: "renameTable", table: { name: from, schema: table.schema }, newName: to });
  }
  for (const { table, from, to } of renames.columns) {
    const renamedTable = renames.tables.find((r) => r.from === table)?.to ?? table;
    const found = database.tables.find((t) => t.name === table) ?? database.tables.find((t) => t.name === renamedTable);
    const column = found?.columns.find((c) => c.name === from);
    if (!found || !column) throw new ModelError(`--rename-column ${table}.${from}:${to}: the database has no column "${table}.${from}"`);
    if (!models.tables.find((t) => t.name === renamedTable)?.columns.some((c) => c.name === to)) {
      throw new ModelError(`--rename-column ${table}.${from}:${to}: the models have no column "${renamedTable}.${to}"`);
    }
    if (found.columns.some((c) => c.name === to)) {
      throw new ModelError(`--rename-column ${table}.${from}:${to}: table "${found.name}" already has a column "${to}"`);
    }
    ops.push({ kind: "alterColumn", table: { name: renamedTable, schema: found.schema }, name: from, changes: { newName: to },
      existing: { type: column.type, nullable: column.nullable, default: column.default, comment: column.comment, autoIncrement: column.autoIncrement } });
  }
  return ops;
}

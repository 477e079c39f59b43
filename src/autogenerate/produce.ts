/**
 * The autogenerate pipeline shared by `revision --autogenerate` and
 * `check`: read the database, load the models, bring both into the
 * dialect's stored form, filter with includeObject, compare.
 */
import type { ResolvedDatabase } from "../config/load.js";
import type { SchemaObjectInfo } from "../config/types.js";
import type { Connection } from "../dialects/dialect.js";
import { loadModels } from "../models.js";
import { applyOperation } from "../operations/apply.js";
import type { Operation } from "../operations/operation.js";
import { ModelError } from "../errors.js";
import type { Schema } from "../schema/ir.js";
import { compareSchemas } from "./compare.js";
import { confirmDefaultChanges } from "./confirm-defaults.js";
import { filterSchema } from "./filter.js";

export interface RenameHints {
  /** --rename-table old:new */
  readonly tables: readonly { from: string; to: string }[];
  /** --rename-column table.old:new */
  readonly columns: readonly { table: string; from: string; to: string }[];
}

export const NO_RENAMES: RenameHints = { tables: [], columns: [] };

/** The ops that make the database match the models (renames first, as the hints say). */
export async function produceOperations(
  db: ResolvedDatabase, connection: Connection, renames: RenameHints = NO_RENAMES,
): Promise<Operation[]> {
  if (!db.modelsPath) throw new ModelError(`no models module: set "models" in ${db.configPath}`);
  const dialect = connection.dialect;
  const models = await loadModels(db.modelsPath, dialect);
  const introspected = await dialect.introspect((statement) => connection.query(statement));
  const include = (obj: SchemaObjectInfo): boolean => obj.name !== db.versionTable || obj.kind !== "table"
    ? (db.includeObject ? db.includeObject(obj) : true) : false;
  const database = filterSchema(introspected, true, include);
  const target = filterSchema(dialect.comparison.storedForm(models), false, include);
  const renameOps = renameOperations(database, renames);
  const renamed = renameOps.reduce(applyOperation, database);
  const ops = compareSchemas(renamed, target, {
    compareType: db.compareType,
    compareServerDefault: db.compareServerDefault,
    equivalence: dialect.comparison.equivalence,
    enumTypes: dialect.comparison.enumTypes,
    batchAlterations: dialect.comparison.rebuildsTables,
  });
  const confirmed = await confirmDefaultChanges(ops, target, dialect.comparison, (statement) => connection.query(statement));
  return [...renameOps, ...confirmed];
}

function renameOperations(database: Schema, renames: RenameHints): Operation[] {
  const ops: Operation[] = [];
  for (const { from, to } of renames.tables) {
    const table = database.tables.find((t) => t.name === from);
    if (!table) throw new ModelError(`--rename-table ${from}:${to}: the database has no table "${from}"`);
    ops.push({ kind: "renameTable", table: { name: from, schema: table.schema }, newName: to });
  }
  for (const { table, from, to } of renames.columns) {
    const renamedTable = renames.tables.find((r) => r.from === table)?.to ?? table;
    const found = database.tables.find((t) => t.name === table);
    const column = found?.columns.find((c) => c.name === from);
    if (!found || !column) throw new ModelError(`--rename-column ${table}.${from}:${to}: the database has no column "${table}.${from}"`);
    ops.push({ kind: "alterColumn", table: { name: renamedTable, schema: found.schema }, name: from, changes: { newName: to },
      existing: { type: column.type, nullable: column.nullable, default: column.default, comment: column.comment, autoIncrement: column.autoIncrement } });
  }
  return ops;
}

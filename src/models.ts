/**
 * Loads the models module named by the config into the Schema IR, checking
 * it against the dialect: every error names the file, and the table and
 * column where there is one.
 */
import { existsSync } from "node:fs";
import { errorLine } from "./config/load.js";
import type { Dialect } from "./dialects/dialect.js";
import { MigrateError, ModelError } from "./errors.js";
import { importUserModule } from "./loader/index.js";
import { collectSchema } from "./schema/collect.js";
import type { Schema } from "./schema/ir.js";

export async function loadModels(path: string, dialect: Dialect | null): Promise<Schema> {
  if (!existsSync(path)) throw new ModelError(`models module ${path} does not exist (see "models" in the config)`);
  let namespace: Record<string, unknown>;
  try {
    namespace = await importUserModule(path);
  } catch (error) {
    throw new ModelError(`models module ${path} failed to load: ${errorLine(error)}`, { cause: error });
  }
  const schema = collectSchema(namespace, (message) => { throw new ModelError(`models module ${path}: ${message}`); });
  // A module that exports nothing declares an empty schema (a new project, or "drop everything"), as in Alembic.
  // One that exports values of which none is a table or enum is more likely a mistake than that wish.
  const exported = exportedNames(namespace);
  if (schema.tables.length === 0 && schema.enums.length === 0 && exported.length > 0) {
    throw new ModelError(`models module ${path} exports no table() or enumType(), only ${exported.join(", ")}: ` +
      "export them by name, or in a default-exported object or array (a module that exports nothing declares an empty schema)");
  }
  if (dialect) checkAgainstDialect(schema, dialect, path);
  return schema;
}

/**
 * The names under which the module exports a value; a default export that is an empty object or array (what a
 * module without exports looks like once loaded as CommonJS, or `export default {}`) exports nothing.
 */
function exportedNames(namespace: Record<string, unknown>): string[] {
  const empty = (value: unknown): boolean => (Array.isArray(value) ? value.length === 0
    : typeof value === "object" && value !== null && Object.keys(value).length === 0);
  return Object.keys(namespace).filter((name) => name !== "__esModule" && !(name === "default" && empty(namespace[name])));
}

/** What the dialect cannot hold (a partial index on MySQL, autoincrement on text...) fails here, not mid-migration. */
function checkAgainstDialect(schema: Schema, dialect: Dialect, path: string): void {
  const context = { table: () => { throw new ModelError("no table definitions while checking models"); } };
  for (const table of schema.tables) {
    try {
      dialect.compile({ kind: "createTable", table }, context);
    } catch (error) {
      if (error instanceof MigrateError) {
        throw new ModelError(`models module ${path}: table "${table.name}": ${errorLine(error)}`, { cause: error });
      }
      throw error;
    }
  }
}

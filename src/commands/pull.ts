/**
 * `migrate pull`: read the live database and describe it, as a models module
 * (the default), a Mermaid diagram or the Schema IR as JSON.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { access, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { constants } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ResolvedDatabase } from "../config/load.js";
import type { Connection, DialectName } from "../dialects/dialect.js";
import { MigrateError, UsageError } from "../errors.js";
import { indexColumnNames, type Schema } from "../schema/ir.js";
import { filterSchema, includeFor } from "../autogenerate/filter.js";
import { readSchemas } from "../autogenerate/read-schemas.js";
import { tableKey } from "../autogenerate/compare.js";
import { withConnection } from "./environment.js";
import type { CommandOptions } from "./options.js";
import { runPostWrite } from "./post-write.js";
import { oneDatabase } from "./revision.js";

export type PullFormat = "ts" | "mermaid" | "json";
export const PULL_FORMATS: readonly PullFormat[] = ["ts", "mermaid", "json"];

export interface PullOptions extends CommandOptions {
  /** --format: ts (a models module, the default), mermaid (an erDiagram) or json (the Schema IR). */
  readonly format?: PullFormat;
  /** --out: where the models module goes (default: the config's `models`); ts only. */
  readonly out?: string;
  /** --force: overwrite an existing models module. */
  readonly force?: boolean;
  /** --schema: the schemas (MySQL: databases) to read; default: the connection's own. */
  readonly schemas?: readonly string[];
}

export interface PullResult {
  readonly database: string | null;
  readonly format: PullFormat;
  /** ts: the models module written. */
  readonly path: string | null;
  /** mermaid and json: the text for stdout. */
  readonly text: string | null;
  readonly tables: number;
  readonly enums: number;
  /**
   * What the models module cannot load with, one sentence each: a foreign key pointing at a table the pull left
   * out (another schema, or one includeObject refuses), a key or index naming a column includeObject left out.
   */
  readonly warnings: readonly string[];
}

export async function pull(options: PullOptions): Promise<PullResult> {
  const format = options.format ?? "ts";
  if (!PULL_FORMATS.includes(format)) throw new UsageError(`--format ${format}: expected one of ${PULL_FORMATS.join(", ")}`);
  if (format !== "ts" && (options.out !== undefined || options.force)) {
    throw new UsageError(`--format ${format} prints to stdout: --out and --force go with --format ts`);
  }
  const db = await oneDatabase(options, "pull");
  const log = options.log ?? (() => {});
  const target = format === "ts" ? await modelsTarget(db, options) : null;

  const started = Date.now();
  const { schema, dialect } = await withConnection(db, async (connection) => {
    // A schema that does not exist is refused before any progress is printed: bad input is one line.
    await checkSchemasExist(connection, options.schemas ?? []);
    log(`Reading ${options.schemas?.length ? `schema${options.schemas.length > 1 ? "s" : ""} ${options.schemas.join(", ")}` : "the database"}...`);
    return { schema: await readSchemas(connection, options.schemas ?? []), dialect: connection.dialect.name };
  });
  const pulled = filterSchema(schema, true, includeFor(db), Boolean(db.includeObject));
  log(`Read ${pulled.tables.length} table${pulled.tables.length === 1 ? "" : "s"}${
    pulled.enums.length ? ` and ${pulled.enums.length} enum${pulled.enums.length === 1 ? "" : "s"}` : ""} in ${Date.now() - started} ms`);
  const base = { database: db.name, format, tables: pulled.tables.length, enums: pulled.enums.length,
    warnings: unloadable(pulled) };

  if (format === "mermaid") {
    const { renderMermaid } = await import("../autogenerate/render-mermaid.js");
    return { ...base, path: null, text: renderMermaid(pulled) };
  }
  if (format === "json") {
    const { schemaToJson } = await import("../autogenerate/render-json.js");
    return { ...base, path: null, text: schemaToJson(pulled, dialect as DialectName) };
  }
  const { renderModels } = await import("../autogenerate/render-models.js");
  const { source } = renderModels(pulled);
  await writeModels(target!, source);
  await runPostWrite(db, target!, "models module");
  return { ...base, path: target, text: null };
}

async function checkSchemasExist(connection: Connection, schemas: readonly string[]): Promise<void> {
  for (const name of new Set(schemas)) {
    if ((await connection.query(connection.dialect.schemaExists(name))).length === 0) {
      throw new UsageError(`--schema ${name}: the database has no schema "${name}"`);
    }
  }
}

/** References the models module will refuse to load with: written as they are, and said. */
function unloadable(schema: Schema): string[] {
  const present = new Set(schema.tables.map((t) => tableKey(t)));
  const out: string[] = [];
  const until = "the models module will not load until it is pulled too (--schema, includeObject)";
  for (const t of schema.tables) {
    const table = `${t.schema ? `${t.schema}.` : ""}${t.name}`;
    for (const fk of t.foreignKeys) {
      if (present.has(tableKey({ name: fk.refTable, schema: fk.refSchema ?? t.schema }))) continue;
      if (fk.refSchema !== null && present.has(tableKey({ name: fk.refTable, schema: null }))) continue;
      out.push(`foreign key ${table}${fk.name ? ` (${fk.name})` : ""} -> ${fk.refSchema ? `${fk.refSchema}.` : ""}${fk.refTable} ` +
        `points at a table that was not pulled; ${until}`);
    }
    // A partition lists no columns of its own: its keys name its parent's.
    if (t.options?.partitionOf) continue;
    const columns = new Set(t.columns.map((c) => c.name));
    const named: [string, readonly string[]][] = [
      ...(t.primaryKey ? [["primary key", t.primaryKey.columns] as [string, readonly string[]]] : []),
      ...t.indexes.map((i): [string, readonly string[]] => [`index ${i.name}`, [...indexColumnNames(i), ...(i.include ?? [])]]),
      ...t.uniques.map((u): [string, readonly string[]] => [`unique constraint${u.name ? ` ${u.name}` : ""}`, u.columns]),
      ...t.foreignKeys.map((f): [string, readonly string[]] => [`foreign key${f.name ? ` ${f.name}` : ""}`, f.columns]),
    ];
    for (const [what, used] of named) {
      const missing = used.filter((c) => !columns.has(c));
      if (missing.length > 0) out.push(`${what} on ${table} names column ${missing.join(", ")}, which was not pulled; ${until}`);
    }
  }
  return out;
}

const STARTER_MODELS = fileURLToPath(new URL("../../templates/generic/models.ts", import.meta.url));

/**
 * The file to write, checked before the database is read: it may not hold models already (unless --force, or it
 * is the untouched starter that `migrate init` wrote), and its folder must be writable.
 */
async function modelsTarget(db: ResolvedDatabase, options: PullOptions): Promise<string> {
  const path = options.out !== undefined ? (isAbsolute(options.out) ? options.out : resolve(options.cwd ?? process.cwd(), options.out))
    : db.modelsPath;
  if (path === null) throw new UsageError(`no models module to write: set "models" in ${db.configPath}, or pass --out FILE`);
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) throw new UsageError(`${path} is a directory: --out names the models file to write`);
    const current = readFileSync(path, "utf8");
    const starter = existsSync(STARTER_MODELS) && current === readFileSync(STARTER_MODELS, "utf8");
    if (current.trim() !== "" && !starter && !options.force) {
      throw new UsageError(`${path} already exists: pass --force to replace it, or --out FILE to write elsewhere`);
    }
  }
  let folder = dirname(path);
  while (!existsSync(folder) && dirname(folder) !== folder) folder = dirname(folder);
  if (!statSync(folder).isDirectory()) throw new UsageError(`cannot write ${path}: ${folder} is not a directory`);
  try {
    await access(folder, constants.W_OK);
    if (existsSync(path)) await access(path, constants.W_OK);
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? "not writable"}`, { cause: error });
  }
  return path;
}

/** Through a temporary file and a rename: a failed write leaves the old file (or none), never half of one. */
async function writeModels(path: string, source: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, source);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => {});
    const reason = /^(\w+: [^,]+)/.exec((error as Error).message)?.[1] ?? (error as Error).message;
    throw new MigrateError(`cannot write ${path}: ${reason}`, { cause: error });
  }
}

/**
 * The parts of the models' stored form that depend on the database:
 *
 * - Charsets, collations and the engine are reported by introspection
 *   only where they differ from what the table or column would get by
 *   default (introspect.ts `ownCharset`). A model may state them anyway
 *   (`charset: "utf8mb4"` on a utf8mb4 database, `.collation("utf8mb4_bin")`
 *   without its charset); each is brought to the same reduced form, using
 *   the server's own defaults (one catalog query).
 * - A generated column's nullability is the server's business (MariaDB
 *   rejects NOT NULL on one): the model takes the database's.
 * - A model's unique index over plain columns is what the catalog reports
 *   as a unique constraint (MySQL has one thing for both): where the
 *   database has that constraint, same name and columns, the model's index
 *   is taken for it; elsewhere it stays an index, so what autogenerate
 *   writes follows what the model wrote (createIndex).
 */
import type { Column, Index, Schema, Table, TableOptionsIR } from "../../schema/ir.js";
import type { QueryFn } from "../dialect.js";
import { statement } from "../shared/syntax.js";
import { textual } from "./column-parts.js";
import { ownCharset } from "./introspect.js";

interface ServerDefaults {
  readonly charset: string | null;
  readonly collation: string | null;
  readonly engine: string | null;
  /** Charset → its default collation. */
  readonly collationOf: ReadonlyMap<string, string>;
  /** Collation (lower case) → its charset. */
  readonly charsetOf: ReadonlyMap<string, string>;
  /** Engine (lower case) → the server's spelling. */
  readonly engines: ReadonlyMap<string, string>;
}

interface DefaultsRow { kind: string; name: string; value: string | null }

const DEFAULTS = statement(`SELECT 'charset' AS kind, CHARACTER_SET_NAME AS name, DEFAULT_COLLATE_NAME AS value FROM information_schema.CHARACTER_SETS
  UNION ALL SELECT 'collation', COLLATION_NAME, CHARACTER_SET_NAME FROM information_schema.COLLATIONS
  UNION ALL SELECT 'engine', ENGINE, SUPPORT FROM information_schema.ENGINES
  UNION ALL SELECT 'database', @@character_set_database, @@collation_database`);

async function serverDefaults(query: QueryFn): Promise<ServerDefaults> {
  const rows = await query<DefaultsRow>(DEFAULTS);
  const of = (kind: string): DefaultsRow[] => rows.filter((row) => row.kind === kind);
  const database = of("database")[0];
  const engines = of("engine");
  const engine = engines.find((row) => String(row.value).toUpperCase() === "DEFAULT")?.name ?? null;
  return {
    charset: database?.name ?? null,
    collation: database?.value ?? null,
    engine,
    collationOf: new Map(of("charset").map((row) => [row.name.toLowerCase(), String(row.value)])),
    charsetOf: new Map(of("collation").map((row) => [row.name.toLowerCase(), String(row.value)])),
    engines: new Map(engines.map((row) => [row.name.toLowerCase(), row.name])),
  };
}

interface Effective { readonly charset: string | null; readonly collation: string | null }

/** The charset and collation something gets from what it states, inside `outer`. */
function effective(charset: string | undefined, collation: string | undefined, outer: Effective, server: ServerDefaults): Effective {
  const set = charset ?? (collation !== undefined ? server.charsetOf.get(collation.toLowerCase()) : undefined);
  if (set === undefined) return { charset: outer.charset, collation: collation ?? outer.collation };
  // CHARACTER SET without COLLATE takes the charset's default collation, whatever the enclosing one's.
  return { charset: set, collation: collation ?? server.collationOf.get(set.toLowerCase()) ?? null };
}

const lowerMap = (server: ServerDefaults): Map<string, string> => new Map([...server.collationOf].map(([k, v]) => [k, v]));

function tableOptions(options: TableOptionsIR | undefined, server: ServerDefaults, collationOf: Map<string, string>): {
  options: TableOptionsIR | undefined; effective: Effective;
} {
  const table = effective(options?.charset, options?.collation, server, server);
  const out: { -readonly [K in keyof TableOptionsIR]: TableOptionsIR[K] } = { ...options };
  delete out.charset;
  delete out.collation;
  if (out.engine !== undefined) {
    const engine = server.engines.get(out.engine.toLowerCase()) ?? out.engine;
    if (server.engine !== null && engine.toLowerCase() === server.engine.toLowerCase()) delete out.engine;
    else out.engine = engine;
  }
  Object.assign(out, ownCharset(table.charset, table.collation, server, withLowerKeys(collationOf)));
  return { options: Object.keys(out).length === 0 ? undefined : out, effective: table };
}

/** ownCharset looks a charset up as the catalog spells it; the map is keyed in lower case. */
function withLowerKeys(map: Map<string, string>): ReadonlyMap<string, string> {
  return { get: (key: string) => map.get(key.toLowerCase()) } as ReadonlyMap<string, string>;
}

function column(model: Column, table: Effective, db: Column | undefined, server: ServerDefaults, collationOf: Map<string, string>): Column {
  let out = model;
  if (textual(model.type) && (model.charset !== undefined || model.collation !== undefined)) {
    const own = effective(model.charset, model.collation, table, server);
    const { charset: _c, collation: _k, ...rest } = model;
    out = { ...rest, ...ownCharset(own.charset, own.collation, table, withLowerKeys(collationOf)) };
  }
  if (model.generated !== undefined && db !== undefined && db.generated !== undefined) out = { ...out, nullable: db.nullable };
  return out;
}

/** A model's unique index over plain columns, where the database has it as the unique constraint of that name. */
function uniqueIndexes(model: Table, db: Table | undefined): Table {
  if (!db) return model;
  const asUnique = (index: Index): boolean => index.unique && index.where === null && index.using === undefined
    && index.columns.every((key) => typeof key === "string")
    && db.uniques.some((u) => u.name === index.name && u.columns.length === index.columns.length
      && u.columns.every((c, i) => c === index.columns[i]));
  const moved = model.indexes.filter(asUnique);
  if (moved.length === 0) return model;
  return {
    ...model,
    indexes: model.indexes.filter((index) => !moved.includes(index)),
    uniques: [...model.uniques, ...moved.map((index) => ({ name: index.name, columns: index.columns as string[] }))],
  };
}

const key = (t: { name: string; schema: string | null }): string => `${t.schema ?? ""}\u0000${t.name}`;

/** Whether any model states a charset, collation or engine: only then are the server's defaults needed. */
function statesOptions(models: Schema): boolean {
  return models.tables.some((t) => t.options?.charset !== undefined || t.options?.collation !== undefined
    || t.options?.engine !== undefined
    || t.columns.some((c) => textual(c.type) && (c.charset !== undefined || c.collation !== undefined)));
}

/** Server defaults no model needs: the options are then passed through as they are. */
const NO_DEFAULTS: ServerDefaults = {
  charset: null, collation: null, engine: null, collationOf: new Map(), charsetOf: new Map(), engines: new Map(),
};

export async function canonicalOptions(query: QueryFn, models: Schema, database: Schema): Promise<Schema> {
  if (models.tables.length === 0) return models;
  // Most schemas state none of these: no server round trip for them (the rest needs no server).
  const server = statesOptions(models) ? await serverDefaults(query) : NO_DEFAULTS;
  const collationOf = lowerMap(server);
  const dbTables = new Map(database.tables.map((t) => [key(t), t]));
  const tables = models.tables.map((model) => {
    const db = dbTables.get(key(model));
    const { options, effective: table } = tableOptions(model.options, server, collationOf);
    // Only columns with a charset, a collation or a generation change; a table without any is kept as it is
    // (thousands of tables: no copies, no column maps).
    const changes = model.columns.some((c) => c.generated !== undefined || c.charset !== undefined || c.collation !== undefined);
    const dbColumns = changes ? new Map((db?.columns ?? []).map((c) => [c.name, c])) : null;
    const unique = uniqueIndexes(model, db);
    const columns = dbColumns === null ? model.columns
      : model.columns.map((c) => column(c, table, dbColumns.get(c.name), server, collationOf));
    if (unique === model && columns === model.columns && sameOptions(options, model.options)) return model;
    const { options: _o, ...rest } = { ...unique, columns };
    return options === undefined ? rest : { ...rest, options };
  });
  return { ...models, tables };
}

/** Whether tableOptions left a model's options as they were (none, or the very same keys and values). */
function sameOptions(out: TableOptionsIR | undefined, model: TableOptionsIR | undefined): boolean {
  if (out === undefined || model === undefined) return out === model;
  const keys = Object.keys(out) as (keyof TableOptionsIR)[];
  return keys.length === Object.keys(model).length && keys.every((k) => out[k] === model[k]);
}

/**
 * The real-schema corpus (test-fixtures/corpus/<name>/<dialect>.sql) and
 * what "the same catalog" means for it: athanor's own reading (the Schema
 * IR, every field it holds) and, independent of athanor, what each database
 * prints about the objects athanor manages (PostgreSQL's definitions of
 * constraints and indexes, MySQL's SHOW CREATE TABLE, SQLite's pragmas).
 *
 * Unmanaged objects (views, triggers, functions, sequences no column owns,
 * SQLite virtual tables) are not part of either reading.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { DialectName } from "../../src/dialects/dialect.js";
import { getDialect } from "../../src/dialects/index.js";
import { query, type Row } from "./cli.js";
import { connectUrl } from "./databases.js";
import { ROOT, type CliResult, type Project } from "./project.js";

export const CORPUS = join(ROOT, "test-fixtures/corpus");

export interface CorpusSchema {
  readonly name: string;
  readonly dialect: DialectName;
  readonly path: string;
}

/** Every corpus file, or those CORPUS_ONLY names ("netbox", "netbox/postgresql", comma-separated). */
export function corpusSchemas(): CorpusSchema[] {
  const only = (process.env.CORPUS_ONLY ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const out: CorpusSchema[] = [];
  for (const name of readdirSync(CORPUS).sort()) {
    for (const dialect of ["postgresql", "mysql", "sqlite"] as const) {
      const path = join(CORPUS, name, `${dialect}.sql`);
      if (!existsSync(path)) continue;
      if (only.length > 0 && !only.some((o) => o === name || o === `${name}/${dialect}` || o === dialect)) continue;
      out.push({ name, dialect, path });
    }
  }
  return out;
}

export const corpusSql = (schema: CorpusSchema): string => readFileSync(schema.path, "utf8");

/** Whether a table is athanor's own (version and history tables of the test projects). */
export const ownTable = (name: unknown): boolean => /^migrate_/.test(String(name));

/**
 * Views depend on tables and are not athanor's to drop or make; "drop every
 * table" cannot run with them in place (PostgreSQL refuses, the others leave
 * broken views). The round trip starts after they are dropped.
 */
export async function dropViews(dialect: DialectName, url: string): Promise<void> {
  if (dialect === "postgresql") {
    // Views an extension owns (pg_stat_statements') go with the extension, not one by one.
    const rows = await query(url, `SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind IN ('v', 'm')
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')`);
    for (const r of rows) {
      await query(url, `DROP ${r.relkind === "m" ? "MATERIALIZED VIEW" : "VIEW"} IF EXISTS "${String(r.relname)}" CASCADE`);
    }
    // Functions that take or return a table's row type or an enum depend on it as views do on tables:
    // DROP TABLE and DROP TYPE refuse while they exist.
    const functions = await query(url, `SELECT DISTINCT p.oid::regprocedure::text AS signature FROM pg_proc p
      JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.refclassid = 'pg_type'::regclass
      JOIN pg_type t ON t.oid = d.refobjid
      LEFT JOIN pg_class c ON c.oid = t.typrelid
      JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = current_schema() AND (t.typtype = 'e' OR c.relkind IN ('r', 'p'))`);
    for (const f of functions) await query(url, `DROP FUNCTION IF EXISTS ${String(f.signature)} CASCADE`);
  } else if (dialect === "mysql") {
    for (const r of await query(url, "SELECT table_name AS name FROM information_schema.views WHERE table_schema = database()")) {
      await query(url, `DROP VIEW IF EXISTS \`${String(r.name)}\``);
    }
  } else {
    for (const r of await query(url, "SELECT name FROM sqlite_schema WHERE type = 'view'")) {
      await query(url, `DROP VIEW IF EXISTS "${String(r.name)}"`);
    }
  }
}

/** athanor's reading of the database: the Schema IR without its own tables, as plain JSON. */
export async function irOf(dialect: DialectName, url: string): Promise<unknown> {
  const connection = await connectUrl(url);
  try {
    const schema = await getDialect(dialect).introspect((statement) => connection.query(statement));
    return JSON.parse(JSON.stringify({ tables: schema.tables.filter((t) => !ownTable(t.name)), enums: schema.enums },
      (_key, value: unknown) => (typeof value === "bigint" ? `${value}n` : value)));
  } finally {
    await connection.close();
  }
}

/** The database's own account of what athanor manages, independent of athanor's code. */
export async function printedCatalog(dialect: DialectName, url: string): Promise<Record<string, unknown>> {
  const read = PRINTED[dialect];
  const out: Record<string, unknown> = {};
  for (const [what, sql] of Object.entries(read.queries)) {
    out[what] = (await query(url, sql)).filter((row) => !ownTable(row.t));
  }
  if (read.perTable) Object.assign(out, await read.perTable(url));
  return out;
}

interface PrintedReading {
  readonly queries: Record<string, string>;
  readonly perTable?: (url: string) => Promise<Record<string, unknown>>;
}

const PG_TABLES = `FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')`;

const PRINTED: Record<DialectName, PrintedReading> = {
  postgresql: {
    queries: {
      tables: `SELECT c.relname AS t, c.relkind, c.relpersistence, pg_get_partkeydef(c.oid) AS partition_key,
          pg_get_expr(c.relpartbound, c.oid) AS bound, c.reloptions::text AS options,
          (SELECT string_agg(p.relname, ',' ORDER BY i.inhseqno) FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent
            WHERE i.inhrelid = c.oid) AS parents,
          obj_description(c.oid, 'pg_class') AS comment
        ${PG_TABLES} ORDER BY 1`,
      // Columns in table order (positions counted over the live columns, so a dropped column leaves no gap).
      columns: `SELECT c.relname AS t, row_number() OVER (PARTITION BY c.oid ORDER BY a.attnum) AS position, a.attname AS name,
          format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null, pg_get_expr(d.adbin, d.adrelid) AS default,
          a.attidentity AS identity, a.attgenerated AS generated, a.attislocal AS local,
          CASE WHEN a.attcollation <> ty.typcollation THEN co.collname END AS collation, col_description(c.oid, a.attnum) AS comment
        ${PG_TABLES.replace("WHERE", `JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
          JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
          LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
          LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum WHERE`)}
        ORDER BY 1, 2`,
      // The sequences columns own (identity and serial), by their options; names of identity sequences are internal.
      sequences: `SELECT c.relname AS t, a.attname AS column, dep.deptype, CASE WHEN dep.deptype = 'a' THEN s.relname END AS name,
          format_type(q.seqtypid, NULL) AS type, q.seqstart::text AS start, q.seqincrement::text AS increment,
          q.seqmin::text AS min, q.seqmax::text AS max, q.seqcache::text AS cache, q.seqcycle AS cycle
        FROM pg_catalog.pg_depend dep
        JOIN pg_catalog.pg_class s ON s.oid = dep.objid AND s.relkind = 'S'
        JOIN pg_catalog.pg_sequence q ON q.seqrelid = s.oid
        JOIN pg_catalog.pg_class c ON c.oid = dep.refobjid
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = dep.refobjsubid
        WHERE dep.classid = 'pg_catalog.pg_class'::regclass AND dep.refclassid = 'pg_catalog.pg_class'::regclass
          AND dep.deptype IN ('a', 'i') AND n.nspname = current_schema()
        ORDER BY 1, 2`,
      constraints: `SELECT c.relname AS t, k.conname AS name, k.contype AS type, pg_get_constraintdef(k.oid) AS definition,
          k.condeferrable AS deferrable, k.condeferred AS deferred, k.convalidated AS validated, k.conislocal AS local
        FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND k.contype <> 't' ORDER BY 1, 2`,
      indexes: `SELECT tablename AS t, indexname AS name, indexdef AS definition FROM pg_catalog.pg_indexes
        WHERE schemaname = current_schema() ORDER BY 1, 2`,
      enums: `SELECT t.typname AS t, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS labels
        FROM pg_catalog.pg_type t JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid
        JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = current_schema() GROUP BY t.typname ORDER BY 1`,
    },
  },
  mysql: {
    queries: {
      tables: `SELECT table_name AS t, engine, table_collation, create_options, table_comment FROM information_schema.tables
        WHERE table_schema = database() AND table_type = 'BASE TABLE' ORDER BY 1`,
    },
    // SHOW CREATE TABLE is MySQL's own full definition; only the AUTO_INCREMENT counter (the rows' business) is left out.
    perTable: async (url) => {
      const tables = (await query(url, `SELECT table_name AS t FROM information_schema.tables
        WHERE table_schema = database() AND table_type = 'BASE TABLE' ORDER BY 1`)).map((r) => String(r.t)).filter((t) => !ownTable(t));
      const definitions: Record<string, string> = {};
      const connection = await connectUrl(url);
      try {
        for (const t of tables) {
          const rows = await connection.query<Row>({ sql: `SHOW CREATE TABLE \`${t}\``, params: [] });
          definitions[t] = String(rows[0]?.["Create Table"]).replace(/ AUTO_INCREMENT=\d+/, "");
        }
      } finally {
        await connection.close();
      }
      return { definitions };
    },
  },
  sqlite: {
    queries: {
      tables: `SELECT l.name AS t, l.type, l.ncol, l.wr, l.strict FROM pragma_table_list l
        WHERE l.schema = 'main' AND l.name NOT LIKE 'sqlite_%' AND l.type = 'table'
          AND l.name NOT IN (SELECT name FROM sqlite_schema WHERE sql LIKE 'CREATE VIRTUAL TABLE%') ORDER BY 1`,
      columns: `SELECT m.name AS t, c.cid, c.name, c.type, c."notnull", c.dflt_value, c.pk, c.hidden FROM sqlite_schema m
        JOIN pragma_table_xinfo(m.name) c WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY 1, 2`,
      indexes: `SELECT m.name AS t, i.name, i."unique", i.origin, i.partial FROM sqlite_schema m JOIN pragma_index_list(m.name) i
        WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND i.origin = 'c' ORDER BY 1, 2`,
      indexKeys: `SELECT m.tbl_name AS t, m.name AS index_name, k.seqno, k.cid, k.name, k."desc", k.coll, k."key" FROM sqlite_schema m
        JOIN pragma_index_xinfo(m.name) k WHERE m.type = 'index' AND m.sql IS NOT NULL ORDER BY 1, 2, 3`,
      foreignKeys: `SELECT m.name AS t, f.id, f.seq, f."table", f."from", f."to", f.on_update, f.on_delete, f."match" FROM sqlite_schema m
        JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY 1, 2, 3`,
    },
  },
};

/**
 * Runs a CLI command that takes thousands of locks in one PostgreSQL transaction (creating or dropping a whole
 * corpus schema or 1,000 tables). The server's lock table is shared by all sessions (max_locks_per_transaction ×
 * max_connections), and another test file doing the same at the same moment can fill it: the run then fails with
 * "out of shared memory" and rolls back whole. Such a run is tried again once the other has finished.
 */
export async function runSharingLocks(project: Project, args: readonly string[]): Promise<CliResult> {
  let result = await project.run([...args]);
  for (let attempt = 1; attempt <= 4 && result.code !== 0 && /out of shared memory/.test(result.stderr); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 15_000 * attempt));
    result = await project.run([...args]);
  }
  return result;
}

/**
 * What a database's catalog says about the names of its objects, read
 * independently of athanor: per table, its columns (in order), its plain
 * indexes, and its unique, check and foreign key constraints, by name. For
 * the quoting tests, which build all of these with hostile names.
 */
import type { DialectName } from "../../src/dialects/dialect.js";

export interface TableNames { columns: string[]; indexes: string[]; uniques: string[]; checks: string[]; foreignKeys: string[] }
export type Names = Record<string, TableNames>;

type Query = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

/** An identifier quoted by the dialect's rule: the delimiter around it, doubled inside. */
export function quoteName(dialect: DialectName, name: string): string {
  return dialect === "mysql" ? `\`${name.replace(/`/g, "``")}\`` : `"${name.replace(/"/g, '""')}"`;
}

export async function readNames(dialect: DialectName, query: Query, exclude: readonly string[] = []): Promise<Names> {
  const names: Names = {};
  const table = (t: unknown): TableNames => (names[String(t)] ??= { columns: [], indexes: [], uniques: [], checks: [], foreignKeys: [] });
  if (dialect === "postgresql") {
    for (const r of await query(`SELECT c.relname AS t, a.attname AS c FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY c.relname, a.attnum`)) table(r.t).columns.push(String(r.c));
    for (const r of await query(`SELECT t.relname AS t, i.relname AS i FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
        JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = current_schema()
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u', 'x'))`)) table(r.t).indexes.push(String(r.i));
    for (const r of await query(`SELECT c.relname AS t, k.conname AS k, k.contype AS type FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND k.contype IN ('u', 'c', 'f')`)) {
      const kinds = { u: "uniques", c: "checks", f: "foreignKeys" } as const;
      table(r.t)[kinds[r.type as keyof typeof kinds]].push(String(r.k));
    }
  } else if (dialect === "mysql") {
    for (const r of await query(`SELECT table_name AS t, column_name AS c FROM information_schema.columns WHERE table_schema = database()
        ORDER BY table_name, ordinal_position`)) table(r.t).columns.push(String(r.c));
    const constraints = await query(`SELECT table_name AS t, constraint_name AS k, constraint_type AS type FROM information_schema.table_constraints
        WHERE constraint_schema = database() AND constraint_type IN ('UNIQUE', 'CHECK', 'FOREIGN KEY')`);
    const kinds = { UNIQUE: "uniques", CHECK: "checks", "FOREIGN KEY": "foreignKeys" } as const;
    for (const r of constraints) table(r.t)[kinds[r.type as keyof typeof kinds]].push(String(r.k));
    const uniques = new Set(constraints.filter((r) => r.type === "UNIQUE").map((r) => `${r.t}\0${r.k}`));
    for (const r of await query(`SELECT DISTINCT table_name AS t, index_name AS i FROM information_schema.statistics
        WHERE table_schema = database() AND index_name <> 'PRIMARY'`)) {
      if (!uniques.has(`${r.t}\0${r.i}`)) table(r.t).indexes.push(String(r.i));
    }
  } else {
    for (const { name, sql } of await query("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
      const t = table(name);
      for (const c of await query("SELECT name FROM pragma_table_info(?) ORDER BY cid", [name])) t.columns.push(String(c.name));
      for (const ix of await query("SELECT name FROM pragma_index_list(?) WHERE origin = 'c'", [name])) t.indexes.push(String(ix.name));
      // SQLite keeps constraint names only in the table's CREATE statement.
      for (const m of String(sql).matchAll(/CONSTRAINT\s+"((?:[^"]|"")*)"\s+(UNIQUE|CHECK|FOREIGN\s+KEY)/gi)) {
        const kind = m[2]!.toUpperCase().startsWith("U") ? "uniques" : m[2]!.toUpperCase().startsWith("C") ? "checks" : "foreignKeys";
        t[kind].push(m[1]!.replace(/""/g, '"'));
      }
    }
  }
  for (const name of exclude) delete names[name];
  for (const t of Object.values(names)) for (const list of [t.indexes, t.uniques, t.checks, t.foreignKeys]) list.sort();
  return names;
}

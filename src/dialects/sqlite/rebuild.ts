/**
 * SQLite's "move and copy" (https://sqlite.org/lang_altertable.html#otheralter):
 *
 *   CREATE TABLE "_athanor_tmp_t" (new definition)
 *   INSERT INTO "_athanor_tmp_t" (...) SELECT ... FROM "t"   -- every row, rowids kept
 *   DROP TABLE "t"
 *   ALTER TABLE "_athanor_tmp_t" RENAME TO "t"               -- with legacy_alter_table ON, see below
 *   CREATE INDEX ... ; CREATE TRIGGER ...                    -- dropped with the old table
 *   ALTER TABLE "t" RENAME COLUMN ...                        -- renames last, natively
 *
 * Foreign keys elsewhere that point at "t" keep pointing at "t": they name
 * the table, which exists again after the rename. The connection runs with
 * foreign_keys OFF (see connection.ts), so DROP TABLE deletes no child rows.
 *
 * The rename runs with legacy_alter_table ON: SQLite's modern RENAME checks
 * that the whole schema is consistent before it starts, and views or
 * triggers of other tables that use "t" are dangling right after DROP TABLE
 * "t", so it would refuse. The legacy rename renames only the table (and its
 * own indexes); nothing refers to the temporary name, so nothing else needs
 * rewriting, and the references to "t" come back to life unchanged.
 *
 * Renamed columns keep their old names through the copy and are renamed at
 * the end with RENAME COLUMN, which is how references from other tables'
 * foreign keys, views and triggers, and this table's triggers, follow them.
 */
import type { TableAlteration, TableRef } from "../../operations/operation.js";
import type { Index, Table, TableOptionsIR } from "../../schema/ir.js";
import type { Statement, TableState } from "../dialect.js";
import { statement } from "../shared/syntax.js";
import { applyAlterations, renameColumn, type Refuse } from "./alterations.js";
import { sqliteOptions } from "./ir-subset.js";
import { quoteIdentifier as quote, quoteString } from "./quote.js";
import { isPunct, isWord, isWordIn, mentions, tokenize, type Token } from "./tokens.js";

/** What the rebuild needs of the compiler: its rendering of a table and an index. */
export interface RebuildRenderer {
  /** The CREATE TABLE statement alone (no indexes). */
  createTable(table: Table): Statement;
  createIndex(ref: TableRef, index: Index): Statement;
  /** `"schema"."name"` or `"name"`. */
  table(ref: TableRef): string;
}

export const TEMP_PREFIX = "_athanor_tmp_";

const lower = (name: string): string => name.toLowerCase();

/**
 * The statements of one rebuild: `ops` applied to the table, and the table
 * options replaced by `options` when given (setTableOptions). Everything the
 * IR holds goes over: options, generated columns (never copied into: SQLite
 * computes them), collations, index keys, DEFERRABLE foreign keys.
 */
export function rebuildTable(
  state: TableState, ops: readonly TableAlteration[], render: RebuildRenderer, refuse: Refuse, options?: TableOptionsIR,
): Statement[] {
  const old = state.table;
  const altered = applyAlterations(old, ops, refuse);
  const survivors = new Set(altered.sources.values());
  const dropped = old.columns.map((c) => c.name).filter((name) => !survivors.has(name));
  // Re-created as they were, these would name a column that is gone (SQLite's own DROP COLUMN refuses the same).
  for (const sql of [...state.triggers, ...state.dependents ?? []]) {
    const used = dropped.find((name) => mentions(sql, name));
    if (used !== undefined) {
      refuse(`${objectName(sql)} uses the dropped column "${used}" and would be left broken`,
        "drop it first (op.execute(\"DROP TRIGGER/VIEW ...\")) and create it again afterwards");
    }
  }
  // Renamed columns under their old names: the shape of the copy. They get their new names at the end.
  const renames = [...altered.sources].filter(([now, was]) => now !== was).map(([now, was]) => ({ from: now, to: was }));
  const backOrder = orderRenames(renames, altered.table.columns.map((c) => c.name));
  if (backOrder === null) {
    refuse("columns are renamed onto each other's names", "split the renames over two batches, through a temporary name");
  }
  for (const column of altered.table.columns) {
    const used = column.generated && dropped.find((name) => mentions(column.generated!.expression, name));
    if (used) refuse(`generated column "${column.name}" uses the dropped column "${used}"`, "drop or change the generated column in the same batch");
  }
  const renamed = backOrder.reduce((table, r) => renameColumn(table, r.from, r.to), altered.table);
  const copy = options === undefined ? renamed : withOptions(renamed, options);
  const forward = orderRenames(renames.map((r) => ({ from: r.to, to: r.from })), copy.columns.map((c) => c.name))!;

  const ref: TableRef = { name: old.name, schema: old.schema };
  const temp: TableRef = { name: `${TEMP_PREFIX}${old.name}`, schema: old.schema };
  const create = render.createTable({ ...copy, name: temp.name, indexes: [] });
  return [
    create,
    ...copyRows(copy, old, survivors, render.table(temp), render.table(ref)),
    ...keepSequence(copy, ref, temp),
    statement(`DROP TABLE ${render.table(ref)}`),
    statement("PRAGMA legacy_alter_table = ON"),
    statement(`ALTER TABLE ${render.table(temp)} RENAME TO ${quote(old.name)}`),
    statement("PRAGMA legacy_alter_table = OFF"),
    ...copy.indexes.map((index) => render.createIndex(ref, index)),
    ...state.triggers.map((sql) => statement(inSchema(sql, old.schema))),
    ...forward.map((r) => statement(`ALTER TABLE ${render.table(ref)} RENAME COLUMN ${quote(r.from)} TO ${quote(r.to)}`)),
  ];
}

function withOptions(table: Table, options: TableOptionsIR): Table {
  const { options: _old, ...rest } = table;
  const own = sqliteOptions(options);
  return own === undefined ? rest : { ...rest, options: own };
}

/**
 * INSERT ... SELECT of every surviving column (new columns take their
 * defaults; generated columns are computed, never inserted). No CAST: the
 * new column's type affinity converts what converts without loss ('12' into
 * an INTEGER column becomes 12) and keeps the rest as it was, where
 * CAST('abc' AS INTEGER) would store 0. The rowid is copied too unless a
 * copied INTEGER PRIMARY KEY already carries it.
 */
function copyRows(copy: Table, old: Table, survivors: ReadonlySet<string>, into: string, from: string): Statement[] {
  // A column that stops being generated keeps the values it had (a generated column can be read like any other).
  const columns = copy.columns.filter((c) => survivors.has(c.name) && !c.generated).map((c) => quote(c.name));
  const rowid = rowidAlias(copy, old, survivors);
  if (rowid) columns.unshift(rowid);
  if (columns.length === 0) return [];
  return [statement(`INSERT INTO ${into} (${columns.join(", ")}) SELECT ${columns.join(", ")} FROM ${from}`)];
}

/** The name to copy the rowid by, or null when it is carried already or there is none (on either side). */
function rowidAlias(copy: Table, old: Table, survivors: ReadonlySet<string>): string | null {
  if (copy.options?.withoutRowid || old.options?.withoutRowid) return null;
  const pk = copy.primaryKey?.columns;
  const alias = pk?.length === 1 ? copy.columns.find((c) => c.name === pk[0]) : undefined;
  const isAlias = alias !== undefined && (alias.type.kind === "integer" || (alias.type.kind === "raw" && /^integer$/i.test(alias.type.sql.trim())));
  if (isAlias && survivors.has(alias.name)) return null;
  const taken = new Set([...copy.columns, ...old.columns].map((c) => lower(c.name)));
  return ["rowid", "_rowid_", "oid"].find((name) => !taken.has(name)) ?? null;
}

/**
 * AUTOINCREMENT promises never to reuse an id, even of deleted rows: its
 * high-water mark in sqlite_sequence moves over to the new table.
 */
function keepSequence(copy: Table, ref: TableRef, temp: TableRef): Statement[] {
  if (!copy.columns.some((c) => c.autoIncrement)) return [];
  const sequence = `${ref.schema ? `${quote(ref.schema)}.` : ""}sqlite_sequence`;
  return [
    statement(`DELETE FROM ${sequence} WHERE name = ${quoteString(temp.name)}`),
    statement(`INSERT INTO ${sequence} (name, seq) SELECT ${quoteString(temp.name)}, seq FROM ${sequence} WHERE name = ${quoteString(ref.name)}`),
  ];
}

/**
 * sqlite_schema keeps CREATE INDEX / CREATE TRIGGER without the database
 * name, and run as is they would land in "main": an attached database's
 * name goes back in front of the object's name.
 */
function inSchema(sql: string, schema: string | null): string {
  if (schema === null || schema.toLowerCase() === "main") return sql;
  const tokens = tokenize(sql);
  const at = nameAt(tokens);
  const name = tokens[at];
  if (name === undefined || isPunct(tokens[at + 1], ".")) return sql;
  return `${sql.slice(0, name.start)}${quote(schema)}.${sql.slice(name.start)}`;
}

const BEFORE_NAME: ReadonlySet<string> = new Set(["UNIQUE", "TEMP", "TEMPORARY", "INDEX", "TRIGGER", "VIEW", "IF", "NOT", "EXISTS"]);

/** Where the object's name stands in CREATE [UNIQUE|TEMP] INDEX|TRIGGER|VIEW [IF NOT EXISTS] name. */
function nameAt(tokens: readonly Token[]): number {
  let i = 1;
  while (isWordIn(tokens[i], BEFORE_NAME)) i += 1;
  return i;
}

/** "view v_parent", "trigger tr_audit": for messages. */
function objectName(sql: string): string {
  const tokens = tokenize(sql);
  const kind = tokens.slice(1, 3).find((t) => isWord(t, "VIEW") || isWord(t, "TRIGGER"))?.text.toLowerCase() ?? "object";
  const at = nameAt(tokens);
  return `${kind} ${tokens[isPunct(tokens[at + 1], ".") ? at + 2 : at]?.value ?? "?"}`;
}

interface Rename { readonly from: string; readonly to: string }

/**
 * An order in which the renames can run one by one, each onto a name that is
 * free at that moment (a→b before b→c is impossible, b→c then a→b works);
 * null when they form a cycle (a swap).
 */
function orderRenames(renames: readonly Rename[], names: readonly string[]): Rename[] | null {
  const current = new Set(names.map(lower));
  const pending = [...renames];
  const out: Rename[] = [];
  while (pending.length > 0) {
    const at = pending.findIndex((r) => lower(r.to) === lower(r.from) || !current.has(lower(r.to)));
    if (at === -1) return null;
    const [next] = pending.splice(at, 1);
    current.delete(lower(next!.from));
    current.add(lower(next!.to));
    out.push(next!);
  }
  return out;
}

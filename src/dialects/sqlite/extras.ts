/**
 * What a move-and-copy rebuild must carry over that the Schema IR cannot
 * hold: table options (WITHOUT ROWID, STRICT), the exact CREATE INDEX text
 * (expression terms, COLLATE, DESC) and generated columns. Introspection
 * attaches it to the Table objects it returns; the rebuild looks it up for
 * the Table it is given. A Table that did not come from the catalog (an
 * offline run, which builds tables from ops) has none, and none is needed:
 * those tables were made by our own createTable, which the IR describes fully.
 */
import type { Table } from "../../schema/ir.js";

export interface SqliteTableExtras {
  /** Text after the column list of CREATE TABLE: "WITHOUT ROWID", "STRICT" or "". */
  readonly options: string;
  /** CREATE INDEX statements of the table's explicit indexes, by index name. */
  readonly indexSql: ReadonlyMap<string, string>;
  /** Generated columns, left out of Table.columns (the IR has no way to describe them). */
  readonly generated: readonly string[];
  /** SQL of views, and of other tables' triggers, that name this table (a dropped column must not be used there). */
  readonly dependents: readonly string[];
}

const extras = new WeakMap<Table, SqliteTableExtras>();

export const NO_EXTRAS: SqliteTableExtras = { options: "", indexSql: new Map(), generated: [], dependents: [] };

export function attachExtras(table: Table, value: SqliteTableExtras): Table {
  extras.set(table, value);
  return table;
}

export function extrasOf(table: Table): SqliteTableExtras {
  return extras.get(table) ?? NO_EXTRAS;
}

/** Applies the config's includeObject to one side of a comparison. */
import type { SchemaObjectInfo } from "../config/types.js";
import { lockTableName } from "../dialects/shared/locks.js";
import type { Schema, Table } from "../schema/ir.js";

/**
 * `include` is asked about every table and enum, and about each column,
 * index and constraint only when `objects` says it may leave some of those
 * out (without an includeObject in the config it keeps them all: a
 * thousand tables' lists are then neither walked nor copied).
 *
 * A table that keeps everything is passed on as the very same object: a
 * dialect may know more about a table it read than the IR holds (SQLite's
 * WITHOUT ROWID), keyed by that object, and a copy would lose it.
 */
export function filterSchema(
  schema: Schema, reflected: boolean, include: (obj: SchemaObjectInfo) => boolean, objects = true,
): Schema {
  const keep = (kind: SchemaObjectInfo["kind"], name: string | null, table: Table): boolean =>
    name === null || include({ kind, name, table: table.name, reflected, schema: table.schema });
  const tables = schema.tables
    .filter((t) => include({ kind: "table", name: t.name, reflected, schema: t.schema }))
    .map((t): Table => {
      if (!objects) return t;
      const kept = {
        columns: t.columns.filter((c) => keep("column", c.name, t)),
        indexes: t.indexes.filter((i) => keep("index", i.name, t)),
        uniques: t.uniques.filter((u) => keep("unique", u.name, t)),
        foreignKeys: t.foreignKeys.filter((f) => keep("foreignKey", f.name, t)),
        checks: t.checks.filter((c) => keep("check", c.name, t)),
      };
      const constraints = (t.constraints ?? []).filter((c) => keep("constraint", c.name, t));
      const unchanged = (Object.keys(kept) as (keyof typeof kept)[]).every((list) => kept[list].length === t[list].length)
        && constraints.length === (t.constraints ?? []).length;
      if (unchanged) return t;
      const { constraints: _all, ...rest } = t;
      return constraints.length > 0 ? { ...rest, ...kept, constraints } : { ...rest, ...kept };
    });
  return { tables, enums: schema.enums.filter((e) => include({ kind: "enum", name: e.name, reflected, schema: e.schema })) };
}

/**
 * What autogenerate compares and pull reads: never athanor's own tables (whatever includeObject says), and
 * among the rest what the config's includeObject keeps.
 */
export function includeFor(db: {
  readonly versionTable: string; readonly historyTable: string; readonly includeObject?: ((obj: SchemaObjectInfo) => boolean) | null;
}): (obj: SchemaObjectInfo) => boolean {
  const own = new Set([db.versionTable, db.historyTable, lockTableName(db.versionTable)]);
  const chosen = db.includeObject;
  return (obj) => (obj.kind === "table" && own.has(obj.name) ? false : chosen ? chosen(obj) : true);
}

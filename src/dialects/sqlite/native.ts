/**
 * Which table alterations SQLite's own ALTER TABLE does, and why the others
 * need a move-and-copy rebuild. SQLite's ALTER TABLE can ADD COLUMN (with
 * restrictions), RENAME COLUMN and DROP COLUMN (of a column nothing else
 * uses); CREATE/DROP INDEX are statements of their own. Everything else
 * (changing a column, adding or dropping a constraint) is a rebuild.
 */
import type { AddColumnOp, TableAlteration } from "../../operations/operation.js";
import { indexColumnNames, type Table } from "../../schema/ir.js";
import type { ColumnType } from "../../schema/types.js";
import { isLiteralSql } from "../shared/defaults.js";
import { mentions } from "./tokens.js";
import { strictType, sqliteType } from "./types.js";

/** Whether a STRICT table would declare the type just so. */
const strictAlready = (type: ColumnType): boolean => {
  const strict = strictType(type);
  return strict !== null && sqliteType(strict) === sqliteType(type);
};

const same = (a: string | null, b: string): boolean => a !== null && a.toLowerCase() === b.toLowerCase();

/**
 * Whether deciding (or rebuilding) needs the table's current definition.
 * ADD COLUMN needs it where the column's type name is not one a STRICT
 * table accepts, to declare it so on a STRICT table.
 */
export function needsTable(op: TableAlteration): boolean {
  switch (op.kind) {
    case "addColumn": return addColumnReason(op) !== null || !strictAlready(op.column.type);
    case "alterColumn": return alterColumnReason(op.changes) !== null;
    case "createIndex": case "dropIndex": return false;
    default: return true;
  }
}

/** Why SQLite's ALTER TABLE cannot do this op on this table; null when it can. */
export function rebuildReason(op: TableAlteration, table: Table | null): string | null {
  switch (op.kind) {
    case "addColumn": return addColumnReason(op);
    case "alterColumn": return alterColumnReason(op.changes);
    case "dropColumn": return table === null ? null : dropColumnReason(table, op.name);
    case "createIndex": case "dropIndex": return null;
    case "createUniqueConstraint": case "createForeignKey": case "createCheckConstraint": case "createPrimaryKey": case "createConstraint":
      return "SQLite's ALTER TABLE cannot add a constraint to an existing table";
    case "dropConstraint":
      // ADD COLUMN ... UNIQUE used to be done as a unique index; that one goes with DROP INDEX.
      if (op.type === "unique" && table !== null && isUniqueIndex(table, op.name)) return null;
      return "SQLite's ALTER TABLE cannot drop a constraint";
  }
}

export function isUniqueIndex(table: Table, name: string | null): boolean {
  return name !== null && !table.uniques.some((u) => same(u.name, name)) && table.indexes.some((i) => i.unique && same(i.name, name));
}

/** SQLite's ADD COLUMN restrictions (https://sqlite.org/lang_altertable.html#altertabaddcol). */
export function addColumnReason(op: AddColumnOp): string | null {
  const { column, foreignKey: fk } = op;
  const defaultIsNull = column.default === null || (column.default.kind === "literal" && column.default.value === null);
  if (column.autoIncrement) return "ADD COLUMN cannot add an autoincrement column";
  if (column.generated?.stored) return "ADD COLUMN cannot add a STORED generated column";
  if (op.unique) return "ADD COLUMN cannot add a UNIQUE column";
  if (column.default?.kind === "sql" && !isLiteralSql(column.default.sql)) {
    return `ADD COLUMN rejects the non-constant default ${column.default.sql}`;
  }
  if (!column.nullable && defaultIsNull) return "ADD COLUMN rejects a NOT NULL column without a default";
  if (fk && (fk.columns.length !== 1 || !same(fk.columns[0]!, column.name))) return "ADD COLUMN cannot add a foreign key over other columns";
  if (fk && !defaultIsNull) return "ADD COLUMN rejects a column that references another table and has a non-NULL default";
  return null;
}

function alterColumnReason(changes: object): string | null {
  const other = Object.keys(changes).filter((key) => key !== "newName" && key !== "comment");
  return other.length === 0 ? null : `SQLite's ALTER TABLE cannot change a column's ${other.join(", ")}`;
}

/** DROP COLUMN fails on a column that a key, index or CHECK uses; the rebuild drops those with it. */
function dropColumnReason(table: Table, name: string): string | null {
  const uses = (columns: readonly string[]): boolean => columns.some((c) => same(c, name));
  const why = `DROP COLUMN cannot drop "${name}" because`;
  if (table.primaryKey && uses(table.primaryKey.columns)) return `${why} it is part of the primary key`;
  const unique = table.uniques.find((u) => uses(u.columns));
  if (unique) return `${why} the unique constraint ${unique.name ?? "(unnamed)"} uses it`;
  const index = table.indexes.find((i) => uses(indexColumnNames(i)) || (i.where !== null && mentions(i.where, name))
    || i.columns.some((k) => typeof k !== "string" && k.expression !== undefined && mentions(k.expression, name)));
  if (index) return `${why} the index ${index.name} uses it`;
  const fk = table.foreignKeys.find((f) => uses(f.columns));
  if (fk) return `${why} the foreign key ${fk.name ?? "(unnamed)"} uses it`;
  const check = table.checks.find((c) => mentions(c.expression, name));
  if (check) return `${why} the check ${check.name ?? "(unnamed)"} uses it`;
  const generated = table.columns.find((c) => c.generated && mentions(c.generated.expression, name));
  if (generated) return `${why} the generated column ${generated.name} uses it`;
  return null;
}

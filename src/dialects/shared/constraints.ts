/**
 * Table constraint clauses, the same text in CREATE TABLE and in
 * ALTER TABLE ... ADD: `[CONSTRAINT name] PRIMARY KEY (...)` and friends.
 */
import type {
  CheckConstraint, Deferrable, ForeignKey, IndexColumn, PrimaryKey, ReferentialAction, UniqueConstraint,
} from "../../schema/ir.js";
import type { DialectSyntax } from "./syntax.js";

export function constraintName(syntax: DialectSyntax, name: string | null): string {
  return name ? `CONSTRAINT ${syntax.quoteIdentifier(name)} ` : "";
}

export function columnList(syntax: DialectSyntax, columns: readonly string[]): string {
  return columns.map((c) => syntax.quoteIdentifier(c)).join(", ");
}

/**
 * One index key in standard order: the column or (expression), a prefix
 * length, COLLATE, the operator class, DESC, NULLS FIRST/LAST. A dialect
 * whose catalog cannot hold a part leaves it out of its stored form, so it
 * never reaches here from autogenerate.
 */
export function indexKeySql(syntax: DialectSyntax, key: IndexColumn): string {
  if (typeof key === "string") return syntax.quoteIdentifier(key);
  let sql = key.expression !== undefined ? `(${key.expression})` : syntax.quoteIdentifier(key.column ?? "");
  if (key.length !== undefined) sql += `(${key.length})`;
  if (key.collation !== undefined) sql += ` COLLATE ${syntax.quoteIdentifier(key.collation)}`;
  if (key.opclass !== undefined) sql += ` ${key.opclass}`;
  if (key.descending) sql += " DESC";
  if (key.nulls !== undefined) sql += ` NULLS ${key.nulls.toUpperCase()}`;
  return sql;
}

export function indexKeyList(syntax: DialectSyntax, keys: readonly IndexColumn[]): string {
  return keys.map((key) => indexKeySql(syntax, key)).join(", ");
}

/** ` DEFERRABLE INITIALLY DEFERRED` and the like; nothing for a key that is not deferrable. */
export function deferrableSql(deferrable: Deferrable | undefined): string {
  return deferrable === undefined ? "" : ` DEFERRABLE INITIALLY ${deferrable.toUpperCase()}`;
}

export function primaryKeyClause(syntax: DialectSyntax, pk: PrimaryKey): string {
  return `${constraintName(syntax, pk.name)}PRIMARY KEY (${columnList(syntax, pk.columns)})${deferrableSql(pk.deferrable)}`;
}

export function uniqueClause(syntax: DialectSyntax, unique: UniqueConstraint): string {
  const nulls = unique.nullsNotDistinct ? " NULLS NOT DISTINCT" : "";
  return `${constraintName(syntax, unique.name)}UNIQUE${nulls} (${columnList(syntax, unique.columns)})${deferrableSql(unique.deferrable)}`;
}

export function checkClause(syntax: DialectSyntax, check: CheckConstraint): string {
  return `${constraintName(syntax, check.name)}CHECK (${check.expression})`;
}

/**
 * `REFERENCES t (cols) [ON DELETE ..] [ON UPDATE ..]`: the tail shared by a
 * table-level FOREIGN KEY and SQLite's column-level REFERENCES.
 */
export function referencesClause(syntax: DialectSyntax, fk: ForeignKey, refTable: string): string {
  let sql = `REFERENCES ${refTable} (${columnList(syntax, fk.refColumns)})`;
  if (fk.match !== undefined) sql += ` MATCH ${fk.match.toUpperCase()}`;
  if (fk.onDelete) sql += ` ON DELETE ${actionSql(fk.onDelete)}`;
  if (fk.onUpdate) sql += ` ON UPDATE ${actionSql(fk.onUpdate)}`;
  return sql + deferrableSql(fk.deferrable);
}

export function foreignKeyClause(syntax: DialectSyntax, fk: ForeignKey, refTable: string): string {
  return `${constraintName(syntax, fk.name)}FOREIGN KEY (${columnList(syntax, fk.columns)}) ${referencesClause(syntax, fk, refTable)}`;
}

function actionSql(action: ReferentialAction): string {
  return action.toUpperCase();
}

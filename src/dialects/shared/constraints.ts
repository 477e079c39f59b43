/**
 * Table constraint clauses, the same text in CREATE TABLE and in
 * ALTER TABLE ... ADD: `[CONSTRAINT name] PRIMARY KEY (...)` and friends.
 */
import type { CheckConstraint, ForeignKey, PrimaryKey, ReferentialAction, UniqueConstraint } from "../../schema/ir.js";
import type { DialectSyntax } from "./syntax.js";

export function constraintName(syntax: DialectSyntax, name: string | null): string {
  return name ? `CONSTRAINT ${syntax.quoteIdentifier(name)} ` : "";
}

export function columnList(syntax: DialectSyntax, columns: readonly string[]): string {
  return columns.map((c) => syntax.quoteIdentifier(c)).join(", ");
}

export function primaryKeyClause(syntax: DialectSyntax, pk: PrimaryKey): string {
  return `${constraintName(syntax, pk.name)}PRIMARY KEY (${columnList(syntax, pk.columns)})`;
}

export function uniqueClause(syntax: DialectSyntax, unique: UniqueConstraint): string {
  return `${constraintName(syntax, unique.name)}UNIQUE (${columnList(syntax, unique.columns)})`;
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
  if (fk.onDelete) sql += ` ON DELETE ${actionSql(fk.onDelete)}`;
  if (fk.onUpdate) sql += ` ON UPDATE ${actionSql(fk.onUpdate)}`;
  return sql;
}

export function foreignKeyClause(syntax: DialectSyntax, fk: ForeignKey, refTable: string): string {
  return `${constraintName(syntax, fk.name)}FOREIGN KEY (${columnList(syntax, fk.columns)}) ${referencesClause(syntax, fk, refTable)}`;
}

function actionSql(action: ReferentialAction): string {
  return action.toUpperCase();
}

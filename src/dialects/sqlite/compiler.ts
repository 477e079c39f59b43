/**
 * SQLite DDL: the shared compiler plus rowid-alias autoincrement, enum
 * CHECKs, and an ADD COLUMN that respects what SQLite's ALTER TABLE can do.
 * Comments have no storage in SQLite: like Alembic, they are left out of
 * the DDL (no error), and introspection reads none back.
 */
import type { AddColumnOp, TableRef } from "../../operations/operation.js";
import type { Column, ForeignKey, Table } from "../../schema/ir.js";
import type { ColumnType } from "../../schema/types.js";
import type { Statement } from "../dialect.js";
import { DdlCompiler, type ColumnContext } from "../shared/compiler.js";
import { columnList, constraintName, referencesClause } from "../shared/constraints.js";
import { isLiteralSql, isParenthesized, isSqliteTemporalKeyword } from "../shared/defaults.js";
import { statement } from "../shared/syntax.js";
import { quoteString, sqliteSyntax } from "./quote.js";
import { sqliteType } from "./types.js";

const BATCH = "run it inside op.batchAlterTable() (move and copy)";

export class SqliteCompiler extends DdlCompiler {
  // SQLite's VALUES has no DEFAULT keyword: bulkInsert groups rows by key set instead.
  protected override readonly defaultKeyword = false;

  constructor() {
    super(sqliteSyntax);
  }

  protected override typeSql(type: ColumnType): string {
    return sqliteType(type);
  }

  /** An autoincrement column must be the rowid alias: the table's single-column primary key, in CREATE TABLE. */
  private isRowidAlias(column: Column, context: ColumnContext): boolean {
    const pk = context.primaryKey;
    return column.autoIncrement && context.mode === "createTable"
      && pk !== null && pk.columns.length === 1 && pk.columns[0] === column.name;
  }

  protected override checkAutoIncrement(column: Column, context: ColumnContext): void {
    super.checkAutoIncrement(column, context);
    if (column.autoIncrement && !this.isRowidAlias(column, context)) {
      this.refuse(`column "${column.name}" cannot autoincrement: SQLite only autoincrements a table's single-column INTEGER PRIMARY KEY`,
        "make it the only primary key column, or drop autoIncrement()");
    }
  }

  /** A rowid alias must be declared exactly INTEGER (BIGINT would make an ordinary column). */
  protected override columnType(column: Column, context: ColumnContext): string {
    return this.isRowidAlias(column, context) ? "INTEGER" : super.columnType(column, context);
  }

  protected override columnExtras(column: Column, context: ColumnContext): string[] {
    const extras: string[] = [];
    if (this.isRowidAlias(column, context)) {
      extras.push(`${constraintName(this.syntax, context.primaryKey!.name)}PRIMARY KEY AUTOINCREMENT`);
    }
    if (column.type.kind === "enum") {
      extras.push(`CHECK (${this.quote(column.name)} IN (${column.type.values.map(quoteString).join(", ")}))`);
    }
    return extras;
  }

  protected override primaryKeyIsInline(table: Table): boolean {
    const pk = table.primaryKey;
    if (pk === null || pk.columns.length !== 1) return false;
    return table.columns.some((c) => c.name === pk.columns[0] && c.autoIncrement);
  }

  /** Bare literals and CURRENT_TIMESTAMP/DATE/TIME are allowed as is; any other expression needs parentheses. */
  protected override defaultExpression(sql: string): string {
    return isLiteralSql(sql) || isSqliteTemporalKeyword(sql) || isParenthesized(sql) ? sql : `(${sql})`;
  }

  /** A foreign key targets a table of the same database file: the name is never qualified. */
  protected override referencedTable(fk: ForeignKey, from: TableRef): string {
    if (fk.refSchema !== null && fk.refSchema !== from.schema) {
      this.refuse(`foreign key to ${fk.refSchema}.${fk.refTable} crosses databases, which SQLite cannot enforce`,
        "keep both tables in one database");
    }
    return this.quote(fk.refTable);
  }

  /** CREATE INDEX "schema"."name" ON "table": SQLite qualifies the index, never the table. */
  protected override indexName(ref: TableRef, name: string): string {
    return ref.schema ? `${this.quote(ref.schema)}.${this.quote(name)}` : this.quote(name);
  }

  protected override indexTable(ref: TableRef): string {
    return this.quote(ref.name);
  }

  /**
   * ALTER TABLE ADD COLUMN on SQLite takes no UNIQUE, no non-constant default,
   * no NOT NULL without a default: those are refused here (never sent as SQL
   * that fails). A unique becomes CREATE UNIQUE INDEX; a foreign key is
   * written inline as REFERENCES, which ADD COLUMN accepts.
   */
  protected override addColumn(op: AddColumnOp): Statement[] {
    const column = op.column;
    const fk = op.foreignKey;
    const defaultIsNull = column.default === null || (column.default.kind === "literal" && column.default.value === null);
    if (column.autoIncrement) this.refuse(`column "${column.name}" autoincrements, which ADD COLUMN cannot do`, BATCH);
    if (column.default?.kind === "sql" && !isLiteralSql(column.default.sql)) {
      this.refuse(`column "${column.name}" has the non-constant default ${column.default.sql}, which ADD COLUMN rejects`, BATCH);
    }
    if (!column.nullable && defaultIsNull) {
      this.refuse(`column "${column.name}" is NOT NULL without a default, which ADD COLUMN rejects`, `give it a default, or ${BATCH}`);
    }
    if (fk && (fk.columns.length !== 1 || fk.columns[0] !== column.name)) {
      this.refuse(`foreign key${fk.name ? ` "${fk.name}"` : ""} spans other columns than "${column.name}"`, BATCH);
    }
    if (fk && !defaultIsNull) {
      this.refuse(`column "${column.name}" references another table and has a non-NULL default, which ADD COLUMN rejects`, BATCH);
    }
    const context: ColumnContext = { table: op.table, primaryKey: null, mode: "addColumn" };
    let definition = this.columnDefinition(column, context);
    if (fk) definition += ` ${constraintName(this.syntax, fk.name)}${referencesClause(this.syntax, fk, this.referencedTable(fk, op.table))}`;
    const out = [statement(`ALTER TABLE ${this.table(op.table)} ADD COLUMN ${definition}`)];
    if (op.unique) {
      // SQLite cannot name a unique constraint's automatic index; an unnamed one gets uq_<table>_<columns>.
      const name = op.unique.name ?? `uq_${op.table.name}_${op.unique.columns.join("_")}`;
      out.push(statement(`CREATE UNIQUE INDEX ${this.indexName(op.table, name)} ON ${this.indexTable(op.table)} (${columnList(this.syntax, op.unique.columns)})`));
    }
    return out;
  }
}

/**
 * MySQL / MariaDB DDL: the shared compiler plus AUTO_INCREMENT, inline
 * COMMENTs, RENAME TABLE and `DROP INDEX .. ON ..`. Partial indexes and
 * SET DEFAULT actions do not exist here and are refused with advice.
 */
import type { TableRef } from "../../operations/operation.js";
import type { Column, ForeignKey, Index, Table } from "../../schema/ir.js";
import type { ColumnType } from "../../schema/types.js";
import type { Statement } from "../dialect.js";
import { DdlCompiler, type ColumnContext } from "../shared/compiler.js";
import { isLiteralSql, isMysqlTemporalKeyword, isParenthesized } from "../shared/defaults.js";
import { statement } from "../shared/syntax.js";
import { mysqlSyntax, quoteString } from "./quote.js";
import { mysqlType } from "./types.js";

export class MysqlCompiler extends DdlCompiler {
  constructor() {
    super(mysqlSyntax);
  }

  protected override typeSql(type: ColumnType): string {
    return mysqlType(type);
  }

  /**
   * A nullable TIMESTAMP says NULL explicitly: with explicit_defaults_for_timestamp
   * off, MySQL would otherwise make it NOT NULL DEFAULT CURRENT_TIMESTAMP.
   */
  protected override nullability(column: Column): string {
    if (column.nullable) return column.type.kind === "timestamp" && column.type.withTimezone ? "NULL" : "";
    return "NOT NULL";
  }

  /** Expression defaults need parentheses (MySQL 8.0.13+, MariaDB 10.2+), except literals and CURRENT_TIMESTAMP-likes. */
  protected override defaultExpression(sql: string): string {
    return isLiteralSql(sql) || isMysqlTemporalKeyword(sql) || isParenthesized(sql) ? sql : `(${sql})`;
  }

  protected override columnExtras(column: Column, _context: ColumnContext): string[] {
    const extras: string[] = [];
    // The column must be a key; as the primary key (the DSL's way to autoincrement) it is.
    if (column.autoIncrement) extras.push("AUTO_INCREMENT");
    if (column.comment !== null) extras.push(`COMMENT ${quoteString(column.comment)}`);
    return extras;
  }

  protected override tableOptions(table: Table): string {
    return table.comment === null ? "" : ` COMMENT=${quoteString(table.comment)}`;
  }

  protected override foreignKey(fk: ForeignKey, from: TableRef): string {
    if (fk.onDelete === "set default" || fk.onUpdate === "set default") {
      this.refuse(`foreign key${fk.name ? ` "${fk.name}"` : ""} uses SET DEFAULT, which InnoDB rejects`,
        "use SET NULL, RESTRICT, NO ACTION or CASCADE");
    }
    return super.foreignKey(fk, from);
  }

  protected override renameTable(ref: TableRef, newName: string): Statement {
    return statement(`RENAME TABLE ${this.table(ref)} TO ${this.table({ name: newName, schema: ref.schema })}`);
  }

  protected override indexWhere(index: Index): string {
    if (index.where !== null) {
      this.refuse(`index "${index.name}" is partial (where: ${index.where}) and MySQL has no partial indexes`,
        "drop the where option, or index a generated column instead");
    }
    return "";
  }

  protected override dropIndex(ref: TableRef, name: string): Statement {
    return statement(`DROP INDEX ${this.quote(name)} ON ${this.table(ref)}`);
  }

  protected override insertDefaults(ref: TableRef): Statement {
    return statement(`INSERT INTO ${this.table(ref)} () VALUES ()`);
  }
}

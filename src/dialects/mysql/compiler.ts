/**
 * MySQL / MariaDB DDL: the shared compiler plus AUTO_INCREMENT, inline
 * COMMENTs, RENAME TABLE and `DROP INDEX .. ON ..`. Partial indexes and
 * SET DEFAULT actions do not exist here and are refused with advice.
 * Column changes restate the whole column (MODIFY / CHANGE COLUMN), and
 * enums are ENUM(...) column types, never objects of their own (the base
 * compiler's enum ops apply: nothing to create or drop).
 */
import type { AlterColumnOp, DropConstraintOp, Operation, SetTableCommentOp, TableRef } from "../../operations/operation.js";
import type { Column, ForeignKey, Index, Table } from "../../schema/ir.js";
import type { ColumnType } from "../../schema/types.js";
import type { CompileContext, Statement } from "../dialect.js";
import { DdlCompiler, type ColumnContext } from "../shared/compiler.js";
import { INTEGER_KINDS } from "../shared/types.js";
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

  // ---- altering columns -----------------------------------------------------

  /** A MySQL alterColumn needs the table's definition unless the op (changes + existing hints) states the whole column. */
  override tablesNeeded(op: Operation): TableRef[] {
    if (op.kind === "alterColumn" && !this.defaultOnly(op) && !this.fullyStated(op)) return [op.table];
    return super.tablesNeeded(op);
  }

  /**
   * MODIFY / CHANGE COLUMN replace the whole column definition: what the op
   * does not change is restated as it is (from the hints, else from the
   * table), so an existing default, comment or AUTO_INCREMENT survives.
   * CHANGE renames at the same time. Setting or dropping a literal default
   * alone needs no definition: ALTER COLUMN .. SET/DROP DEFAULT.
   */
  protected override alterColumn(op: AlterColumnOp, context: CompileContext): Statement[] {
    const column = this.quote(op.name);
    if (this.defaultOnly(op)) {
      const value = op.changes.default!;
      return [this.alter(op.table, `ALTER COLUMN ${column} ${value === null ? "DROP DEFAULT" : `SET DEFAULT ${this.defaultSql(value)}`}`)];
    }
    // The column is stated as ADD COLUMN states one: no table primary key involved.
    const definition = this.columnDefinition(this.alteredColumn(op, context), { table: op.table, primaryKey: null, mode: "addColumn" });
    return [this.alter(op.table, op.changes.newName === undefined ? `MODIFY COLUMN ${definition}` : `CHANGE COLUMN ${column} ${definition}`)];
  }

  private defaultOnly(op: AlterColumnOp): boolean {
    const keys = Object.keys(op.changes).filter((key) => op.changes[key as keyof typeof op.changes] !== undefined);
    return keys.length === 1 && keys[0] === "default" && op.changes.default?.kind !== "sql";
  }

  /** Whether changes and hints give every part of the column; AUTO_INCREMENT matters only for integer types. */
  private fullyStated(op: AlterColumnOp): boolean {
    const { changes, existing } = op;
    const type = changes.type ?? existing.type;
    return type !== undefined
      && (changes.nullable ?? existing.nullable) !== undefined
      && (changes.default !== undefined || existing.default !== undefined)
      && (changes.comment !== undefined || existing.comment !== undefined)
      && (existing.autoIncrement !== undefined || !INTEGER_KINDS.has(type.kind));
  }

  /**
   * The column after the change: changed values, else the existing hints,
   * else the table as it stands. Inside a batch the table is as it stood
   * before the batch, so alter a column the same batch added by its hints.
   */
  private alteredColumn(op: AlterColumnOp, context: CompileContext): Column {
    const { changes, existing } = op;
    const current = this.fullyStated(op) ? null : this.currentColumn(op, context);
    const pick = <K extends "type" | "nullable" | "default" | "comment">(key: K): Column[K] =>
      (changes[key] !== undefined ? changes[key] : existing[key] !== undefined ? existing[key] : current![key]) as Column[K];
    return {
      name: changes.newName ?? op.name, type: pick("type"), nullable: pick("nullable"), default: pick("default"), comment: pick("comment"),
      // Kept even onto a type that cannot autoincrement: columnDefinition then refuses, rather than dropping it silently.
      autoIncrement: existing.autoIncrement ?? current?.autoIncrement ?? false,
    };
  }

  private currentColumn(op: AlterColumnOp, context: CompileContext): Column {
    const table = context.table(op.table).table;
    const found = table.columns.find((c) => c.name === op.name);
    if (!found) this.refuse(`table ${table.name} has no column "${op.name}"`, "check the column name");
    return found;
  }

  // ---- constraints and comments ---------------------------------------------

  /** Each kind of constraint has its own DROP; the primary key has no name to give. */
  protected override dropConstraint(op: DropConstraintOp, _context: CompileContext): Statement[] {
    if (op.type === "primary") return [this.alter(op.table, "DROP PRIMARY KEY")];
    const name = this.quote(op.name ?? this.unnamedConstraint(op));
    const clause = { foreignkey: "FOREIGN KEY", unique: "INDEX", check: "CONSTRAINT" }[op.type];
    return [this.alter(op.table, `DROP ${clause} ${name}`)];
  }

  /** Comments are table options; an empty one is none. */
  protected override setTableComment(op: SetTableCommentOp, _context: CompileContext): Statement[] {
    return [this.alter(op.table, `COMMENT = ${quoteString(op.comment ?? "")}`)];
  }
}

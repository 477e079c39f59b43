/**
 * The statement-building half of the DDL compiler: columns, CREATE TABLE,
 * indexes and inserts. compiler.ts adds the dispatch over operations and the
 * ALTER-style ops; it is split only to keep each file readable. Dialects
 * extend DdlCompiler, never this class directly.
 */
import type { TableRef } from "../../operations/operation.js";
import type { Column, ForeignKey, Index, PrimaryKey, Table } from "../../schema/ir.js";
import type { ColumnType, DefaultValue } from "../../schema/types.js";
import type { Statement } from "../dialect.js";
import { DEFAULT_VALUE, type InsertChunk } from "./bulk-insert.js";
import { checkClause, columnList, foreignKeyClause, indexKeyList, primaryKeyClause, uniqueClause } from "./constraints.js";
import { literal, qualifiedTable, statement, type DialectSyntax } from "./syntax.js";
import { INTEGER_KINDS } from "./types.js";
import { normalizeValue } from "./values.js";

export interface ColumnContext {
  readonly table: TableRef;
  /** The table's primary key while compiling CREATE TABLE; null in ADD COLUMN. */
  readonly primaryKey: PrimaryKey | null;
  readonly mode: "createTable" | "addColumn";
}

/** Thrown by hooks; `compile` turns it into an UnsupportedOperationError that names the op and dialect. */
export class Refusal extends Error {
  constructor(readonly reason: string, readonly instead: string) {
    super(reason);
  }
}

export abstract class DdlBase {
  /** Whether VALUES accepts the DEFAULT keyword (bulkInsert then fills missing keys with it). */
  protected readonly defaultKeyword: boolean = true;

  constructor(protected readonly syntax: DialectSyntax) {}

  /** Refuses the current op: `reason` says what cannot be done, `instead` what the user can do. */
  protected refuse(reason: string, instead: string): never {
    throw new Refusal(reason, instead);
  }

  protected quote(name: string): string {
    return this.syntax.quoteIdentifier(name);
  }

  protected table(ref: TableRef): string {
    return qualifiedTable(this.syntax, ref);
  }

  /** The table a foreign key points at: qualified only when the key names a schema. */
  protected referencedTable(fk: ForeignKey, _from: TableRef): string {
    return this.table({ name: fk.refTable, schema: fk.refSchema });
  }

  // ---- columns ------------------------------------------------------------

  protected abstract typeSql(type: ColumnType): string;

  /** `name TYPE [NOT NULL] [DEFAULT x] [extras...]`; every dialect accepts this order. */
  protected columnDefinition(column: Column, context: ColumnContext): string {
    this.checkAutoIncrement(column, context);
    const parts = [this.quote(column.name), this.columnType(column, context)];
    const nullability = this.nullability(column);
    if (nullability) parts.push(nullability);
    if (column.default) parts.push(`DEFAULT ${this.defaultSql(column.default)}`);
    parts.push(...this.columnExtras(column, context));
    return parts.join(" ");
  }

  protected columnType(column: Column, _context: ColumnContext): string {
    return this.typeSql(column.type);
  }

  protected nullability(column: Column): string {
    return column.nullable ? "" : "NOT NULL";
  }

  protected defaultSql(value: DefaultValue): string {
    return value.kind === "sql" ? this.defaultExpression(value.sql) : literal(this.syntax, value.value);
  }

  /** A default written as SQL; verbatim unless the dialect needs it wrapped. */
  protected defaultExpression(sql: string): string {
    return sql;
  }

  /** What follows the default: autoincrement, inline comments, inline checks. */
  protected columnExtras(_column: Column, _context: ColumnContext): string[] {
    return [];
  }

  protected checkAutoIncrement(column: Column, _context: ColumnContext): void {
    if (column.autoIncrement && !INTEGER_KINDS.has(column.type.kind)) {
      this.refuse(`column "${column.name}" of type ${column.type.kind} cannot autoincrement`,
        "use integer(), bigint() or smallint() for an autoincrement column");
    }
  }

  // ---- tables -------------------------------------------------------------

  protected createTable(table: Table): Statement[] {
    const ref: TableRef = { name: table.name, schema: table.schema };
    const context: ColumnContext = { table: ref, primaryKey: table.primaryKey, mode: "createTable" };
    const lines = [...table.columns.map((c) => this.columnDefinition(c, context)), ...this.tableConstraints(table)];
    const create = `CREATE TABLE ${this.table(ref)} (\n  ${lines.join(",\n  ")}\n)${this.tableOptions(table)}`;
    return [
      statement(create),
      // Indexes are not part of CREATE TABLE in standard SQL: separate statements, after the table exists.
      ...table.indexes.map((index) => this.createIndex(ref, index, false)),
      ...this.commentStatements(ref, table.comment, table.columns),
    ];
  }

  protected tableConstraints(table: Table): string[] {
    const ref: TableRef = { name: table.name, schema: table.schema };
    const pk = table.primaryKey && !this.primaryKeyIsInline(table) ? [primaryKeyClause(this.syntax, table.primaryKey)] : [];
    return [
      ...pk,
      ...table.uniques.map((unique) => uniqueClause(this.syntax, unique)),
      ...table.foreignKeys.map((fk) => this.foreignKey(fk, ref)),
      ...table.checks.map((check) => checkClause(this.syntax, check)),
    ];
  }

  /** SQLite writes an autoincrement primary key on its column instead of as a table constraint. */
  protected primaryKeyIsInline(_table: Table): boolean {
    return false;
  }

  protected foreignKey(fk: ForeignKey, from: TableRef): string {
    return foreignKeyClause(this.syntax, fk, this.referencedTable(fk, from));
  }

  /** Text after the closing parenthesis of CREATE TABLE (MySQL's COMMENT=...). */
  protected tableOptions(_table: Table): string {
    return "";
  }

  /** The comments of a new table or column, for dialects that store them by statements of their own. */
  protected commentStatements(ref: TableRef, tableComment: string | null, columns: readonly Column[]): Statement[] {
    return [
      ...(tableComment === null ? [] : this.tableComment(ref, tableComment)),
      ...columns.flatMap((column) => (column.comment === null ? [] : this.columnComment(ref, column.name, column.comment))),
    ];
  }

  /**
   * Sets (null: removes) a table comment by a statement of its own
   * (PostgreSQL COMMENT ON). None by default: MySQL writes comments inline,
   * and SQLite has nowhere to keep one, so like Alembic it leaves them out.
   */
  protected tableComment(_ref: TableRef, _comment: string | null): Statement[] {
    return [];
  }

  /** As tableComment, for a column. */
  protected columnComment(_ref: TableRef, _column: string, _comment: string | null): Statement[] {
    return [];
  }

  protected renameTable(ref: TableRef, newName: string): Statement {
    return statement(`ALTER TABLE ${this.table(ref)} RENAME TO ${this.quote(newName)}`);
  }

  // ---- indexes ------------------------------------------------------------

  protected createIndex(ref: TableRef, index: Index, concurrently: boolean): Statement {
    const unique = index.unique ? "UNIQUE " : "";
    return statement(
      `CREATE ${unique}INDEX ${this.concurrently(concurrently)}${this.indexName(ref, index.name)} ` +
      `ON ${this.indexTable(ref)}${this.indexMethod(index)} (${this.indexKeys(index)})${this.indexTail(index)}${this.indexWhere(index)}`,
    );
  }

  /** ` USING gin` where the dialect has index methods (PostgreSQL); refused elsewhere unless a dialect overrides. */
  protected indexMethod(index: Index): string {
    if (index.using !== undefined) this.refuse(`index "${index.name}" uses method ${index.using}, which this database does not have`, "remove `using` from the index");
    return "";
  }

  protected indexKeys(index: Index): string {
    return indexKeyList(this.syntax, index.columns);
  }

  /** What stands between the keys and WHERE: PostgreSQL's INCLUDE, NULLS NOT DISTINCT and WITH (...). */
  protected indexTail(index: Index): string {
    if (index.include !== undefined || index.nullsNotDistinct || index.with !== undefined) {
      this.refuse(`index "${index.name}" has INCLUDE, NULLS NOT DISTINCT or storage parameters, which this database does not have`,
        "remove them from the index");
    }
    return "";
  }

  /** Only PostgreSQL builds indexes concurrently on request; the others build online anyway. */
  protected concurrently(_requested: boolean): string {
    return "";
  }

  protected indexName(_ref: TableRef, name: string): string {
    return this.quote(name);
  }

  protected indexTable(ref: TableRef): string {
    return this.table(ref);
  }

  protected indexWhere(index: Index): string {
    return index.where ? ` WHERE ${index.where}` : "";
  }

  /** An index lives in its table's schema: `DROP INDEX "schema"."name"`. */
  protected dropIndex(ref: TableRef, name: string, concurrently = false): Statement {
    const schema = ref.schema ? `${this.quote(ref.schema)}.` : "";
    return statement(`DROP INDEX ${this.concurrently(concurrently)}${schema}${this.quote(name)}`);
  }

  // ---- data ---------------------------------------------------------------

  protected insert(ref: TableRef, chunk: InsertChunk): Statement {
    if (chunk.columns.length === 0) return this.insertDefaults(ref);
    const params: unknown[] = [];
    const tuples = chunk.rows.map((row) => `(${row.map((value) => {
      if (value === DEFAULT_VALUE) return "DEFAULT";
      params.push(normalizeValue(value, this.syntax.values));
      return this.syntax.placeholder(params.length - 1);
    }).join(", ")})`);
    return statement(`INSERT INTO ${this.table(ref)} (${columnList(this.syntax, chunk.columns)}) VALUES ${tuples.join(", ")}`, params);
  }

  /** A row that names no column: every column takes its default. */
  protected insertDefaults(ref: TableRef): Statement {
    return statement(`INSERT INTO ${this.table(ref)} DEFAULT VALUES`);
  }
}

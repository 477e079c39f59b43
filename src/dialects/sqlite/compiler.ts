/**
 * SQLite DDL: the shared compiler plus rowid-alias autoincrement and enum
 * CHECKs. Table alterations run as SQLite's own ALTER TABLE where it can do
 * them (native.ts) and as a move-and-copy rebuild otherwise (rebuild.ts),
 * never as SQL that fails. Comments have no storage in SQLite: like
 * Alembic, they are left out of the DDL (no error), and introspection reads
 * none back; enum types are no objects (createEnum/dropEnum do nothing).
 */
import type {
  AddColumnOp, AddEnumValueOp, AlterColumnOp, BatchAlterTableOp, CreateCheckConstraintOp, CreateForeignKeyOp,
  CreatePrimaryKeyOp, CreateUniqueConstraintOp, DropColumnOp, DropConstraintOp, DropEnumValueOp, Operation, RecreateMode,
  TableAlteration, TableRef,
} from "../../operations/operation.js";
import type { Column, ForeignKey, Table } from "../../schema/ir.js";
import type { ColumnType } from "../../schema/types.js";
import type { CompileContext, Statement, TableState } from "../dialect.js";
import { DdlCompiler, type ColumnContext } from "../shared/compiler.js";
import { constraintName, referencesClause } from "../shared/constraints.js";
import { applyAlterations } from "./alterations.js";
import { defaultExpression } from "./defaults.js";
import { isUniqueIndex, needsTable, rebuildReason } from "./native.js";
import { quoteString, sqliteSyntax } from "./quote.js";
import { rebuildTable, type RebuildRenderer } from "./rebuild.js";
import { sqliteType } from "./types.js";

const ENUM_INSTEAD = "change each column to the new list of values instead, e.g. "
  + "op.alterColumn(table, column, { type: enumType(name, [...values]).column() }), which rebuilds the table";

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
    return defaultExpression(sql);
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

  // ---- table alterations: native ALTER where SQLite has it, else one move-and-copy rebuild ----

  /** The table's definition is needed for every op that may be rebuilt, and for DROP COLUMN to decide. */
  override tablesNeeded(op: Operation): TableRef[] {
    if (op.kind === "batchAlterTable") return op.recreate === "always" || op.ops.some(needsTable) ? [op.table] : [];
    return isAlteration(op) && needsTable(op) ? [op.table] : [];
  }

  protected override addColumn(op: AddColumnOp, context: CompileContext): Statement[] {
    return this.alterTable(op.table, [op], "auto", context);
  }

  protected override dropColumn(op: DropColumnOp, context: CompileContext): Statement[] {
    return this.alterTable(op.table, [op], "auto", context);
  }

  protected override alterColumn(op: AlterColumnOp, context: CompileContext): Statement[] {
    return this.alterTable(op.table, [op], "auto", context);
  }

  protected override createUniqueConstraint(op: CreateUniqueConstraintOp, context: CompileContext): Statement[] {
    return this.alterTable(op.table, [op], "auto", context);
  }

  protected override createForeignKey(op: CreateForeignKeyOp, context: CompileContext): Statement[] {
    return this.alterTable(op.table, [op], "auto", context);
  }

  protected override createCheckConstraint(op: CreateCheckConstraintOp, context: CompileContext): Statement[] {
    return this.alterTable(op.table, [op], "auto", context);
  }

  protected override createPrimaryKey(op: CreatePrimaryKeyOp, context: CompileContext): Statement[] {
    return this.alterTable(op.table, [op], "auto", context);
  }

  protected override dropConstraint(op: DropConstraintOp, context: CompileContext): Statement[] {
    return this.alterTable(op.table, [op], "auto", context);
  }

  protected override batchAlterTable(op: BatchAlterTableOp, context: CompileContext): Statement[] {
    return this.alterTable(op.table, op.ops, op.recreate, context);
  }

  /** SQLite has no enum types to change: an enum is a TEXT column with a CHECK. */
  protected override addEnumValue(_op: AddEnumValueOp, _context: CompileContext): Statement[] {
    return this.refuse("SQLite has no enum types (an enum column is TEXT with a CHECK of its values)", ENUM_INSTEAD);
  }

  protected override dropEnumValue(_op: DropEnumValueOp, _context: CompileContext): Statement[] {
    return this.refuse("SQLite has no enum types (an enum column is TEXT with a CHECK of its values)", ENUM_INSTEAD);
  }

  /**
   * One decision for the whole group: every op natively when SQLite's ALTER
   * TABLE can do each of them (judged against the table as the earlier ops
   * leave it), otherwise all of them in one rebuild; "always" rebuilds
   * anyway and "never" refuses what needs one.
   */
  private alterTable(ref: TableRef, ops: readonly TableAlteration[], mode: RecreateMode, context: CompileContext): Statement[] {
    const refuse = (reason: string, instead: string): never => this.refuse(reason, instead);
    const state = mode === "always" || ops.some(needsTable) ? this.stateOf(ref, ops, mode, context) : null;
    // The table as each op finds it, until the first op that SQLite's ALTER TABLE cannot do.
    const seen: (Table | null)[] = [];
    let table = state?.table ?? null;
    let reason: string | null = null;
    for (const op of ops) {
      seen.push(table);
      reason = rebuildReason(op, table);
      if (reason !== null) break;
      if (table !== null) table = applyAlterations(table, [op], refuse).table;
    }
    if (mode === "always" || (reason !== null && mode === "auto")) return rebuildTable(state!, ops, this.renderer, refuse);
    if (reason !== null) refuse(reason, "use recreate: \"auto\" so that the table is rebuilt (move and copy)");
    return ops.flatMap((op, i) => this.nativeAlteration(op, seen[i] ?? null));
  }

  /**
   * The table's definition. Offline, a table the run did not create is
   * unknown; a DROP COLUMN then goes out as SQLite's own DROP COLUMN (which
   * fails on the database where it cannot be done), anything else is an error.
   */
  private stateOf(ref: TableRef, ops: readonly TableAlteration[], mode: RecreateMode, context: CompileContext): TableState | null {
    try {
      return context.table(ref);
    } catch (error) {
      if (mode !== "always" && ops.every((op) => !needsTable(op) || op.kind === "dropColumn")) return null;
      throw error;
    }
  }

  private nativeAlteration(op: TableAlteration, table: Table | null): Statement[] {
    switch (op.kind) {
      case "addColumn": return [this.nativeAddColumn(op)];
      case "dropColumn": return [this.alter(op.table, `DROP COLUMN ${this.quote(op.name)}`)];
      case "alterColumn":
        // SQLite keeps no comments: a comment-only change has nothing to do.
        if (op.changes.newName === undefined) return [];
        return [this.alter(op.table, `RENAME COLUMN ${this.quote(op.name)} TO ${this.quote(op.changes.newName)}`)];
      case "createIndex": return [this.createIndex(op.table, op.index, op.concurrently)];
      case "dropIndex": return [this.dropIndex(op.table, op.name)];
      case "dropConstraint":
        if (op.name !== null && table !== null && isUniqueIndex(table, op.name)) return [this.dropIndex(op.table, op.name)];
    }
    throw new Error(`internal: ${op.kind} has no native SQLite form`);
  }

  /** ADD COLUMN, with a foreign key written inline as REFERENCES (which ADD COLUMN accepts). */
  private nativeAddColumn(op: AddColumnOp): Statement {
    const context: ColumnContext = { table: op.table, primaryKey: null, mode: "addColumn" };
    let definition = this.columnDefinition(op.column, context);
    const fk = op.foreignKey;
    if (fk) definition += ` ${constraintName(this.syntax, fk.name)}${referencesClause(this.syntax, fk, this.referencedTable(fk, op.table))}`;
    return this.alter(op.table, `ADD COLUMN ${definition}`);
  }

  private readonly renderer: RebuildRenderer = {
    createTable: (table) => this.createTable(table)[0]!,
    createIndex: (ref, index) => this.createIndex(ref, index, false),
    table: (ref) => this.table(ref),
  };
}

function isAlteration(op: Operation): op is TableAlteration {
  return ALTERATIONS.has(op.kind);
}

const ALTERATIONS: ReadonlySet<Operation["kind"]> = new Set<TableAlteration["kind"]>([
  "addColumn", "dropColumn", "alterColumn", "createIndex", "dropIndex", "createUniqueConstraint",
  "createForeignKey", "createCheckConstraint", "createPrimaryKey", "dropConstraint",
]);

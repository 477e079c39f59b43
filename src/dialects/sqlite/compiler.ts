/**
 * SQLite DDL: the shared compiler plus rowid-alias autoincrement, enum
 * CHECKs, COLLATE and GENERATED columns, STRICT type names and WITHOUT
 * ROWID / STRICT options; what SQLite has not (ir-subset.ts) is left out,
 * what it would reject is refused. Table alterations run as SQLite's own ALTER TABLE where it can do
 * them (native.ts) and as a move-and-copy rebuild otherwise (rebuild.ts),
 * never as SQL that fails. Comments have no storage in SQLite: like
 * Alembic, they are left out of the DDL (no error), and introspection reads
 * none back; enum types are no objects (createEnum/dropEnum do nothing).
 */
import type {
  AddColumnOp, AddEnumValueOp, AlterColumnOp, BatchAlterTableOp, CreateCheckConstraintOp, CreateConstraintOp, CreateForeignKeyOp,
  CreatePrimaryKeyOp, CreateUniqueConstraintOp, DropColumnOp, DropConstraintOp, DropEnumValueOp, Operation, RecreateMode,
  SetTableOptionsOp, TableAlteration, TableRef,
} from "../../operations/operation.js";
import type { Column, ForeignKey, Index, Table } from "../../schema/ir.js";
import type { ColumnType } from "../../schema/types.js";
import type { CompileContext, Statement, TableState } from "../dialect.js";
import { DdlCompiler, type ColumnContext } from "../shared/compiler.js";
import { constraintName, indexKeyList, referencesClause } from "../shared/constraints.js";
import { applyAlterations } from "./alterations.js";
import { defaultExpression } from "./defaults.js";
import { addColumnReason, isUniqueIndex, needsTable, rebuildReason } from "./native.js";
import { quoteString, sqliteSyntax } from "./quote.js";
import { rebuildTable, type RebuildRenderer } from "./rebuild.js";
import { sqliteColumn, sqliteForeignKey, sqliteIndexKeys, sqliteTable, sqliteTableOptions, STRICT_INSTEAD } from "./ir-subset.js";
import { strictType, sqliteType } from "./types.js";

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
    if (column.collation !== undefined) extras.push(`COLLATE ${collationName(column.collation)}`);
    if (column.generated !== undefined) {
      if (column.default !== null) this.refuse(`generated column "${column.name}" cannot have a default`, "remove the default");
      extras.push(`GENERATED ALWAYS AS (${column.generated.expression}) ${column.generated.stored ? "STORED" : "VIRTUAL"}`);
    }
    return extras;
  }

  /**
   * CREATE TABLE of what SQLite has: options and key attributes it lacks
   * left out (see ir-subset.ts), a STRICT table's columns declared with
   * the type names STRICT accepts.
   */
  protected override createTable(table: Table): Statement[] {
    const own = sqliteTable(table);
    const options = own.options ?? {};
    if (own.columns.length === 0) {
      this.refuse(`table "${table.name}" has no columns${table.options?.partitionOf ? " (a partition: SQLite has no partitions)" : ""}`,
        "give it its columns");
    }
    const verbatim = table.constraints?.[0];
    if (verbatim !== undefined) {
      this.refuse(`SQLite has no constraint like "${verbatim.name}" (${verbatim.definition})`, "express it as a CHECK or a unique index");
    }
    if (options.withoutRowid && own.primaryKey === null) {
      this.refuse(`table "${table.name}" is WITHOUT ROWID but has no primary key, which SQLite requires`, "give it a primary key");
    }
    if (options.withoutRowid && own.columns.some((c) => c.autoIncrement)) {
      this.refuse(`table "${table.name}" is WITHOUT ROWID, where SQLite has no AUTOINCREMENT`, "drop autoIncrement() or withoutRowid");
    }
    if (!options.strict) return super.createTable(own);
    const columns = own.columns.map((column) => {
      // An autoincrement column is the rowid, declared INTEGER whatever integer kind the model gave it.
      const type = column.autoIncrement ? { kind: "integer" as const } : strictType(column.type);
      if (type === null) this.refuse(`column "${column.name}" of STRICT table "${table.name}" is declared ${sqliteType(column.type)}`, STRICT_INSTEAD);
      return { ...column, type };
    });
    return super.createTable({ ...own, columns });
  }

  protected override tableOptions(table: Table): string {
    return sqliteTableOptions(table.options);
  }

  protected override foreignKey(fk: ForeignKey, from: TableRef): string {
    return super.foreignKey(sqliteForeignKey(fk), from);
  }

  // SQLite indexes have no method, INCLUDE, NULLS NOT DISTINCT, storage parameters, operator classes,
  // NULLS FIRST/LAST or prefix lengths: left out (the stored form leaves them out too, so they are never a difference).
  protected override indexMethod(_index: Index): string {
    return "";
  }

  protected override indexTail(_index: Index): string {
    return "";
  }

  protected override indexKeys(index: Index): string {
    return indexKeyList(this.syntax, sqliteIndexKeys(index.columns));
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
    if (op.kind === "setTableOptions") return sqliteTableOptions(op.options) === sqliteTableOptions(op.existing) ? [] : [op.table];
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

  /** SQLite has no EXCLUDE or other constraint kept as text, and cannot add a constraint in place. */
  protected override createConstraint(op: CreateConstraintOp, _context: CompileContext): Statement[] {
    return this.refuse(`SQLite has no constraint like "${op.constraint.definition}"`, "express it as a CHECK or a unique index");
  }

  /**
   * WITHOUT ROWID and STRICT are fixed when a table is created: a change is
   * a move-and-copy rebuild with the new options. The options SQLite does
   * not have (UNLOGGED, ENGINE, ...) change nothing.
   */
  protected override setTableOptions(op: SetTableOptionsOp, context: CompileContext): Statement[] {
    const state = context.table(op.table);
    const now = state.table.options;
    if (sqliteTableOptions(now) === sqliteTableOptions(op.options)) return [];
    return rebuildTable(state, [], this.renderer, (reason, instead) => this.refuse(reason, instead), op.options);
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
      // Without the table, SQLite's own DROP COLUMN and ADD COLUMN still go out (they fail where they cannot be done).
      if (mode !== "always" && ops.every((op) => !needsTable(op) || op.kind === "dropColumn" || (op.kind === "addColumn" && addColumnReason(op) === null))) return null;
      throw error;
    }
  }

  private nativeAlteration(op: TableAlteration, table: Table | null): Statement[] {
    switch (op.kind) {
      case "addColumn": return [this.nativeAddColumn(op, table)];
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

  /** ADD COLUMN, with a foreign key written inline as REFERENCES (which ADD COLUMN accepts); a STRICT table's type names. */
  private nativeAddColumn(op: AddColumnOp, table: Table | null): Statement {
    const context: ColumnContext = { table: op.table, primaryKey: null, mode: "addColumn" };
    let column = sqliteColumn(op.column);
    if (table?.options?.strict) {
      const type = strictType(column.type);
      if (type === null) this.refuse(`column "${column.name}" of STRICT table "${op.table.name}" is declared ${sqliteType(column.type)}`, STRICT_INSTEAD);
      column = { ...column, type };
    }
    let definition = this.columnDefinition(column, context);
    const fk = op.foreignKey && sqliteForeignKey(op.foreignKey);
    if (fk) definition += ` ${constraintName(this.syntax, fk.name)}${referencesClause(this.syntax, fk, this.referencedTable(fk, op.table))}`;
    return this.alter(op.table, `ADD COLUMN ${definition}`);
  }

  private readonly renderer: RebuildRenderer = {
    createTable: (table) => this.createTable(table)[0]!,
    createIndex: (ref, index) => this.createIndex(ref, index, false),
    table: (ref) => this.table(ref),
  };
}

/** A collation name bare where it is a plain identifier (COLLATE NOCASE), quoted otherwise. */
function collationName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : sqliteSyntax.quoteIdentifier(name);
}

function isAlteration(op: Operation): op is TableAlteration {
  return ALTERATIONS.has(op.kind);
}

const ALTERATIONS: ReadonlySet<Operation["kind"]> = new Set<TableAlteration["kind"]>([
  "addColumn", "dropColumn", "alterColumn", "createIndex", "dropIndex", "createUniqueConstraint",
  "createForeignKey", "createCheckConstraint", "createPrimaryKey", "dropConstraint",
]);

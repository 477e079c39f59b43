/**
 * MySQL / MariaDB DDL: the shared compiler plus AUTO_INCREMENT, inline
 * COMMENTs, RENAME TABLE and `DROP INDEX .. ON ..`, column charsets and
 * collations, ON UPDATE, generated columns, FULLTEXT / SPATIAL indexes,
 * prefix lengths and table options (ENGINE, DEFAULT CHARSET, COLLATE).
 * What MySQL lacks altogether (DEFERRABLE, UNLOGGED, INCLUDE, ...) is left
 * out of every op first (strip.ts). Partial indexes and SET DEFAULT
 * actions do not exist here and are refused with advice.
 * Column changes restate the whole column (MODIFY / CHANGE COLUMN), and
 * enums are ENUM(...) column types, never objects of their own (the base
 * compiler's enum ops apply: nothing to create or drop). Dropping keys and
 * indexes keeps the index InnoDB holds for each foreign key in step
 * (fk-indexes.ts) when the table's definition is known.
 */
import { UnsupportedOperationError } from "../../errors.js";
import {
  alterModeOf, type AlterColumnOp, type CreateConstraintOp, type DropConstraintOp, type DropIndexOp, type Operation,
  type SetTableCommentOp, type SetTableOptionsOp, type TableRef,
} from "../../operations/operation.js";
import { hasAlterMode, withAlterMode } from "./alter-mode.js";
import type { CheckConstraint, Column, ForeignKey, Index, Table } from "../../schema/ir.js";
import type { ColumnType, DefaultValue } from "../../schema/types.js";
import type { CompileContext, Statement } from "../dialect.js";
import { DdlCompiler, type ColumnContext } from "../shared/compiler.js";
import { INTEGER_KINDS } from "../shared/types.js";
import { isLiteralSql, isMysqlTemporalKeyword, isParenthesized } from "../shared/defaults.js";
import { statement } from "../shared/syntax.js";
import { canonicalExpression } from "./expressions.js";
import { covered, ownIndexName, uncovered, type Dropping } from "./fk-indexes.js";
import { mysqlSyntax, quoteString } from "./quote.js";
import { columnCheck, textual } from "./column-parts.js";
import { temporalLiteral } from "./stored-form.js";
import { mysqlOperation, mysqlTableOptions } from "./strip.js";
import { tableOptionsSql, tableOptionsChange } from "./table-options.js";
import { mysqlType } from "./types.js";

/** A check's expression with a renamed column's references renamed (backquoted or bare). */
function renamedIn(expression: string, from: string, to: string): string {
  const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return expression.replace(new RegExp(`\`${escaped.replace(/`/g, "``")}\`|\\b${escaped}\\b`, "g"), `\`${to.replace(/`/g, "``")}\``);
}

const INTEGER_TYPE_SQL = /^\s*(tinyint|smallint|mediumint|int|integer|bigint)\s*(\(\s*\d+\s*\))?(\s+unsigned)?(\s+zerofill)?\s*$/i;

export class MysqlCompiler extends DdlCompiler {
  constructor() {
    super(mysqlSyntax);
  }

  protected override typeSql(type: ColumnType): string {
    return mysqlType(type);
  }

  /**
   * The type, then the column's own CHARACTER SET and COLLATE (text types
   * only: others have none), then GENERATED ALWAYS AS (...) VIRTUAL|STORED.
   */
  protected override columnType(column: Column, _context: ColumnContext): string {
    let sql = this.typeSql(column.type);
    if (textual(column.type)) {
      if (column.charset !== undefined) sql += ` CHARACTER SET ${column.charset}`;
      if (column.collation !== undefined) sql += ` COLLATE ${column.collation}`;
    }
    if (column.generated !== undefined) {
      sql += ` GENERATED ALWAYS AS (${column.generated.expression}) ${column.generated.stored ? "STORED" : "VIRTUAL"}`;
    }
    return sql;
  }

  /**
   * A nullable TIMESTAMP says NULL explicitly: with explicit_defaults_for_timestamp
   * off, MySQL would otherwise make it NOT NULL DEFAULT CURRENT_TIMESTAMP.
   * A generated column states none: MariaDB rejects NULL / NOT NULL on one.
   */
  protected override nullability(column: Column): string {
    if (column.generated !== undefined) return "";
    if (column.nullable) return column.type.kind === "timestamp" && column.type.withTimezone ? "NULL" : "";
    return "NOT NULL";
  }

  /** A Date default (an ISO string in the IR) in the form DATETIME and DATE accept. */
  protected override columnDefinition(column: Column, context: ColumnContext): string {
    return super.columnDefinition({ ...column, default: this.temporalDefault(column.default, column.type) }, context);
  }

  private temporalDefault(value: DefaultValue | null, type: ColumnType | undefined): DefaultValue | null {
    if (value?.kind !== "literal" || typeof value.value !== "string" || type === undefined) return value;
    return { kind: "literal", value: temporalLiteral(value.value, type) };
  }

  /** AUTO_INCREMENT also on an integer type kept raw for its display width (`int(11) unsigned`). */
  protected override checkAutoIncrement(column: Column, context: ColumnContext): void {
    if (column.type.kind === "raw" && INTEGER_TYPE_SQL.test(column.type.sql)) return;
    super.checkAutoIncrement(column, context);
  }

  /** Expression defaults need parentheses (MySQL 8.0.13+, MariaDB 10.2+), except literals and CURRENT_TIMESTAMP-likes. */
  protected override defaultExpression(sql: string): string {
    return isLiteralSql(sql) || isMysqlTemporalKeyword(sql) || isParenthesized(sql) ? sql : `(${sql})`;
  }

  protected override columnExtras(column: Column, _context: ColumnContext): string[] {
    const extras: string[] = [];
    if (column.onUpdate !== undefined) extras.push(`ON UPDATE ${column.onUpdate}`);
    // The column must be a key; as the primary key (the DSL's way to autoincrement) it is.
    if (column.autoIncrement) extras.push("AUTO_INCREMENT");
    if (column.comment !== null) extras.push(`COMMENT ${quoteString(column.comment)}`);
    return extras;
  }

  protected override tableOptions(table: Table): string {
    return tableOptionsSql(table.options, table.comment === null ? "" : ` COMMENT=${quoteString(table.comment)}`);
  }

  /**
   * CREATE TABLE with MariaDB's column checks (a check named after its column, over that column: what
   * `col INT CHECK (...)` makes there) written on their columns, where MariaDB keeps them; the rest as the
   * shared compiler writes them. Indexes follow in the table's order, which SHOW CREATE TABLE keeps.
   */
  protected override createTable(table: Table): Statement[] {
    const verbatim = table.constraints?.[0];
    if (verbatim !== undefined) this.refuseVerbatim(verbatim.name);
    const ref: TableRef = { name: table.name, schema: table.schema };
    const context: ColumnContext = { table: ref, primaryKey: table.primaryKey, mode: "createTable" };
    const inline = new Set<CheckConstraint>();
    const columns = table.columns.map((column) => {
      const check = columnCheck(table.checks, column.name);
      if (check) inline.add(check);
      const definition = this.columnDefinition(column, context);
      return check ? `${definition} CHECK (${check.expression})` : definition;
    });
    const rest = this.tableConstraints({ ...table, checks: table.checks.filter((c) => !inline.has(c)) });
    // The index InnoDB makes for a key that nothing covers is named after a key it named itself
    // (`<table>_ibfk_<n>`) by its first column, but after that name once the name is written out. Each such
    // index is added under the name InnoDB gave it, in the keys' order after every other index (where InnoDB puts
    // its own), so the table comes out as it was; introspection hides them again as the keys' own indexes.
    const ownKeys: string[] = [];
    if (table.foreignKeys.some((fk) => fk.name !== null && ownIndexName(table.name, fk) !== fk.name && !covered(table, fk.columns))) {
      // One index serves every key whose columns lead it: a key that leads another uncovered key's columns has
      // none of its own. Two keys whose indexes InnoDB would name alike (it numbers the second): left to InnoDB.
      const names = new Set(table.indexes.map((i) => i.name.toLowerCase()));
      const uncoveredKeys = table.foreignKeys.filter((fk) => !covered(table, fk.columns));
      const servedByAnother = (fk: ForeignKey): boolean => uncoveredKeys.some((other) => other !== fk
        && other.columns.length > fk.columns.length && fk.columns.every((c, i) => other.columns[i] === c));
      for (const fk of uncoveredKeys) {
        const own = ownIndexName(table.name, fk);
        if (fk.name === null || servedByAnother(fk) || names.has(own.toLowerCase())) continue;
        names.add(own.toLowerCase());
        ownKeys.push(`ADD KEY ${this.quote(own)} (${fk.columns.map((c) => this.quote(c)).join(", ")})`);
      }
    }
    return [
      statement(`CREATE TABLE ${this.table(ref)} (\n  ${[...columns, ...rest].join(",\n  ")}\n)${this.tableOptions(table)}`),
      ...table.indexes.map((index) => this.createIndex(ref, index, false)),
      ...(ownKeys.length > 0 ? [this.alter(ref, ownKeys.join(", "))] : []),
    ];
  }

  /** Exclusion constraints (what the IR keeps verbatim) are PostgreSQL's: MySQL has no such constraint. */
  protected override createConstraint(op: CreateConstraintOp, _context: CompileContext): Statement[] {
    return this.refuseVerbatim(op.constraint.name);
  }

  private refuseVerbatim(name: string): never {
    return this.refuse(`constraint "${name}" is an exclusion (or other verbatim) constraint, which MySQL does not have`,
      "remove it from the models for MySQL, or enforce the rule with a unique key, a CHECK or a trigger");
  }

  /** `CREATE [UNIQUE|FULLTEXT|SPATIAL] INDEX name ON t (keys) [USING HASH|BTREE]`. */
  protected override createIndex(ref: TableRef, index: Index, _concurrently: boolean): Statement {
    const kind = index.using === "fulltext" || index.using === "spatial" ? index.using.toUpperCase() : null;
    if (index.using !== undefined && kind === null && index.using !== "hash" && index.using !== "btree") {
      this.refuse(`index "${index.name}" uses method ${index.using}, which MySQL does not have`,
        "use fulltext, spatial, hash or btree, or remove `using`");
    }
    if (kind !== null && index.unique) this.refuse(`a ${kind} index ("${index.name}") cannot be unique`, "remove unique: true");
    const prefix = kind !== null ? `${kind} ` : index.unique ? "UNIQUE " : "";
    const method = kind === null && index.using !== undefined ? ` USING ${index.using.toUpperCase()}` : "";
    return statement(`CREATE ${prefix}INDEX ${this.quote(index.name)} ON ${this.table(ref)} (${this.indexKeys(index)})${method}${this.indexWhere(index)}`);
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

  /**
   * A MySQL alterColumn needs the table's definition: what the op does not state of the column, and
   * MariaDB's column check, which MODIFY drops unless restated (used when known).
   */
  override tablesNeeded(op: Operation): TableRef[] {
    if (op.kind === "alterColumn" && !this.defaultOnly(op)) return [op.table];
    if (op.kind === "setTableOptions") return [op.table];
    // Whether a foreign key's index comes or goes with a dropped key or index (used only when known).
    if (op.kind === "dropIndex" || op.kind === "dropConstraint" && (op.type !== "check" || op.name === null)) return [op.table];
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
      const value = this.temporalDefault(op.changes.default!, op.changes.type ?? op.existing.type);
      return [this.alter(op.table, `ALTER COLUMN ${column} ${value === null ? "DROP DEFAULT" : `SET DEFAULT ${this.defaultSql(value)}`}`)];
    }
    const altered = this.alteredColumn(op, context);
    this.checkGeneratedChange(op, altered);
    // The column is stated as ADD COLUMN states one: no table primary key involved.
    let definition = this.columnDefinition(altered, { table: op.table, primaryKey: null, mode: "addColumn" });
    const table = this.knownTable(context, op.table);
    const check = table ? columnCheck(table.checks, op.name) : undefined;
    if (check) definition += ` CHECK (${op.changes.newName === undefined ? check.expression : renamedIn(check.expression, op.name, op.changes.newName)})`;
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
    const known = (key: "default" | "comment"): boolean => changes[key] !== undefined || existing[key] !== undefined;
    return type !== undefined
      && (changes.nullable ?? existing.nullable) !== undefined
      && known("default") && known("comment")
      && (existing.autoIncrement !== undefined || !INTEGER_KINDS.has(type.kind));
  }

  /** MariaDB and MySQL cannot turn a column generated or back, nor VIRTUAL into STORED, in place. */
  private checkGeneratedChange(op: AlterColumnOp, altered: Column): void {
    if (op.changes.generated === undefined) return;
    const before = op.existing.generated !== undefined ? op.existing.generated
      : this.fullyStated(op) ? null : undefined;
    const after = altered.generated ?? null;
    const was = before === undefined ? undefined : before;
    if (was === undefined) return;
    if ((was === null) !== (after === null) || was !== null && after !== null && was.stored !== after.stored) {
      this.refuse(`column "${op.name}" cannot become generated, stop being generated or switch VIRTUAL/STORED in place`,
        "drop the column and add it again with the new definition (op.dropColumn, then op.addColumn)");
    }
  }

  /**
   * The column after the change: changed values, else the existing hints,
   * else the table as it stands. Inside a batch the table is as it stood
   * before the batch, so alter a column the same batch added by its hints.
   */
  private alteredColumn(op: AlterColumnOp, context: CompileContext): Column {
    const { changes, existing } = op;
    // The optional parts (charset, collation, ON UPDATE, generated) come from the table whenever it is known;
    // offline, from the hints alone (absent: none).
    const current = this.fullyStated(op) ? this.knownTable(context, op.table)?.columns.find((c) => c.name === op.name) ?? null
      : this.currentColumn(op, context);
    const pick = <K extends "type" | "nullable" | "default" | "comment">(key: K): Column[K] =>
      (changes[key] !== undefined ? changes[key] : existing[key] !== undefined ? existing[key] : current![key]) as Column[K];
    // The optional parts: null in changes / existing means none; absent means as the table has it.
    const optional = <K extends "generated" | "collation" | "charset" | "onUpdate">(key: K): Column[K] => {
      const value = changes[key] !== undefined ? changes[key] : existing[key] !== undefined ? existing[key] : current?.[key];
      return (value ?? undefined) as Column[K];
    };
    const column: { -readonly [K in keyof Column]: Column[K] } = {
      name: changes.newName ?? op.name, type: pick("type"), nullable: pick("nullable"), default: pick("default"), comment: pick("comment"),
      // Kept even onto a type that cannot autoincrement: columnDefinition then refuses, rather than dropping it silently.
      autoIncrement: changes.autoIncrement ?? existing.autoIncrement ?? current?.autoIncrement ?? false,
    };
    for (const key of ["generated", "collation", "charset", "onUpdate"] as const) {
      const value = optional(key);
      if (value !== undefined) (column as Record<string, unknown>)[key] = value;
    }
    return column;
  }

  private currentColumn(op: AlterColumnOp, context: CompileContext): Column {
    const table = context.table(op.table).table;
    const found = table.columns.find((c) => c.name === op.name);
    if (!found) this.refuse(`table ${table.name} has no column "${op.name}"`, "check the column name");
    return found;
  }

  // ---- constraints and comments ---------------------------------------------

  /** Each kind of constraint has its own DROP; the primary key has no name to give. */
  protected override dropConstraint(op: DropConstraintOp, context: CompileContext): Statement[] {
    const table = this.knownTable(context, op.table);
    if (op.type === "primary") return [this.alter(op.table, ["DROP PRIMARY KEY", ...this.keepKeys(table, { primary: true })].join(", "))];
    const name = op.name ?? this.nameInTable(table, op) ?? this.unnamedConstraint(op);
    if (op.type === "foreignkey") return [this.alter(op.table, [`DROP FOREIGN KEY ${this.quote(name)}`, ...this.ownIndexDrop(table, op, name)].join(", "))];
    const clause = op.type === "unique" ? "INDEX" : "CONSTRAINT";
    const keep = op.type === "unique" ? this.keepKeys(table, { index: name }) : [];
    return [this.alter(op.table, [`DROP ${clause} ${this.quote(name)}`, ...keep].join(", "))];
  }

  /** Each op's statements, with its ALGORITHM= / LOCK= (alter-mode.ts) when it asks for them. */
  protected override dispatchOp(original: Operation, context: CompileContext): Statement[] {
    const op = mysqlOperation(original);
    const mode = alterModeOf(op);
    if (op.kind !== "dropIndex") return withAlterMode(super.dispatchOp(op, context), mode);
    const keep = this.keepKeys(this.knownTable(context, op.table), { index: op.name });
    return withAlterMode([keep.length === 0 && !hasAlterMode(mode) ? this.dropIndex(op.table, op.name) : this.dropIndexKeeping(op, keep)], mode);
  }

  private dropIndexKeeping(op: DropIndexOp, keep: readonly string[]): Statement {
    return this.alter(op.table, [`DROP INDEX ${this.quote(op.name)}`, ...keep].join(", "));
  }

  /** The name the server gave a constraint created without one (the reverse of an unnamed create): found by what it is. */
  private nameInTable(table: Table | null, op: DropConstraintOp): string | null {
    const definition = op.definition;
    if (!table || !definition) return null;
    const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
    switch (definition.type) {
      case "foreignkey": {
        const fk = definition.foreignKey;
        return table.foreignKeys.find((f) => same(f.columns, fk.columns) && f.refTable === fk.refTable && same(f.refColumns, fk.refColumns))?.name ?? null;
      }
      case "unique": return table.uniques.find((u) => same(u.columns, definition.unique.columns))?.name ?? null;
      case "check": {
        const expression = canonicalExpression(definition.check.expression);
        return table.checks.find((c) => canonicalExpression(c.expression) === expression)?.name ?? null;
      }
      default: return null;
    }
  }

  /** The table as it stands, or null where it cannot be known (offline, outside the run's own tables). */
  private knownTable(context: CompileContext, ref: TableRef): Table | null {
    try {
      return context.table(ref).table;
    } catch (error) {
      if (error instanceof UnsupportedOperationError) return null;
      throw error;
    }
  }

  /** `ADD INDEX` for each foreign key whose only index is being dropped (MySQL refuses the drop otherwise). */
  private keepKeys(table: Table | null, dropping: Dropping): string[] {
    if (!table) return [];
    return uncovered(table, dropping).map((fk) => `ADD INDEX ${this.quote(ownIndexName(table.name, fk))} (${fk.columns.map((c) => this.quote(c)).join(", ")})`);
  }

  /** `DROP INDEX` of the index InnoDB made for the foreign key, which would outlive the key; none when another index served it. */
  private ownIndexDrop(table: Table | null, op: DropConstraintOp, name: string): string[] {
    if (!table) return [];
    const fk = op.definition?.type === "foreignkey" ? op.definition.foreignKey : table.foreignKeys.find((f) => f.name === name);
    if (!fk || covered(table, fk.columns)) return [];
    const shared = table.foreignKeys.some((other) => other.name !== name && other.columns.every((c, i) => fk.columns[i] === c));
    return shared ? [] : [`DROP INDEX ${this.quote(ownIndexName(table.name, { ...fk, name }))}`];
  }

  /**
   * ENGINE= (a copy of the rows into the new engine), and the table's DEFAULT CHARSET / COLLATE with a
   * MODIFY of each column that followed the old default (table-options.ts says why not CONVERT TO).
   */
  protected override setTableOptions(op: SetTableOptionsOp, context: CompileContext): Statement[] {
    const options = mysqlTableOptions(op.options) ?? {};
    const existing = mysqlTableOptions(op.existing) ?? {};
    const change = tableOptionsChange(options, existing);
    if (change.clauses.length === 0) return [];
    const out = [this.alter(op.table, change.clauses.join(", "))];
    if (!change.charset) return out;
    const table = this.knownTable(context, op.table);
    if (!table) {
      this.refuse(`the columns of ${op.table.name} that follow its default charset must be converted with it, and the table's definition is unknown here`,
        "run the migration online (not --sql), or change the table charset with op.execute");
    }
    const context0: ColumnContext = { table: op.table, primaryKey: null, mode: "addColumn" };
    for (const column of table.columns) {
      if (!textual(column.type) || column.charset !== undefined || column.type.kind === "json") continue;
      const check = columnCheck(table.checks, column.name);
      // Without CHARACTER SET the column takes the table's new default; its collation, if its own, stays.
      const definition = this.columnDefinition({ ...column, collation: change.keepsCollation ? column.collation : undefined } as Column, context0);
      out.push(this.alter(op.table, `MODIFY COLUMN ${definition}${check ? ` CHECK (${check.expression})` : ""}`));
    }
    return out;
  }

  /** Comments are table options; an empty one is none. */
  protected override setTableComment(op: SetTableCommentOp, _context: CompileContext): Statement[] {
    return [this.alter(op.table, `COMMENT = ${quoteString(op.comment ?? "")}`)];
  }
}

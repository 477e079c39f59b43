/**
 * PostgreSQL DDL: the shared compiler plus identity and serial columns with
 * their sequence options (identity-ddl.ts), generated columns, collations,
 * COMMENT ON, CONCURRENTLY, index methods and options, NOT VALID keys,
 * exclusion constraints, UNLOGGED tables, partitions and INHERITS
 * (table-options.ts for what changes in place), USING casts on type changes,
 * and enums as types of their own.
 */
import type {
  AddColumnOp, AddEnumValueOp, AlterColumnOp, CreateCheckConstraintOp, CreateEnumOp, CreateForeignKeyOp, DropConstraintOp, DropEnumOp,
  DropEnumValueOp, Operation, SetTableOptionsOp, TableRef, ValidateConstraintOp,
} from "../../operations/operation.js";
import type { Column, ForeignKey, Index, Table } from "../../schema/ir.js";
import type { ColumnType, ColumnTypeKind } from "../../schema/types.js";
import type { CompileContext, Statement } from "../dialect.js";
import { DdlCompiler, type ColumnContext } from "../shared/compiler.js";
import { checkClause, columnList, constraintName } from "../shared/constraints.js";
import { literal, qualifiedTable, statement } from "../shared/syntax.js";
import { unnamedConstraintName } from "./constraint-names.js";
import { collationSql, identityClause, indexKeySql, isSerial, serialSequenceOptions, serialType } from "./ddl-parts.js";
import { alterIdentityStatements, identityChangeStatements } from "./identity-ddl.js";
import { tableOptionStatements } from "./table-options.js";
import { dropEnumValueStatement } from "./enums.js";
import { clipBytes, MAX_IDENTIFIER_BYTES } from "./names.js";
import { postgresSyntax, quoteString } from "./quote.js";
import { postgresType } from "./types.js";

/** Every type has an assignment cast to these, which errors where an explicit cast would truncate. */
const STRING_KINDS: ReadonlySet<ColumnTypeKind> = new Set(["varchar", "char", "text"]);

export class PostgresCompiler extends DdlCompiler {
  constructor() {
    super(postgresSyntax);
  }

  protected override typeSql(type: ColumnType): string {
    return postgresType(type);
  }

  /** A serial column is spelled SERIAL (its sequence and default come with it); a collation follows the type. */
  protected override columnType(column: Column, _context: ColumnContext): string {
    const serial = isSerial(column) ? serialType(column.type) : null;
    const type = serial ?? this.typeSql(column.type);
    return column.collation === undefined ? type : `${type} COLLATE ${collationSql(column.collation)}`;
  }

  protected override columnExtras(column: Column, _context: ColumnContext): string[] {
    const extras: string[] = [];
    // BY DEFAULT (not ALWAYS) unless asked, so bulkInsert and data migrations may still give explicit ids, as with SERIAL.
    if (column.autoIncrement && !isSerial(column)) extras.push(identityClause(column.identity, column.type));
    // PostgreSQL 15 computes generated columns only on write: every one is STORED (the stored form says so too).
    if (column.generated) extras.push(`GENERATED ALWAYS AS (${column.generated.expression}) STORED`);
    return extras;
  }

  /**
   * CREATE [UNLOGGED] TABLE, as a partition (PARTITION OF parent FOR VALUES
   * ..., its columns the parent's) or with INHERITS and PARTITION BY.
   * NOT VALID foreign keys and checks cannot be part of CREATE TABLE: they
   * are added after it, NOT VALID, so the table reads back as it was.
   * Exclusion constraints are written as the database printed them.
   */
  protected override createTable(table: Table): Statement[] {
    const ref: TableRef = { name: table.name, schema: table.schema };
    const context: ColumnContext = { table: ref, primaryKey: table.primaryKey, mode: "createTable" };
    const later = {
      foreignKeys: table.foreignKeys.filter((fk) => fk.notValid),
      checks: table.checks.filter((check) => check.notValid),
    };
    const now: Table = {
      ...table,
      foreignKeys: table.foreignKeys.filter((fk) => !fk.notValid),
      checks: table.checks.filter((check) => !check.notValid),
    };
    const lines = [
      ...table.columns.map((c) => this.columnDefinition(c, context)),
      ...this.tableConstraints(now),
      ...(table.constraints ?? []).map((c) => `${constraintName(this.syntax, c.name)}${c.definition}`),
    ];
    const options = table.options ?? {};
    const unlogged = options.unlogged ? "UNLOGGED " : "";
    let create = `CREATE ${unlogged}TABLE ${this.table(ref)}`;
    if (options.partitionOf) {
      const parent = this.table({ name: options.partitionOf.parent, schema: options.partitionOf.parentSchema ?? table.schema });
      create += ` PARTITION OF ${parent}${lines.length > 0 ? ` (\n  ${lines.join(",\n  ")}\n)` : ""} ${options.partitionOf.bound}`;
    } else {
      create += ` (\n  ${lines.join(",\n  ")}\n)`;
      if (options.inherits?.length) create += ` INHERITS (${options.inherits.map((name) => this.parentTable(name, table.schema)).join(", ")})`;
    }
    if (options.partitionBy) create += ` PARTITION BY ${options.partitionBy}`;
    if (options.with) create += ` WITH (${options.with})`;
    return [
      statement(create),
      ...table.columns.filter(isSerial).flatMap((column) => serialSequenceOptions(ref, column)),
      ...later.foreignKeys.map((fk) => this.alter(ref, `ADD ${this.foreignKey(fk, ref)} NOT VALID`)),
      ...later.checks.map((check) => this.alter(ref, `ADD ${checkClause(this.syntax, check)} NOT VALID`)),
      ...table.indexes.map((index) => this.createIndex(ref, index, false)),
      ...this.commentStatements(ref, table.comment, table.columns),
    ];
  }

  /** An INHERITS parent: "name" in the child's schema, or "schema.name". */
  private parentTable(name: string, schema: string | null): string {
    const dot = name.indexOf(".");
    return dot > 0 ? this.table({ schema: name.slice(0, dot), name: name.slice(dot + 1) }) : this.table({ name, schema });
  }

  protected override addColumn(op: AddColumnOp, context: CompileContext): Statement[] {
    const statements = super.addColumn(op, context);
    if (!isSerial(op.column)) return statements;
    return [statements[0]!, ...serialSequenceOptions(op.table, op.column), ...statements.slice(1)];
  }

  protected override createForeignKey(op: CreateForeignKeyOp, context: CompileContext): Statement[] {
    const statements = super.createForeignKey(op, context);
    return op.foreignKey.notValid ? statements.map((s) => ({ ...s, sql: `${s.sql} NOT VALID` })) : statements;
  }

  protected override createCheckConstraint(op: CreateCheckConstraintOp, context: CompileContext): Statement[] {
    const statements = super.createCheckConstraint(op, context);
    return op.check.notValid ? statements.map((s) => ({ ...s, sql: `${s.sql} NOT VALID` })) : statements;
  }

  // ---- indexes ------------------------------------------------------------

  protected override indexMethod(index: Index): string {
    return index.using === undefined ? "" : ` USING ${index.using}`;
  }

  protected override indexKeys(index: Index): string {
    return index.columns.map(indexKeySql).join(", ");
  }

  protected override indexTail(index: Index): string {
    let sql = "";
    if (index.include?.length) sql += ` INCLUDE (${columnList(this.syntax, index.include)})`;
    if (index.nullsNotDistinct) sql += " NULLS NOT DISTINCT";
    if (index.with !== undefined) sql += ` WITH (${index.with})`;
    return sql;
  }

  // ---- table options --------------------------------------------------------

  protected override setTableOptions(op: SetTableOptionsOp, _context: CompileContext): Statement[] {
    return tableOptionStatements(op, (reason, instead) => this.refuse(reason, instead));
  }

  /** A foreign key without refSchema points into its own table's schema (as introspection and compare read it), not along search_path. */
  protected override referencedTable(fk: ForeignKey, from: TableRef): string {
    return this.table({ name: fk.refTable, schema: fk.refSchema ?? from.schema });
  }

  protected override concurrently(requested: boolean): string {
    return requested ? "CONCURRENTLY " : "";
  }

  /** Scans under SHARE UPDATE EXCLUSIVE: writes go on (a foreign key takes ROW SHARE on the referenced table). */
  protected override validateConstraint(op: ValidateConstraintOp, _context: CompileContext): Statement[] {
    return [this.alter(op.table, `VALIDATE CONSTRAINT ${this.quote(op.name)}`)];
  }

  protected override tableComment(ref: TableRef, comment: string | null): Statement[] {
    return [statement(`COMMENT ON TABLE ${this.table(ref)} IS ${comment === null ? "NULL" : quoteString(comment)}`)];
  }

  protected override columnComment(ref: TableRef, column: string, comment: string | null): Statement[] {
    return [statement(`COMMENT ON COLUMN ${this.table(ref)}.${this.quote(column)} IS ${comment === null ? "NULL" : quoteString(comment)}`)];
  }

  /**
   * A type change also casts the column's default, and fails where that cast
   * does not exist (a text default onto an enum). So when a default is set,
   * dropped or known to exist, it is dropped before the type changes and
   * (re)set after. ALTER COLUMN TYPE keeps an identity column's identity;
   * such a column has no default, so nothing is dropped around it.
   */
  protected override alterColumn(op: AlterColumnOp, context: CompileContext): Statement[] {
    // generated is done here; identity and collation stay in the changes, for alterIdentity and typeUsing.
    const { generated, ...plain } = op.changes;
    const { collation, identity } = plain;
    let changes = plain;
    const after: Statement[] = [];
    if (generated !== undefined) {
      if (generated !== null || !op.existing.generated) {
        this.refuse(`column "${op.name}" cannot become generated or change its expression in place on PostgreSQL 15`,
          "drop the column and add it again with the new expression");
      }
      after.push(this.alter(op.table, `ALTER COLUMN ${this.quote(op.name)} DROP EXPRESSION`));
    }
    if (collation !== undefined && changes.type === undefined) {
      // The collation is part of the type: ALTER COLUMN ... TYPE, restating the type, changes it.
      const type = op.existing.type;
      if (type === undefined) this.refuse(`the collation of column "${op.name}" changes but its type is unknown`, "give alterColumn existingType");
      changes = { ...changes, type };
    }
    if (identity !== undefined && changes.autoIncrement === undefined) {
      after.push(...identityChangeStatements(op, this.quote(op.name), (clause) => this.alter(op.table, clause)));
    }
    // An identity column cannot lose NOT NULL: the identity goes first (a new one comes after SET NOT NULL, which it needs).
    const before = changes.autoIncrement === false ? this.alterIdentity(op, false) : [];
    if (changes.autoIncrement === false) {
      const { autoIncrement: _off, ...rest } = changes;
      changes = rest;
    }
    return [...before, ...this.alterPlain({ ...op, changes }, context), ...after];
  }

  /** The type, with the column's collation when it has (or gets) one: ALTER TYPE alone resets it to the type's. */
  protected override typeUsing(op: AlterColumnOp): string {
    const collation = op.changes.collation !== undefined ? op.changes.collation : op.existing.collation ?? null;
    const collate = op.changes.collation === null ? ' COLLATE "default"' : collation === null ? "" : ` COLLATE ${collationSql(collation)}`;
    return `${collate}${this.castUsing(op)}`;
  }

  private alterPlain(op: AlterColumnOp, context: CompileContext): Statement[] {
    const { changes, existing } = op;
    const after = changes.default !== undefined ? changes.default : existing.default ?? null;
    if (changes.type === undefined || (changes.default === undefined && after === null)) return super.alterColumn(op, context);
    const { default: _dropped, ...rest } = changes;
    const moved: AlterColumnOp = { ...op, changes: after === null ? rest : { ...rest, default: after } };
    return [this.alter(op.table, `ALTER COLUMN ${this.quote(op.name)} DROP DEFAULT`), ...super.alterColumn(moved, context)];
  }

  /**
   * A new identity starts at 1 whatever the column holds: it is moved past
   * the largest existing value, so the next insert does not collide.
   */
  protected override alterIdentity(op: AlterColumnOp, on: boolean): Statement[] {
    const table = this.table(op.table);
    const column = this.quote(op.name);
    const statements = alterIdentityStatements(op, on, column, (clause) => this.alter(op.table, clause));
    if (!on) return statements;
    return [...statements, statement(
      `SELECT setval(pg_get_serial_sequence(${literal(this.syntax, table)}, ${literal(this.syntax, op.name)}), ` +
      `COALESCE(MAX(${column}), 0) + 1, false) FROM ${table}`)];
  }

  /**
   * How the stored values are converted: enums through text (no cast
   * between an enum and anything but text exists); string targets by the
   * assignment cast, so a value too long is an error and never silently cut;
   * everything else by an explicit cast, which covers text to number, date,
   * uuid or json that ALTER TYPE alone refuses.
   */
  private castUsing(op: AlterColumnOp): string {
    const target = op.changes.type!;
    const column = this.quote(op.name);
    if (target.kind === "enum" || op.existing.type?.kind === "enum") return ` USING ${column}::text::${this.typeSql(target)}`;
    if (STRING_KINDS.has(target.kind)) return "";
    return ` USING ${column}::${this.typeSql(target)}`;
  }

  /** Dropping an unnamed constraint needs the table's current definition to find the name PostgreSQL gave it. */
  override tablesNeeded(op: Operation): TableRef[] {
    if (op.kind === "dropConstraint" && op.name === null && op.type !== "primary" && op.definition) return [op.table];
    return super.tablesNeeded(op);
  }

  protected override dropConstraint(op: DropConstraintOp, context: CompileContext): Statement[] {
    if (op.name !== null || op.type === "primary" || !op.definition) return super.dropConstraint(op, context);
    let live: Table | null = null;
    try {
      live = context.table(op.table).table;
    } catch {
      // Offline without a tracked definition: PostgreSQL's naming rule alone.
    }
    const name = unnamedConstraintName(op, live);
    return name === null ? super.dropConstraint(op, context) : super.dropConstraint({ ...op, name }, context);
  }

  /** An unnamed primary key is the one PostgreSQL named `<table>_pkey` (cut to 63 bytes as the server does). */
  protected override unnamedConstraint(op: DropConstraintOp): string {
    if (op.type !== "primary") return super.unnamedConstraint(op);
    return `${clipBytes(op.table.name, MAX_IDENTIFIER_BYTES - "_pkey".length)}_pkey`;
  }

  // ---- enums: types of their own ------------------------------------------

  private enumName(name: string, schema: string | null): string {
    return qualifiedTable(this.syntax, { name, schema });
  }

  protected override createEnum(op: CreateEnumOp, _context: CompileContext): Statement[] {
    const values = op.enum.values.map(quoteString).join(", ");
    return [statement(`CREATE TYPE ${this.enumName(op.enum.name, op.enum.schema)} AS ENUM (${values})`)];
  }

  protected override dropEnum(op: DropEnumOp, _context: CompileContext): Statement[] {
    return [statement(`DROP TYPE ${this.enumName(op.name, op.schema)}`)];
  }

  /** Allowed inside a transaction (PostgreSQL 12+), but the new value is usable only after it commits. */
  protected override addEnumValue(op: AddEnumValueOp, _context: CompileContext): Statement[] {
    const position = op.before !== null ? ` BEFORE ${quoteString(op.before)}` : op.after !== null ? ` AFTER ${quoteString(op.after)}` : "";
    return [statement(`ALTER TYPE ${this.enumName(op.name, op.schema)} ADD VALUE ${quoteString(op.value)}${position}`)];
  }

  protected override dropEnumValue(op: DropEnumValueOp, _context: CompileContext): Statement[] {
    return [dropEnumValueStatement(op)];
  }
}

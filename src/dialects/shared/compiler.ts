/**
 * The DDL compiler every dialect extends. It owns the shape of each
 * statement; dialects override the small hooks where their SQL differs
 * (types, autoincrement, defaults, comments, index syntax) or a whole op
 * method where the dialect does the op another way (MySQL's MODIFY COLUMN,
 * SQLite's move-and-copy). Dispatch goes through `OperationHandlers`, so an
 * op kind added to the union and not handled here is a compile error, not an
 * empty string at run time. The defaults below are standard SQL.
 */
import { UnsupportedOperationError } from "../../errors.js";
import { describeOperation } from "../../operations/describe.js";
import {
  dispatch, type AddColumnOp, type AddEnumValueOp, type AlterColumnOp, type BatchAlterTableOp,
  type CreateCheckConstraintOp, type CreateEnumOp, type CreateForeignKeyOp, type CreatePrimaryKeyOp,
  type CreateUniqueConstraintOp, type DropColumnOp, type DropConstraintOp, type DropEnumOp, type DropEnumValueOp,
  type CreateConstraintOp, type Operation, type OperationHandlers, type SetTableCommentOp, type SetTableOptionsOp, type TableRef,
  type ValidateConstraintOp,
} from "../../operations/operation.js";
import type { CompileContext, Statement } from "../dialect.js";
import { planBulkInsert } from "./bulk-insert.js";
import { checkClause, primaryKeyClause, uniqueClause } from "./constraints.js";
import { DdlBase, Refusal, type ColumnContext } from "./ddl-base.js";
import { statement } from "./syntax.js";

export type { ColumnContext } from "./ddl-base.js";

/** What users do instead of addEnumValue/dropEnumValue where enums are column types. */
const ENUM_AS_COLUMN_TYPE = "alter each ENUM column to the new value list instead: "
  + "op.alterColumn(table, column, { type: enumType(name, [...values]).column() })";

export abstract class DdlCompiler extends DdlBase {
  compile(op: Operation, context: CompileContext): Statement[] {
    try {
      return this.dispatchOp(op, context);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      throw new UnsupportedOperationError(
        `${describeOperation(op)} is not possible on ${this.syntax.dialect}: ${error.reason}; ${error.instead}`,
      );
    }
  }

  /**
   * Tables whose current definition compile() needs for this op (read by the
   * caller into `context.table`). None by default; a batch needs what its
   * sub-ops need, once per table.
   */
  tablesNeeded(op: Operation): TableRef[] {
    if (op.kind !== "batchAlterTable") return [];
    const seen = new Map<string, TableRef>();
    for (const ref of op.ops.flatMap((sub) => this.tablesNeeded(sub))) seen.set(JSON.stringify([ref.schema, ref.name]), ref);
    return [...seen.values()];
  }

  /** Compiles without turning refusals into errors: batchAlterTable re-enters here per sub-op. */
  protected dispatchOp(op: Operation, context: CompileContext): Statement[] {
    return dispatch(this.handlers(context), op);
  }

  private handlers(context: CompileContext): OperationHandlers<Statement[]> {
    return {
      createTable: (op) => this.createTable(op.table),
      dropTable: (op) => [statement(`DROP TABLE ${this.table(op.table)}`)],
      renameTable: (op) => [this.renameTable(op.table, op.newName)],
      addColumn: (op) => this.addColumn(op, context),
      dropColumn: (op) => this.dropColumn(op, context),
      alterColumn: (op) => this.alterColumn(op, context),
      createIndex: (op) => [this.createIndex(op.table, op.index, op.concurrently)],
      dropIndex: (op) => [this.dropIndex(op.table, op.name, op.concurrently === true)],
      createUniqueConstraint: (op) => this.createUniqueConstraint(op, context),
      createForeignKey: (op) => this.createForeignKey(op, context),
      createCheckConstraint: (op) => this.createCheckConstraint(op, context),
      createPrimaryKey: (op) => this.createPrimaryKey(op, context),
      createConstraint: (op) => this.createConstraint(op, context),
      dropConstraint: (op) => this.dropConstraint(op, context),
      setTableComment: (op) => this.setTableComment(op, context),
      setTableOptions: (op) => this.setTableOptions(op, context),
      createEnum: (op) => this.createEnum(op, context),
      dropEnum: (op) => this.dropEnum(op, context),
      addEnumValue: (op) => this.addEnumValue(op, context),
      dropEnumValue: (op) => this.dropEnumValue(op, context),
      batchAlterTable: (op) => this.batchAlterTable(op, context),
      validateConstraint: (op) => this.validateConstraint(op, context),
      // The user's SQL exactly as written; the connection normalises the parameters.
      execute: (op) => [statement(op.sql, op.params)],
      bulkInsert: (op) => planBulkInsert(op.rows, this.defaultKeyword).map((chunk) => this.insert(op.table, chunk)),
    };
  }

  /** `ALTER TABLE t <clause>`: one statement per clause. */
  protected alter(ref: TableRef, clause: string): Statement {
    return statement(`ALTER TABLE ${this.table(ref)} ${clause}`);
  }

  // ---- columns ------------------------------------------------------------

  protected addColumn(op: AddColumnOp, _context: CompileContext): Statement[] {
    const context: ColumnContext = { table: op.table, primaryKey: null, mode: "addColumn" };
    const out = [this.alter(op.table, `ADD COLUMN ${this.columnDefinition(op.column, context)}`)];
    if (op.unique) out.push(this.alter(op.table, `ADD ${uniqueClause(this.syntax, op.unique)}`));
    if (op.foreignKey) out.push(this.alter(op.table, `ADD ${this.foreignKey(op.foreignKey, op.table)}`));
    out.push(...this.commentStatements(op.table, null, [op.column]));
    return out;
  }

  protected dropColumn(op: DropColumnOp, _context: CompileContext): Statement[] {
    return [this.alter(op.table, `DROP COLUMN ${this.quote(op.name)}`)];
  }

  /**
   * One `ALTER COLUMN` per change, the rename last so the others can still
   * use the old name: type, nullability, default, comment, name.
   */
  protected alterColumn(op: AlterColumnOp, _context: CompileContext): Statement[] {
    const { changes } = op;
    const column = `ALTER COLUMN ${this.quote(op.name)}`;
    const out: Statement[] = [];
    if (changes.type !== undefined) out.push(this.alter(op.table, `${column} TYPE ${this.typeSql(changes.type)}${this.typeUsing(op)}`));
    if (changes.nullable !== undefined) out.push(this.alter(op.table, `${column} ${changes.nullable ? "DROP" : "SET"} NOT NULL`));
    if (changes.default !== undefined) {
      out.push(this.alter(op.table, changes.default === null ? `${column} DROP DEFAULT` : `${column} SET DEFAULT ${this.defaultSql(changes.default)}`));
    }
    if (changes.comment !== undefined) out.push(...this.columnComment(op.table, op.name, changes.comment));
    if (changes.autoIncrement !== undefined) out.push(...this.alterIdentity(op, changes.autoIncrement));
    if (changes.newName !== undefined) {
      out.push(this.alter(op.table, `RENAME COLUMN ${this.quote(op.name)} TO ${this.quote(changes.newName)}`));
    }
    return out;
  }

  /** Switches autoincrement on or off for an existing column: the SQL standard's identity clauses. */
  protected alterIdentity(op: AlterColumnOp, on: boolean): Statement[] {
    const column = `ALTER COLUMN ${this.quote(op.name)}`;
    return [this.alter(op.table, on ? `${column} ADD GENERATED BY DEFAULT AS IDENTITY` : `${column} DROP IDENTITY`)];
  }

  /** What follows `ALTER COLUMN c TYPE x` to convert the stored values (PostgreSQL's USING). */
  protected typeUsing(_op: AlterColumnOp): string {
    return "";
  }

  // ---- constraints --------------------------------------------------------

  protected createUniqueConstraint(op: CreateUniqueConstraintOp, _context: CompileContext): Statement[] {
    return [this.alter(op.table, `ADD ${uniqueClause(this.syntax, op.unique)}`)];
  }

  protected createForeignKey(op: CreateForeignKeyOp, _context: CompileContext): Statement[] {
    return [this.alter(op.table, `ADD ${this.foreignKey(op.foreignKey, op.table)}`)];
  }

  protected createCheckConstraint(op: CreateCheckConstraintOp, _context: CompileContext): Statement[] {
    return [this.alter(op.table, `ADD ${checkClause(this.syntax, op.check)}`)];
  }

  protected createPrimaryKey(op: CreatePrimaryKeyOp, _context: CompileContext): Statement[] {
    return [this.alter(op.table, `ADD ${primaryKeyClause(this.syntax, op.primaryKey)}`)];
  }

  /** A constraint kept as its definition: `ADD CONSTRAINT name <definition>`, as the database printed it. */
  protected createConstraint(op: CreateConstraintOp, _context: CompileContext): Statement[] {
    return [this.alter(op.table, `ADD CONSTRAINT ${this.quote(op.constraint.name)} ${op.constraint.definition}`)];
  }

  protected dropConstraint(op: DropConstraintOp, _context: CompileContext): Statement[] {
    return [this.alter(op.table, `DROP CONSTRAINT ${this.quote(op.name ?? this.unnamedConstraint(op))}`)];
  }

  /** Constraints are checked when they are added here (NOT VALID is PostgreSQL's): nothing left to validate. */
  protected validateConstraint(_op: ValidateConstraintOp, _context: CompileContext): Statement[] {
    return [];
  }

  /** The name to drop a constraint by when the op names none. */
  protected unnamedConstraint(op: DropConstraintOp): string {
    return this.refuse(`the ${op.type} constraint to drop has no name`, "give dropConstraint the constraint's name");
  }

  // ---- comments -----------------------------------------------------------

  protected setTableComment(op: SetTableCommentOp, _context: CompileContext): Statement[] {
    return this.tableComment(op.table, op.comment);
  }

  /** Table options changed in place; each dialect says what it can change (none by default). */
  protected setTableOptions(op: SetTableOptionsOp, _context: CompileContext): Statement[] {
    return this.refuse(`table options cannot be changed in place on ${this.syntax.dialect}`,
      "recreate the table with the options it needs");
  }

  // ---- enums --------------------------------------------------------------
  // By default an enum is no object of its own: MySQL writes ENUM(...) in the
  // column type and SQLite a CHECK on the column, so creating or dropping the
  // named type has nothing to do, and changing its values means altering
  // every column that uses it. PostgreSQL overrides all four.

  protected createEnum(_op: CreateEnumOp, _context: CompileContext): Statement[] {
    return [];
  }

  protected dropEnum(_op: DropEnumOp, _context: CompileContext): Statement[] {
    return [];
  }

  protected addEnumValue(_op: AddEnumValueOp, _context: CompileContext): Statement[] {
    return this.refuse(`enums are column types on ${this.syntax.dialect}, not named types`, ENUM_AS_COLUMN_TYPE);
  }

  protected dropEnumValue(_op: DropEnumValueOp, _context: CompileContext): Statement[] {
    return this.refuse(`enums are column types on ${this.syntax.dialect}, not named types`, ENUM_AS_COLUMN_TYPE);
  }

  // ---- batches ------------------------------------------------------------

  /**
   * The sub-ops in order, each an in-place ALTER. `recreate: "always"` asks
   * for a move-and-copy rebuild, which only SQLite needs (it overrides this);
   * where ALTER TABLE can do everything the mode has nothing to change.
   */
  protected batchAlterTable(op: BatchAlterTableOp, context: CompileContext): Statement[] {
    return op.ops.flatMap((sub) => this.dispatchOp(sub, context));
  }
}

/**
 * The `op` object that revision files call. Each method builds an Operation
 * (plain data) and hands it to the sink the runtime provides, which compiles
 * it for the dialect and runs it online or writes it out as SQL.
 */
import type { ColumnBuilder } from "../schema/column.js";
import { enumType } from "../schema/enum.js";
import { buildTable, type ColumnMap, type TableExtra, type TableOptions } from "../schema/table.js";
import type { DialectName } from "../dialects/dialect.js";
import {
  addColumnOp, alterColumnOp, createCheckOp, createExcludeOp, createForeignKeyOp, createIndexOp, createPrimaryKeyOp, createUniqueOp,
  dropConstraintOp, frozen, setTableOptionsOp, withAlterMode,
} from "./build.js";
import type {
  AlterColumnOptions, AlterTableOptions, BatchOp, BatchOptions, CheckConstraintOptions, CreateIndexOptions, DropIndexOptions, EnumValueOptions,
  ForeignKeyOptions,
  IndexKeyInput, PrimaryKeyOptions, SchemaOption, SetTableOptionsOptions, TableOptionsInput, UniqueConstraintOptions, UnnamedConstraint,
} from "./facade-types.js";
import type { ConstraintType, Operation, TableAlteration, TableRef } from "./operation.js";

export type {
  AlterColumnOptions, AlterModeOptions, AlterTableOptions, BatchOp, BatchOptions, CheckConstraintOptions, CreateIndexOptions, DropIndexOptions,
  EnumValueOptions, ForeignKeyOptions,
  IndexKeyInput, PrimaryKeyOptions, SchemaOption, SetTableOptionsOptions, TableOptionsInput, UniqueConstraintOptions, UnnamedConstraint,
} from "./facade-types.js";

export interface OperationSink {
  readonly dialect: DialectName;
  run(op: Operation): Promise<void>;
  query<Row = Record<string, unknown>>(sql: string, params: readonly unknown[]): Promise<Row[]>;
}

/** The op API of DESIGN.md. Every call is async. */
export interface Op {
  readonly dialect: DialectName;
  createTable(name: string, columns: ColumnMap, extras?: readonly TableExtra[], options?: TableOptions): Promise<void>;
  dropTable(name: string, options?: SchemaOption): Promise<void>;
  renameTable(oldName: string, newName: string, options?: SchemaOption): Promise<void>;
  addColumn(table: string, name: string, column: ColumnBuilder, options?: AlterTableOptions): Promise<void>;
  dropColumn(table: string, name: string, options?: AlterTableOptions): Promise<void>;
  alterColumn(table: string, name: string, options: AlterColumnOptions): Promise<void>;
  createIndex(name: string, table: string, columns: readonly IndexKeyInput[], options?: CreateIndexOptions): Promise<void>;
  dropIndex(name: string, table: string, options?: DropIndexOptions): Promise<void>;
  createUniqueConstraint(name: string | null, table: string, columns: readonly string[], options?: UniqueConstraintOptions): Promise<void>;
  createForeignKey(name: string | null, table: string, refTable: string, columns: readonly string[], refColumns: readonly string[],
    options?: ForeignKeyOptions): Promise<void>;
  createCheckConstraint(name: string | null, table: string, expression: string, options?: CheckConstraintOptions): Promise<void>;
  createPrimaryKey(name: string | null, table: string, columns: readonly string[], options?: PrimaryKeyOptions): Promise<void>;
  /** A PostgreSQL exclusion constraint: `createExcludeConstraint("no_overlap", "bookings", "USING gist (room WITH =, during WITH &&)")`. */
  createExcludeConstraint(name: string, table: string, definition: string, options?: AlterTableOptions): Promise<void>;
  /**
   * Checks the existing rows against a foreign key or check added NOT VALID (PostgreSQL VALIDATE CONSTRAINT, which
   * lets writes go on meanwhile; run it in a later revision than the ADD). Does nothing on MySQL and SQLite,
   * which check a constraint when they add it.
   */
  validateConstraint(name: string, table: string, options?: SchemaOption): Promise<void>;
  /** Table options (UNLOGGED, ENGINE, charset, partitioning...) as a whole: what is not given returns to the default. */
  setTableOptions(table: string, options: TableOptionsInput, given?: SetTableOptionsOptions): Promise<void>;
  /** A primary key may be named null: the dialect finds it by its table. */
  dropConstraint(name: string | null, table: string, type: ConstraintType, options?: AlterTableOptions & UnnamedConstraint): Promise<void>;
  setTableComment(table: string, comment: string | null, options?: AlterTableOptions & { existingComment?: string | null }): Promise<void>;
  createEnum(name: string, values: readonly string[], options?: SchemaOption): Promise<void>;
  dropEnum(name: string, options?: SchemaOption): Promise<void>;
  addEnumValue(name: string, value: string, options?: EnumValueOptions): Promise<void>;
  /** Rebuilds the enum type without the value (the reverse of addEnumValue); rows holding it make this fail. */
  dropEnumValue(name: string, value: string, options?: SchemaOption): Promise<void>;
  batchAlterTable(table: string, body: (batch: BatchOp) => Promise<void> | void, options?: BatchOptions): Promise<void>;
  execute(sql: string, params?: readonly unknown[]): Promise<void>;
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  bulkInsert(table: string, rows: readonly Record<string, unknown>[], options?: SchemaOption): Promise<void>;
}

function ref(name: string, options?: SchemaOption): TableRef {
  return Object.freeze({ name, schema: options?.schema ?? null });
}

export function createOp(sink: OperationSink): Op {
  const run = (op: Operation): Promise<void> => sink.run(frozen(op));
  return asyncMethods({
    dialect: sink.dialect,
    createTable: (name, columns, extras = [], options = {}) =>
      run({ kind: "createTable", table: buildTable(name, columns, extras, options) }),
    dropTable: (name, options) => run({ kind: "dropTable", table: ref(name, options), definition: null }),
    renameTable: (oldName, newName, options) => run({ kind: "renameTable", table: ref(oldName, options), newName }),
    addColumn: (table, name, column, options) => run(withAlterMode(addColumnOp(ref(table, options), name, column), options)),
    dropColumn: (table, name, options) => run(withAlterMode({ kind: "dropColumn", table: ref(table, options), name, definition: null }, options)),
    alterColumn: (table, name, options) => run(withAlterMode(alterColumnOp(ref(table, options), name, options), options)),
    createIndex: (name, table, columns, options = {}) => run(withAlterMode(createIndexOp(ref(table, options), name, columns, options), options)),
    dropIndex: (name, table, options) => run(withAlterMode({ kind: "dropIndex", table: ref(table, options), name, definition: null,
      ...(options?.concurrently ? { concurrently: true } : {}) }, options)),
    validateConstraint: (name, table, options) => run({ kind: "validateConstraint", table: ref(table, options), name }),
    createUniqueConstraint: (name, table, columns, options = {}) => {
      const { schema: _schema, ...rest } = options;
      return run(withAlterMode(createUniqueOp(ref(table, options), name, columns, rest), options));
    },
    createForeignKey: (name, table, refTable, columns, refColumns, options = {}) =>
      run(withAlterMode(createForeignKeyOp(ref(table, options), name, refTable, columns, refColumns, options), options)),
    createCheckConstraint: (name, table, expression, options = {}) =>
      run(withAlterMode(createCheckOp(ref(table, options), name, expression, options), options)),
    createPrimaryKey: (name, table, columns, options = {}) =>
      run(withAlterMode(createPrimaryKeyOp(ref(table, options), name, columns, options), options)),
    createExcludeConstraint: (name, table, definition, options) =>
      run(withAlterMode(createExcludeOp(ref(table, options), name, definition), options)),
    setTableOptions: (table, options, given = {}) => run(withAlterMode(setTableOptionsOp(ref(table, given), options, given), given)),
    dropConstraint: (name, table, type, options) => run(withAlterMode(dropConstraintOp(ref(table, options), name, type, options), options)),
    setTableComment: (table, comment, options = {}) => run(withAlterMode({
      kind: "setTableComment", table: ref(table, options), comment,
      existing: "existingComment" in options ? options.existingComment ?? null : undefined,
    }, options)),
    createEnum: (name, values, options = {}) => {
      const { kind: _kind, column: _column, ...definition } = enumType(name, values, options);
      return run({ kind: "createEnum", enum: definition });
    },
    dropEnum: (name, options) => run({ kind: "dropEnum", name, schema: options?.schema ?? null, definition: null }),
    addEnumValue: (name, value, options = {}) => {
      if (options.before !== undefined && options.after !== undefined) {
        throw new TypeError(`addEnumValue ${name}: give before or after, not both`);
      }
      return run({ kind: "addEnumValue", name, schema: options.schema ?? null, value,
        before: options.before ?? null, after: options.after ?? null });
    },
    dropEnumValue: (name, value, options) => run({ kind: "dropEnumValue", name, schema: options?.schema ?? null, value }),
    batchAlterTable: async (table, body, options = {}) => {
      const target = ref(table, options);
      const ops: TableAlteration[] = [];
      await body(batchOp(target, ops));
      await run({ kind: "batchAlterTable", table: target, ops, recreate: options.recreate ?? "auto" });
    },
    execute: (sqlText, params = []) => run({ kind: "execute", sql: sqlText, params: [...params] }),
    query: (sqlText, params = []) => sink.query(sqlText, params),
    bulkInsert: (table, rows, options) =>
      run({ kind: "bulkInsert", table: ref(table, options), rows: rows.map((r) => ({ ...r })) }),
  } satisfies Op);
}

/** The batch object: records table-level ops; the batch runs them as one op when the callback returns. */
function batchOp(table: TableRef, ops: TableAlteration[]): BatchOp {
  const add = async (op: TableAlteration): Promise<void> => { ops.push(frozen(op)); };
  return asyncMethods({
    addColumn: (name, column, options) => add(withAlterMode(addColumnOp(table, name, column), options)),
    dropColumn: (name, options) => add(withAlterMode({ kind: "dropColumn", table, name, definition: null }, options)),
    alterColumn: (name, options) => add(withAlterMode(alterColumnOp(table, name, options), options)),
    createIndex: (name, columns, options = {}) => add(withAlterMode(createIndexOp(table, name, columns, options), options)),
    dropIndex: (name, options) => add(withAlterMode({ kind: "dropIndex", table, name, definition: null }, options)),
    createUniqueConstraint: (name, columns, options = {}) => add(withAlterMode(createUniqueOp(table, name, columns, options), options)),
    createForeignKey: (name, refTable, columns, refColumns, options = {}) =>
      add(withAlterMode(createForeignKeyOp(table, name, refTable, columns, refColumns, options), options)),
    createCheckConstraint: (name, expression, options = {}) => add(withAlterMode(createCheckOp(table, name, expression, options), options)),
    createPrimaryKey: (name, columns, options = {}) => add(withAlterMode(createPrimaryKeyOp(table, name, columns, options), options)),
    createExcludeConstraint: (name, definition, options) => add(withAlterMode(createExcludeOp(table, name, definition), options)),
    dropConstraint: (name, type, which) => add(withAlterMode(dropConstraintOp(table, name, type, which), which)),
  } satisfies BatchOp);
}

/** Every method returns a promise, also for bad arguments: a mistake is a rejection, never a synchronous throw. */
function asyncMethods<T extends object>(methods: T): T {
  // A plain loop: an `op` is made per revision, thousands of times in a long run.
  const wrapped: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(methods)) {
    wrapped[name] = typeof value !== "function" ? value : async (...args: unknown[]) => (value as (...a: unknown[]) => unknown)(...args);
  }
  return Object.freeze(wrapped) as T;
}

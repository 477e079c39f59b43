/**
 * The `op` object that revision files call. Each method builds an Operation
 * (plain data) and hands it to the sink the runtime provides, which compiles
 * it for the dialect and runs it online or writes it out as SQL.
 */
import type { ColumnBuilder } from "../schema/column.js";
import { buildTable, type ColumnMap, type TableExtra, type TableOptions } from "../schema/table.js";
import type { DialectName } from "../dialects/dialect.js";
import type { Operation, TableRef } from "./operation.js";

export interface OperationSink {
  readonly dialect: DialectName;
  run(op: Operation): Promise<void>;
  query<Row = Record<string, unknown>>(sql: string, params: readonly unknown[]): Promise<Row[]>;
}

export interface SchemaOption {
  /** The table's schema (PostgreSQL schema, MySQL database); default: the connection's. */
  schema?: string;
}

export interface CreateIndexOptions extends SchemaOption {
  unique?: boolean;
  where?: string;
  concurrently?: boolean;
}

/** The op API of DESIGN.md. Every call is async. */
export interface Op {
  readonly dialect: DialectName;
  createTable(name: string, columns: ColumnMap, extras?: readonly TableExtra[], options?: TableOptions): Promise<void>;
  dropTable(name: string, options?: SchemaOption): Promise<void>;
  renameTable(oldName: string, newName: string, options?: SchemaOption): Promise<void>;
  addColumn(table: string, name: string, column: ColumnBuilder, options?: SchemaOption): Promise<void>;
  dropColumn(table: string, name: string, options?: SchemaOption): Promise<void>;
  createIndex(name: string, table: string, columns: readonly string[], options?: CreateIndexOptions): Promise<void>;
  dropIndex(name: string, table: string, options?: SchemaOption): Promise<void>;
  execute(sql: string, params?: readonly unknown[]): Promise<void>;
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  bulkInsert(table: string, rows: readonly Record<string, unknown>[], options?: SchemaOption): Promise<void>;
}

function ref(name: string, options?: SchemaOption): TableRef {
  return Object.freeze({ name, schema: options?.schema ?? null });
}

export function createOp(sink: OperationSink): Op {
  const run = (op: Operation): Promise<void> => sink.run(Object.freeze(op));
  return Object.freeze({
    dialect: sink.dialect,
    createTable: (name, columns, extras = [], options = {}) =>
      run({ kind: "createTable", table: buildTable(name, columns, extras, options) }),
    dropTable: (name, options) => run({ kind: "dropTable", table: ref(name, options), definition: null }),
    renameTable: (oldName, newName, options) =>
      run({ kind: "renameTable", table: ref(oldName, options), newName }),
    addColumn: (table, name, column, options) => {
      const { columns, uniques, foreignKeys } = buildTable(table, { [name]: column });
      if (column.spec.primaryKey) {
        throw new TypeError(`addColumn ${table}.${name}: a primary key cannot be added with addColumn`);
      }
      return run({ kind: "addColumn", table: ref(table, options), column: columns[0]!,
        unique: uniques[0] ?? null, foreignKey: foreignKeys[0] ?? null });
    },
    dropColumn: (table, name, options) =>
      run({ kind: "dropColumn", table: ref(table, options), name, definition: null }),
    createIndex: (name, table, columns, options = {}) => run({
      kind: "createIndex",
      table: ref(table, options),
      index: Object.freeze({ name, columns: Object.freeze([...columns]), unique: options.unique ?? false,
        where: options.where ?? null }),
      concurrently: options.concurrently ?? false,
    }),
    dropIndex: (name, table, options) => run({ kind: "dropIndex", table: ref(table, options), name, definition: null }),
    execute: (sqlText, params = []) => run({ kind: "execute", sql: sqlText, params: Object.freeze([...params]) }),
    query: (sqlText, params = []) => sink.query(sqlText, params),
    bulkInsert: (table, rows, options) =>
      run({ kind: "bulkInsert", table: ref(table, options), rows: Object.freeze(rows.map((r) => Object.freeze({ ...r }))) }),
  } satisfies Op);
}

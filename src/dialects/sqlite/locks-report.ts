/**
 * What each op does on SQLite: a migration holds the database's write lock (BEGIN IMMEDIATE) from its first
 * statement to COMMIT, so every writer of every table waits meanwhile; readers go on in WAL mode (in the default
 * rollback-journal mode they are shut out while the change commits). What matters is how long the lock is held:
 * a move-and-copy rebuild copies the whole table, an index build reads it, the rest only edits the schema.
 */
import { impact, type LockImpact } from "../../operations/lock-impact.js";
import { dispatch, type AddColumnOp, type Operation, type OperationHandlers, type TableRef } from "../../operations/operation.js";
import type { LockFactsSql } from "../dialect.js";

const LOCK = "database write lock";
const quick = { rewrites: false, scans: false, blocksReads: false } as const;

const schemaOnly = (table: TableRef | null, note?: string): LockImpact =>
  impact(table, { lock: LOCK, ...quick, blocksWrites: true, note });
const rebuild = (table: TableRef, note = "move-and-copy rebuild: copies every row into a new table"): LockImpact =>
  impact(table, { lock: LOCK, rewrites: true, scans: false, blocksWrites: true, blocksReads: false, note });
const nothing = (note: string): LockImpact => impact(null, { lock: "none", ...quick, blocksWrites: false, note });

function nativeAddColumn(op: AddColumnOp): boolean {
  const c = op.column;
  return op.unique === null && op.foreignKey === null && c.default?.kind !== "sql" && !c.generated?.stored && !c.autoIncrement
    && (c.nullable || (c.default !== null && c.default.value !== null));
}

/**
 * The lock report of one op on SQLite. `rebuilds`: whether the compiler performs the op as a move-and-copy
 * rebuild (it needs the table's definition for exactly those, see SqliteCompiler.tablesNeeded).
 */
export function sqliteLockImpact(op: Operation, rebuilds: (op: Operation) => boolean): LockImpact[] {
  const handlers: OperationHandlers<LockImpact[]> = {
    createTable: (op) => [impact({ name: op.table.name, schema: op.table.schema },
      { lock: LOCK, ...quick, blocksWrites: true, severity: "info", note: "new table" })],
    dropTable: (op) => [schemaOnly(op.table, "frees the table's pages")],
    renameTable: (op) => [schemaOnly(op.table)],
    // The compiler looks at the table before choosing, so `rebuilds` says yes to every addColumn: what SQLite's
    // ALTER TABLE ADD COLUMN takes (no key, a constant default, NOT NULL only with one) is added in place.
    addColumn: (op) => [nativeAddColumn(op) || !rebuilds(op) ? schemaOnly(op.table, "ALTER TABLE ADD COLUMN only edits the schema")
      : rebuild(op.table)],
    dropColumn: (op) => [rebuilds(op) ? rebuild(op.table) : rebuild(op.table, "ALTER TABLE DROP COLUMN rewrites every row")],
    alterColumn: (op) => [rebuilds(op) ? rebuild(op.table) : schemaOnly(op.table)],
    createIndex: (op) => [impact(op.table, { lock: LOCK, rewrites: false, scans: true, blocksWrites: true, blocksReads: false,
      note: "the index is built from every row under the write lock" })],
    dropIndex: (op) => [schemaOnly(op.table)],
    createUniqueConstraint: (op) => [rebuilds(op) ? rebuild(op.table) : schemaOnly(op.table)],
    createForeignKey: (op) => [rebuilds(op) ? rebuild(op.table) : schemaOnly(op.table)],
    createCheckConstraint: (op) => [rebuilds(op) ? rebuild(op.table) : schemaOnly(op.table)],
    createPrimaryKey: (op) => [rebuilds(op) ? rebuild(op.table) : schemaOnly(op.table)],
    createConstraint: (op) => [rebuilds(op) ? rebuild(op.table) : schemaOnly(op.table)],
    dropConstraint: (op) => [rebuilds(op) ? rebuild(op.table) : schemaOnly(op.table)],
    setTableComment: () => [nothing("SQLite keeps no comments")],
    setTableOptions: (op) => [rebuilds(op) ? rebuild(op.table) : nothing("nothing SQLite stores changes")],
    createEnum: () => [nothing("SQLite has no enum types")],
    dropEnum: () => [nothing("SQLite has no enum types")],
    addEnumValue: () => [nothing("SQLite has no enum types")],
    dropEnumValue: () => [nothing("SQLite has no enum types")],
    // A batch that needs a rebuild does everything in one copy; otherwise its ops run one by one.
    batchAlterTable: (op) => (rebuilds(op) ? [rebuild(op.table, `move-and-copy rebuild for ${op.ops.length} change(s): copies every row`)]
      : op.ops.flatMap((sub) => dispatch(handlers, sub as Operation))),
    validateConstraint: () => [nothing("constraints are checked when added: nothing to do")],
    execute: () => [impact(null, { lock: "unknown", ...quick, blocksWrites: false, note: "raw SQL is not analysed" })],
    bulkInsert: (op) => [impact(op.table, { lock: LOCK, ...quick, blocksWrites: true, severity: "info", note: "inserts rows" })],
  };
  return dispatch(handlers, op);
}

/** SQLite keeps no row estimate short of counting, and its lock model does not depend on the version. */
export const sqliteLockFacts: LockFactsSql = { version: null, rowEstimates: () => null };

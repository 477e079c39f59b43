/**
 * What each op does to a live PostgreSQL table: the table lock its statement takes (PostgreSQL manual,
 * "Explicit Locking" and ALTER TABLE's notes) and whether it rewrites or scans the table meanwhile. ALTER TABLE
 * takes ACCESS EXCLUSIVE unless noted; that lock blocks reads too, so even a catalog-only change queues every
 * later query on the table behind any long transaction.
 */
import {
  impact, merge, type LockImpact,
} from "../../operations/lock-impact.js";
import type { AddColumnOp, AlterColumnOp, Operation, OperationHandlers, TableAlteration, TableRef } from "../../operations/operation.js";
import { dispatch } from "../../operations/operation.js";
import type { LockFactsSql } from "../dialect.js";
import { statement } from "../shared/syntax.js";
import type { ColumnType, DefaultValue } from "../../schema/types.js";

/** Weakest first, as PostgreSQL orders its table lock modes. */
export const PG_LOCKS = [
  "ACCESS SHARE", "ROW SHARE", "ROW EXCLUSIVE", "SHARE UPDATE EXCLUSIVE", "SHARE", "SHARE ROW EXCLUSIVE", "EXCLUSIVE",
  "ACCESS EXCLUSIVE",
] as const;

const none = { rewrites: false, scans: false } as const;
const briefExclusive = (table: TableRef | null, note?: string): LockImpact =>
  impact(table, { lock: "ACCESS EXCLUSIVE", ...none, blocksWrites: true, blocksReads: true, note });
const newTable = (table: TableRef): LockImpact =>
  impact(table, { lock: "ACCESS EXCLUSIVE", ...none, blocksWrites: false, blocksReads: false, note: "new table: nothing uses it yet" });
const refOf = (name: string, schema: string | null): TableRef => ({ name, schema });

/** Functions whose default differs per row: ADD COLUMN must then write every row (PostgreSQL 11+ stores a constant one). */
const VOLATILE = /\b(random|gen_random_uuid|uuid_generate_v[14]|uuidv[47]|clock_timestamp|timeofday|nextval|setseed)\s*\(/i;

function majorVersion(serverVersion: string | null | undefined): number | null {
  const match = /^(\d+)/.exec(serverVersion ?? "");
  return match ? Number(match[1]) : null;
}

function volatileDefault(value: DefaultValue | null): boolean {
  return value !== null && value.kind === "sql" && VOLATILE.test(value.sql);
}

function addColumn(op: AddColumnOp, version: number | null): LockImpact[] {
  const c = op.column;
  const oldServer = version !== null && version < 11 && c.default !== null;
  const rewrite = volatileDefault(c.default) || oldServer || c.generated?.stored === true || c.autoIncrement;
  const why = c.autoIncrement ? "identity values are written into every row"
    : c.generated ? "a stored generated column is computed for every row"
      : oldServer ? "before PostgreSQL 11 any default is written into every row"
        : rewrite ? "a volatile default is computed for every row" : undefined;
  const parts = [impact(op.table, { lock: "ACCESS EXCLUSIVE", rewrites: rewrite, scans: false, blocksWrites: true, blocksReads: true, note: why })];
  if (op.unique) parts.push(impact(op.table, { lock: "ACCESS EXCLUSIVE", rewrites: false, scans: true, blocksWrites: true, blocksReads: true,
    note: "builds the unique index" }));
  const result = [merge(op.table, parts, PG_LOCKS)];
  if (op.foreignKey) result.push(...foreignKey(op.table, op.foreignKey.refTable, op.foreignKey.refSchema, op.foreignKey.notValid === true));
  return result;
}

function foreignKey(table: TableRef, refTable: string, refSchema: string | null, notValid: boolean): LockImpact[] {
  const note = notValid ? "NOT VALID: existing rows are not checked (VALIDATE CONSTRAINT later takes only SHARE UPDATE EXCLUSIVE)"
    : "validates every existing row; add it NOT VALID and validate later to avoid blocking";
  const facts = { lock: "SHARE ROW EXCLUSIVE", rewrites: false, scans: !notValid, blocksWrites: true, blocksReads: false, note };
  return [impact(table, facts), impact(refOf(refTable, refSchema ?? table.schema), { ...facts, note: "the referenced table" })];
}

/** Type changes that need no rewrite: the stored bytes stay valid (binary coercible) and only a limit grows. */
function binaryCoercible(from: ColumnType | undefined, to: ColumnType): boolean {
  if (from === undefined) return false;
  const textual = (t: ColumnType): boolean => t.kind === "text" || (t.kind === "varchar");
  if (to.kind === "text" && textual(from)) return true;
  if (to.kind === "varchar" && from.kind === "varchar") return to.length === null || (from.length !== null && to.length >= from.length);
  if (to.kind === "varchar" && from.kind === "text") return to.length === null;
  if (to.kind === "numeric" && from.kind === "numeric") {
    if (to.precision === null) return true;
    return from.precision !== null && from.scale === to.scale && to.precision >= from.precision;
  }
  if (to.kind === "binary" && from.kind === "binary") return to.length === null;
  return false;
}

function alterColumn(op: AlterColumnOp, version: number | null): LockImpact[] {
  const c = op.changes;
  const t = op.table;
  const parts: LockImpact[] = [];
  if (c.type !== undefined) {
    const cheap = binaryCoercible(op.existing.type, c.type);
    parts.push(impact(t, { lock: "ACCESS EXCLUSIVE", rewrites: !cheap, scans: false, blocksWrites: true, blocksReads: true,
      note: cheap ? "binary-coercible: no rewrite" : op.existing.type === undefined
        ? "the old type is not known (give existingType): assumed to rewrite the table and its indexes"
        : "rewrites the table and rebuilds its indexes" }));
  }
  if (c.collation !== undefined) {
    parts.push(impact(t, { lock: "ACCESS EXCLUSIVE", rewrites: true, scans: false, blocksWrites: true, blocksReads: true,
      note: "a new collation rebuilds the column's indexes" }));
  }
  if (c.nullable === false && op.existing.notNullCheck !== undefined && (version === null || version >= 12)) {
    parts.push(briefExclusive(t, `the valid check ${op.existing.notNullCheck} proves no NULLs: no scan`));
  } else if (c.nullable === false) {
    parts.push(impact(t, { lock: "ACCESS EXCLUSIVE", rewrites: false, scans: true, blocksWrites: true, blocksReads: true,
      note: "SET NOT NULL scans for nulls (PostgreSQL 12+ skips the scan when a valid CHECK (col IS NOT NULL) exists)" }));
  }
  if (c.generated !== undefined && c.generated !== null) {
    parts.push(impact(t, { lock: "ACCESS EXCLUSIVE", rewrites: true, scans: false, blocksWrites: true, blocksReads: true,
      note: "a generated column is computed for every row" }));
  }
  const catalogOnly = c.nullable === true || c.default !== undefined || c.newName !== undefined || c.autoIncrement !== undefined
    || c.identity !== undefined || c.generated === null;
  if (catalogOnly) parts.push(briefExclusive(t));
  if (c.comment !== undefined) parts.push(impact(t, { lock: "SHARE UPDATE EXCLUSIVE", ...none, blocksWrites: false, blocksReads: false }));
  if (parts.length === 0) parts.push(impact(t, { lock: "none", ...none, blocksWrites: false, blocksReads: false, note: "nothing PostgreSQL stores changes" }));
  return [merge(t, parts, PG_LOCKS)];
}

type Alterations = { readonly [K in TableAlteration["kind"]]: (op: Extract<TableAlteration, { kind: K }>) => LockImpact[] };

function alterations(version: number | null): Alterations {
  return {
    addColumn: (op) => addColumn(op, version),
    dropColumn: (op) => [briefExclusive(op.table, "marks the column dropped; no rewrite")],
    alterColumn: (op) => alterColumn(op, version),
    createIndex: (op) => [op.concurrently
      ? impact(op.table, { lock: "SHARE UPDATE EXCLUSIVE", rewrites: false, scans: true, blocksWrites: false, blocksReads: false,
        note: "CONCURRENTLY: scans twice and waits for running transactions, outside a transaction block" })
      : impact(op.table, { lock: "SHARE", rewrites: false, scans: true, blocksWrites: true, blocksReads: false,
        note: "use concurrently: true (in a revision with transactional = false) to build without blocking writes" })],
    dropIndex: (op) => [op.concurrently
      ? impact(op.table, { lock: "SHARE UPDATE EXCLUSIVE", ...none, blocksWrites: false, blocksReads: false,
        note: "CONCURRENTLY: waits for running transactions, outside a transaction block" })
      : briefExclusive(op.table, "DROP INDEX CONCURRENTLY avoids it")],
    createUniqueConstraint: (op) => [impact(op.table, { lock: "ACCESS EXCLUSIVE", rewrites: false, scans: true, blocksWrites: true,
      blocksReads: true, note: "builds the unique index; build it CONCURRENTLY first and add the constraint USING INDEX to avoid blocking" })],
    createForeignKey: (op) => foreignKey(op.table, op.foreignKey.refTable, op.foreignKey.refSchema, op.foreignKey.notValid === true),
    createCheckConstraint: (op) => [op.check.notValid
      ? briefExclusive(op.table, "NOT VALID: existing rows are not checked")
      : impact(op.table, { lock: "ACCESS EXCLUSIVE", rewrites: false, scans: true, blocksWrites: true, blocksReads: true,
        note: "validates every existing row; add it NOT VALID and validate later to avoid blocking" })],
    createPrimaryKey: (op) => [impact(op.table, { lock: "ACCESS EXCLUSIVE", rewrites: false, scans: true, blocksWrites: true,
      blocksReads: true, note: "builds the unique index and checks the columns for nulls" })],
    createConstraint: (op) => [impact(op.table, { lock: "ACCESS EXCLUSIVE", rewrites: false, scans: true, blocksWrites: true,
      blocksReads: true, note: "builds the constraint's index" })],
    dropConstraint: (op) => {
      const d = op.definition;
      const own = briefExclusive(op.table);
      if (d?.type !== "foreignkey") return [own];
      return [impact(op.table, { lock: "SHARE ROW EXCLUSIVE", ...none, blocksWrites: true, blocksReads: false }),
        impact(refOf(d.foreignKey.refTable, d.foreignKey.refSchema ?? op.table.schema),
          { lock: "SHARE ROW EXCLUSIVE", ...none, blocksWrites: true, blocksReads: false, note: "the referenced table" })];
    },
  };
}

/** The lock report of one op on PostgreSQL; `serverVersion` as `SHOW server_version` prints it. */
export function postgresLockImpact(op: Operation, serverVersion?: string | null): LockImpact[] {
  const version = majorVersion(serverVersion);
  const table = alterations(version);
  const handlers: OperationHandlers<LockImpact[]> = {
    ...table,
    createTable: (op) => [newTable({ name: op.table.name, schema: op.table.schema }),
      ...op.table.foreignKeys.map((fk) => impact(refOf(fk.refTable, fk.refSchema ?? op.table.schema),
        { lock: "SHARE ROW EXCLUSIVE", ...none, blocksWrites: true, blocksReads: false, note: "the referenced table, briefly" }))],
    dropTable: (op) => [briefExclusive(op.table)],
    renameTable: (op) => [briefExclusive(op.table)],
    setTableComment: (op) => [impact(op.table, { lock: "SHARE UPDATE EXCLUSIVE", ...none, blocksWrites: false, blocksReads: false })],
    setTableOptions: (op) => {
      const loggedChanges = Boolean(op.options.unlogged) !== Boolean(op.existing?.unlogged);
      const partitioning = op.options.partitionBy !== op.existing?.partitionBy
        || JSON.stringify(op.options.inherits ?? []) !== JSON.stringify(op.existing?.inherits ?? []);
      if (loggedChanges || partitioning) {
        return [impact(op.table, { lock: "ACCESS EXCLUSIVE", rewrites: true, scans: false, blocksWrites: true, blocksReads: true,
          note: loggedChanges ? "SET LOGGED/UNLOGGED rewrites the table" : "changes the table's structure" })];
      }
      return [impact(op.table, { lock: "SHARE UPDATE EXCLUSIVE", ...none, blocksWrites: false, blocksReads: false,
        note: "storage parameters apply to rows written later" })];
    },
    createEnum: () => [impact(null, { lock: "none", ...none, blocksWrites: false, blocksReads: false, note: "a new type" })],
    dropEnum: () => [impact(null, { lock: "ACCESS EXCLUSIVE on the type", ...none, blocksWrites: false, blocksReads: false })],
    addEnumValue: () => [impact(null, { lock: "EXCLUSIVE on the type", ...none, blocksWrites: false, blocksReads: false,
      note: "no table is touched" })],
    dropEnumValue: () => [impact(null, { lock: "ACCESS EXCLUSIVE", rewrites: true, scans: false, blocksWrites: true, blocksReads: true,
      note: "re-creates the type and rewrites every table with a column of it" })],
    batchAlterTable: (op) => op.ops.flatMap((sub) => dispatch(handlers, sub as Operation)),
    validateConstraint: (op) => [impact(op.table, { lock: "SHARE UPDATE EXCLUSIVE", rewrites: false, scans: true, blocksWrites: false,
      blocksReads: false, note: "checks every existing row while writes go on (a foreign key's referenced table: ROW SHARE)" })],
    execute: () => [impact(null, { lock: "unknown", ...none, blocksWrites: false, blocksReads: false, note: "raw SQL is not analysed" })],
    bulkInsert: (op) => [impact(op.table, { lock: "ROW EXCLUSIVE", ...none, blocksWrites: false, blocksReads: false })],
  };
  return dispatch(handlers, op);
}

/** reltuples is the planner's estimate (-1: never analysed, which the report treats as unknown). */
export const postgresqlLockFacts: LockFactsSql = {
  version: statement("SELECT current_setting('server_version') AS version", []),
  rowEstimates: (tables) => {
    const names = [...new Set(tables.map((t) => t.name))];
    if (names.length === 0) return null;
    return statement(`SELECT n.nspname AS schema, c.relname AS name, CASE WHEN c.reltuples < 0 THEN NULL ELSE c.reltuples::bigint END AS row_estimate,
       n.nspname = current_schema() AS current
     FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p', 'm') AND c.relname IN (${names.map((_, i) => `$${i + 1}`).join(", ")})`, names);
  },
};

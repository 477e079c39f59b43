/**
 * What each op does to a live InnoDB table on MySQL 8.0 and MariaDB 10.6+: the algorithm the server picks when
 * the statement names none (the fastest it supports: INSTANT, then INPLACE, then COPY) and the LOCK level that
 * comes with it, after the "Online DDL Operations" tables of the MySQL 8.0 manual and MariaDB's "InnoDB Online
 * DDL" pages. Every ALTER takes an exclusive metadata lock for a moment at its start or end, so it still waits
 * behind (and queues new queries behind) a long transaction on the table; LOCK=NONE means writes go on during
 * the long part, LOCK=SHARED that only reads do.
 */
import { impact, merge, tableKey, type Algorithm, type LockImpact } from "../../operations/lock-impact.js";
import {
  alterModeOf, dispatch, isModal, type AddColumnOp, type AlterColumnOp, type Operation, type OperationHandlers, type TableAlteration, type TableRef,
} from "../../operations/operation.js";
import type { ColumnType } from "../../schema/types.js";
import type { LockFactsSql } from "../dialect.js";
import { statement } from "../shared/syntax.js";

export const MYSQL_LOCKS = ["none", "LOCK=NONE", "exclusive metadata lock", "LOCK=SHARED", "LOCK=EXCLUSIVE"] as const;

interface Server {
  readonly mariadb: boolean;
  /** [major, minor, patch]; null: unknown (offline), assumed recent (MySQL 8.0.29+, MariaDB 10.6+). */
  readonly version: readonly [number, number, number] | null;
}

export function parseServer(serverVersion: string | null | undefined): Server {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(serverVersion ?? "");
  const version = match ? [Number(match[1]), Number(match[2]), Number(match[3])] as const : null;
  return { mariadb: /mariadb/i.test(serverVersion ?? "") || (version !== null && version[0] >= 10), version };
}

function atLeast(server: Server, major: number, minor: number, patch: number): boolean {
  const v = server.version;
  if (v === null) return true;
  return v[0] !== major ? v[0] > major : v[1] !== minor ? v[1] > minor : v[2] >= patch;
}

const quick = { rewrites: false, scans: false, blocksWrites: false, blocksReads: false } as const;

function online(table: TableRef | null, algorithm: Algorithm, note?: string): LockImpact {
  return impact(table, { lock: algorithm === "INSTANT" ? "exclusive metadata lock" : "LOCK=NONE", algorithm, ...quick, note });
}

function rebuildOnline(table: TableRef, note: string): LockImpact {
  return impact(table, { lock: "LOCK=NONE", algorithm: "INPLACE", rewrites: true, scans: false, blocksWrites: false, blocksReads: false,
    note: `${note}; rebuilds the table while writes go on` });
}

function copy(table: TableRef, note: string): LockImpact {
  return impact(table, { lock: "LOCK=SHARED", algorithm: "COPY", rewrites: true, scans: false, blocksWrites: true, blocksReads: false, note });
}

function briefExclusive(table: TableRef): LockImpact {
  return impact(table, { lock: "exclusive metadata lock", rewrites: false, scans: false, blocksWrites: true, blocksReads: true });
}

/** A change to the table's metadata alone: INSTANT on MariaDB 10.4+, INPLACE (no rebuild) elsewhere. */
function metadataAlgorithm(server: Server): Algorithm {
  return server.mariadb && atLeast(server, 10, 4, 0) ? "INSTANT" : "INPLACE";
}

/** Bytes a VARCHAR's length prefix takes: 1 up to 255 bytes, else 2 (utf8mb4: 4 bytes a character). */
function lengthBytes(chars: number | null): number {
  return chars !== null && chars * 4 <= 255 ? 1 : 2;
}

/** Extending a VARCHAR in place: only while its length prefix keeps its size. */
function extendsInPlace(from: ColumnType | undefined, to: ColumnType): boolean {
  return from?.kind === "varchar" && to.kind === "varchar" && from.length !== null && to.length !== null
    && to.length >= from.length && lengthBytes(from.length) === lengthBytes(to.length);
}

function addColumn(op: AddColumnOp, server: Server): LockImpact[] {
  const c = op.column;
  const result: LockImpact[] = [];
  if (c.autoIncrement) {
    result.push(impact(op.table, { lock: "LOCK=SHARED", algorithm: "INPLACE", rewrites: true, scans: false, blocksWrites: true, blocksReads: false,
      note: "adding an AUTO_INCREMENT column permits no concurrent writes" }));
  } else if (c.generated?.stored) {
    result.push(copy(op.table, "a stored generated column is computed by copying the table"));
  } else if (op.unique) {
    result.push(rebuildOnline(op.table, "adding a column with an index cannot be INSTANT"));
  } else {
    const instant = server.mariadb ? atLeast(server, 10, 3, 2) : atLeast(server, 8, 0, 12);
    result.push(instant ? online(op.table, "INSTANT") : rebuildOnline(op.table, "before INSTANT ADD COLUMN"));
  }
  if (op.foreignKey) result.push(...foreignKey(op.table, op.foreignKey.refTable, op.foreignKey.refSchema));
  return [merge(op.table, result.filter((r) => r.table === op.table), MYSQL_LOCKS),
    ...result.filter((r) => r.table !== op.table)];
}

function foreignKey(table: TableRef, refTable: string, refSchema: string | null): LockImpact[] {
  return [copy(table, "with foreign_key_checks on, adding a foreign key copies the table: INPLACE needs foreign_key_checks=0"),
    impact({ name: refTable, schema: refSchema ?? table.schema },
      { lock: "shared metadata lock", ...quick, note: "the referenced table" })];
}

function alterColumn(op: AlterColumnOp, server: Server): LockImpact {
  const c = op.changes;
  const t = op.table;
  const parts: LockImpact[] = [];
  if (c.type !== undefined) {
    if (extendsInPlace(op.existing.type, c.type)) parts.push(online(t, "INPLACE", "extending a VARCHAR only changes metadata"));
    else parts.push(copy(t, op.existing.type === undefined ? "the old type is not known (give existingType): a type change copies the table"
      : "changing a column's type copies the table"));
  }
  if (c.charset !== undefined || c.collation !== undefined) parts.push(copy(t, "converting a column's character set or collation copies the table"));
  if (c.generated !== undefined) parts.push(copy(t, "changing a generated column copies the table"));
  if (c.autoIncrement === true) parts.push(copy(t, "making a column AUTO_INCREMENT copies the table"));
  // MariaDB 10.4+ changes a column's name, comment and ON UPDATE in its metadata alone (each confirmed on 10.11
  // with ALGORITHM=INSTANT); MySQL renames instantly from 8.0.28. Allowing NULL is INSTANT on MariaDB only for
  // ROW_FORMAT=REDUNDANT tables (refused on a DYNAMIC one), so it is reported as the rebuild it is by default.
  const mariadbInstant = server.mariadb && atLeast(server, 10, 4, 0);
  if (c.nullable !== undefined) parts.push(rebuildOnline(t, c.nullable ? "making a column NULL" : "making a column NOT NULL (strict mode)"));
  if (c.default !== undefined || c.autoIncrement === false) parts.push(online(t, "INSTANT"));
  if (c.newName !== undefined) {
    parts.push(online(t, mariadbInstant || !server.mariadb && atLeast(server, 8, 0, 28) ? "INSTANT" : "INPLACE", "renaming a column only changes metadata"));
  }
  if (c.comment !== undefined || c.onUpdate !== undefined) parts.push(online(t, mariadbInstant ? "INSTANT" : "INPLACE", "only changes metadata"));
  if (parts.length === 0) parts.push(online(t, "INSTANT"));
  return merge(t, parts, MYSQL_LOCKS);
}

type Alterations = { readonly [K in TableAlteration["kind"]]: (op: Extract<TableAlteration, { kind: K }>) => LockImpact[] };

function alterations(server: Server): Alterations {
  return {
    addColumn: (op) => addColumn(op, server),
    dropColumn: (op) => [(server.mariadb ? atLeast(server, 10, 4, 0) : atLeast(server, 8, 0, 29))
      ? online(op.table, "INSTANT") : rebuildOnline(op.table, "dropping a column before INSTANT DROP COLUMN")],
    alterColumn: (op) => [alterColumn(op, server)],
    createIndex: (op) => {
      const kind = op.index.using?.toLowerCase();
      if (kind === "fulltext" || kind === "spatial") {
        return [impact(op.table, { lock: "LOCK=SHARED", algorithm: "INPLACE", rewrites: kind === "fulltext", scans: true,
          blocksWrites: true, blocksReads: false, note: `a ${kind.toUpperCase()} index permits no concurrent writes` })];
      }
      return [impact(op.table, { lock: "LOCK=NONE", algorithm: "INPLACE", rewrites: false, scans: true, blocksWrites: false,
        blocksReads: false, note: "a secondary index is built while writes go on" })];
    },
    dropIndex: (op) => [online(op.table, "INPLACE", "only changes metadata")],
    createUniqueConstraint: (op) => [impact(op.table, { lock: "LOCK=NONE", algorithm: "INPLACE", rewrites: false, scans: true,
      blocksWrites: false, blocksReads: false, note: "a unique secondary index is built while writes go on" })],
    createForeignKey: (op) => foreignKey(op.table, op.foreignKey.refTable, op.foreignKey.refSchema),
    // Confirmed on MariaDB 10.11: ALGORITHM=INPLACE and NOCOPY are refused ("Try ALGORITHM=COPY").
    createCheckConstraint: (op) => [copy(op.table, "adding a CHECK constraint validates every row by copying the table")],
    createPrimaryKey: (op) => [rebuildOnline(op.table, "adding a primary key (COPY when a column must become NOT NULL)")],
    createConstraint: (op) => [impact(op.table, { lock: "none", ...quick, note: "exclusion constraints do not exist on MySQL" })],
    dropConstraint: (op) => [op.type === "primary" ? copy(op.table, "dropping the primary key without adding one copies the table")
      : online(op.table, op.type === "check" ? "INSTANT" : "INPLACE", "only changes metadata")],
  };
}

/** The lock report of one op on MySQL or MariaDB; `serverVersion` as `SELECT VERSION()` returns it. */
export function mysqlLockImpact(op: Operation, serverVersion?: string | null): LockImpact[] {
  return refusedAsAsked(op, unaskedImpact(op, serverVersion));
}

/**
 * An op that states ALGORITHM=INSTANT|INPLACE or LOCK=NONE where it needs a COPY or a lock that stops writes
 * does not block: the server refuses the statement, and the revision fails there. Reported as a warning that
 * says so, not as the block it would be without them.
 */
function refusedAsAsked(op: Operation, impacts: LockImpact[]): LockImpact[] {
  const mode = alterModeOf(op);
  if (!isModal(op) || mode.algorithm === undefined && mode.lock === undefined) return impacts;
  const key = tableKey(op.table);
  return impacts.map((i) => {
    if (i.table === null || tableKey(i.table) !== key) return i;
    const copies = i.algorithm === "COPY" && (mode.algorithm === "INSTANT" || mode.algorithm === "INPLACE");
    const locks = mode.lock === "NONE" && i.blocksWrites;
    if (!copies && !locks) return i;
    const asked = [mode.algorithm && `ALGORITHM=${mode.algorithm}`, mode.lock && `LOCK=${mode.lock}`].filter(Boolean).join(", ");
    return impact(i.table, { ...i, blocksWrites: false, blocksReads: false, severity: "warning",
      note: `${i.note ? `${i.note}; ` : ""}with ${asked} the server refuses the statement instead, so the revision fails there` });
  });
}

function unaskedImpact(op: Operation, serverVersion?: string | null): LockImpact[] {
  const server = parseServer(serverVersion);
  const handlers: OperationHandlers<LockImpact[]> = {
    ...alterations(server),
    createTable: (op) => [impact({ name: op.table.name, schema: op.table.schema },
      { lock: "exclusive metadata lock", ...quick, note: "new table: nothing uses it yet" })],
    dropTable: (op) => [briefExclusive(op.table)],
    renameTable: (op) => [briefExclusive(op.table)],
    // Both confirmed INSTANT on MariaDB 10.11 (a table option is metadata); MySQL's manual says INPLACE.
    setTableComment: (op) => [online(op.table, metadataAlgorithm(server), "only changes metadata")],
    setTableOptions: (op) => {
      const engine = (op.options.engine ?? "").toLowerCase() !== (op.existing?.engine ?? "").toLowerCase();
      // The compiler converts the text columns that follow the table's default with it (table-options.ts).
      const charset = op.options.charset !== op.existing?.charset || op.options.collation !== op.existing?.collation;
      return [engine ? copy(op.table, "changing the storage engine copies the table")
        : charset ? copy(op.table, "converting the text columns that follow the table's default charset or collation copies the table")
        : online(op.table, metadataAlgorithm(server), "only changes metadata")];
    },
    createEnum: () => [impact(null, { lock: "none", ...quick, note: "MySQL enums are column types: nothing to create" })],
    dropEnum: () => [impact(null, { lock: "none", ...quick, note: "MySQL enums are column types: nothing to drop" })],
    addEnumValue: () => [impact(null, { lock: "none", ...quick,
      note: "change the columns' ENUM(...) with alterColumn: appending a value is INSTANT, inserting one elsewhere copies the table" })],
    dropEnumValue: () => [impact(null, { lock: "none", ...quick, note: "change the columns' ENUM(...) with alterColumn (copies the table)" })],
    batchAlterTable: (op) => op.ops.flatMap((sub) => refusedAsAsked(sub, dispatch(handlers, sub as Operation))),
    validateConstraint: (op) => [impact(op.table, { lock: "none", ...quick, note: "constraints are checked when added: nothing to do" })],
    execute: () => [impact(null, { lock: "unknown", ...quick, note: "raw SQL is not analysed" })],
    bulkInsert: (op) => [impact(op.table, { lock: "none", ...quick, note: "row locks only" })],
  };
  return dispatch(handlers, op);
}

/** TABLE_ROWS is InnoDB's estimate (cached for information_schema_stats_expiry on MySQL 8). */
export const mysqlLockFacts: LockFactsSql = {
  version: statement("SELECT VERSION() AS version", []),
  rowEstimates: (tables) => {
    const names = [...new Set(tables.map((t) => t.name))];
    if (names.length === 0) return null;
    return statement(`SELECT TABLE_SCHEMA AS \`schema\`, TABLE_NAME AS name, TABLE_ROWS AS row_estimate,
        TABLE_SCHEMA = DATABASE() AS current
      FROM information_schema.TABLES WHERE TABLE_TYPE = 'BASE TABLE' AND TABLE_NAME IN (${names.map(() => "?").join(", ")})`, names);
  },
};

/**
 * The migration history table: one row per revision run (upgrade,
 * downgrade or stamp) with its checksum, status, time and duration. Its
 * CREATE TABLE is compiled by the dialect's own compiler from a table of
 * the IR, so the autoincrementing id is spelled right everywhere.
 */
import type { HistoryRecord, HistoryTableSql, Statement } from "../dialect.js";
import type { Table } from "../../schema/ir.js";
import type { DdlCompiler } from "./compiler.js";
import { statement, type DialectSyntax } from "./syntax.js";

const column = (name: string, type: Table["columns"][number]["type"], nullable: boolean, extra: Partial<Table["columns"][number]> = {}) =>
  ({ name, type, nullable, default: null, autoIncrement: false, comment: null, ...extra });

export function historyTableDefinition(name: string): Table {
  return {
    name,
    schema: null,
    columns: [
      column("id", { kind: "bigint" }, false, { autoIncrement: true }),
      column("revision", { kind: "varchar", length: 32 }, false),
      column("direction", { kind: "varchar", length: 10 }, false),
      column("status", { kind: "varchar", length: 10 }, false),
      column("checksum", { kind: "varchar", length: 64 }, true),
      column("applied_at", { kind: "timestamp", withTimezone: false }, false, { default: { kind: "sql", sql: "CURRENT_TIMESTAMP" } }),
      column("duration_ms", { kind: "integer" }, true),
      column("athanor_version", { kind: "varchar", length: 32 }, false),
      column("detail", { kind: "text" }, true),
    ],
    primaryKey: { name: null, columns: ["id"] },
    indexes: [],
    uniques: [],
    foreignKeys: [],
    checks: [],
    comment: null,
  };
}

/**
 * SQL that updates the table's last row (highest id) when it meets `condition`. The primary key finds it: a
 * search by revision would scan the whole history once per revision of a run.
 */
export type UpdateLastRow = (quotedTable: string, assignments: string, condition: string) => string;

/** PostgreSQL and SQLite read MAX(id) once, through the primary key. */
export const updateLastRowByMaxId: UpdateLastRow = (table, assignments, condition) =>
  `UPDATE ${table} SET ${assignments} WHERE id = (SELECT MAX(id) FROM ${table}) AND ${condition}`;

const COLUMNS = "id, revision, direction, status, checksum, applied_at, duration_ms, athanor_version, detail";

export function historyTableSql(
  syntax: DialectSyntax, compiler: DdlCompiler, exists: (table: string) => Statement, updateLastRow: UpdateLastRow = updateLastRowByMaxId,
): HistoryTableSql {
  const q = (name: string): string => syntax.quoteIdentifier(name);
  const p = (index: number): string => syntax.placeholder(index);
  const noTables = { table: () => { throw new Error("the history table's CREATE needs no table definitions"); } };
  return {
    // Every dialect here takes IF NOT EXISTS; the compiler's CREATE TABLE has no such option, so it is added here.
    create: (table) => compiler.compile({ kind: "createTable", table: historyTableDefinition(table) }, noTables)
      .map((s, i) => (i === 0 ? { ...s, sql: s.sql.replace(/^CREATE TABLE /, "CREATE TABLE IF NOT EXISTS ") } : s)),
    exists,
    insert: (table, r: HistoryRecord) => statement(
      `INSERT INTO ${q(table)} (revision, direction, status, checksum, duration_ms, athanor_version, detail) ` +
      `VALUES (${p(0)}, ${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)})`,
      [r.revision, r.direction, r.status, r.checksum, r.durationMs, r.version, r.detail]),
    // The run's `running` row is the table's last: the lock keeps other runs out.
    finish: (table, revision, status, durationMs, detail) => statement(
      updateLastRow(q(table), `status = ${p(0)}, duration_ms = ${p(1)}, detail = ${p(2)}`, `revision = ${p(3)} AND status = 'running'`),
      [status, durationMs, detail, revision]),
    select: (table) => statement(`SELECT ${COLUMNS} FROM ${q(table)} ORDER BY id`),
    selectFor: (table, revisions) => statement(
      `SELECT ${COLUMNS} FROM ${q(table)} WHERE id = (SELECT MAX(id) FROM ${q(table)})` +
      `${revisions.length === 0 ? "" : ` OR revision IN (${revisions.map((_, i) => p(i)).join(", ")})`} ORDER BY id`,
      [...revisions]),
  };
}

/**
 * Reads and moves the version table: one row per current head, the shape of
 * Alembic's alembic_version. A move from one set of rows to another is
 * written as Alembic does: UPDATE when one head replaces another, otherwise
 * DELETE and INSERT.
 */
import type { Dialect, Statement } from "../dialects/dialect.js";
import type { StatementRunner } from "./runner.js";

export async function ensureVersionTable(runner: StatementRunner, table: string): Promise<void> {
  await runner.run(runner.dialect.versionTable.create(table));
}

export async function readVersionRows(runner: StatementRunner, table: string): Promise<string[]> {
  const rows = await runner.query<{ version_num: string }>(runner.dialect.versionTable.select(table));
  return rows.map((row) => String(row.version_num)).sort();
}

/** The rows, or null when the version table does not exist (yet): reading must not create it. */
export async function readVersionRowsIfExists(runner: StatementRunner, table: string): Promise<string[] | null> {
  const exists = await runner.query(runner.dialect.versionTable.exists(table));
  return exists.length === 0 ? null : readVersionRows(runner, table);
}

/** The statements that move the version table from `before` to `after`. */
export function versionMoves(dialect: Dialect, table: string, before: readonly string[], after: readonly string[]): Statement[] {
  const sql = dialect.versionTable;
  const removed = before.filter((rev) => !after.includes(rev));
  const added = after.filter((rev) => !before.includes(rev));
  if (removed.length === 1 && added.length === 1) return [sql.update(table, removed[0]!, added[0]!)];
  return [...removed.map((rev) => sql.delete(table, rev)), ...added.map((rev) => sql.insert(table, rev))];
}

export function sameRows(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const sortedB = [...b].sort();
  return [...a].sort().every((rev, i) => rev === sortedB[i]);
}

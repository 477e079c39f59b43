/**
 * The history table as the runtime uses it: a row per revision run, a
 * `running` row while a revision runs where DDL commits at once (so a crash
 * or failure there is visible afterwards), and checks of applied revision
 * files against the checksums recorded when they ran.
 */
import type { HistoryRecord } from "../dialects/dialect.js";
import type { StatementRunner } from "./runner.js";

export interface HistoryRow {
  readonly id: number;
  readonly revision: string;
  readonly direction: string;
  readonly status: string;
  readonly checksum: string | null;
  readonly appliedAt: string;
  readonly durationMs: number | null;
  readonly version: string;
  readonly detail: string | null;
}

export async function historyExists(runner: StatementRunner, table: string): Promise<boolean> {
  return (await runner.query(runner.dialect.history.exists(table))).length > 0;
}

export async function createHistory(runner: StatementRunner, table: string): Promise<void> {
  for (const statement of runner.dialect.history.create(table)) await runner.run(statement);
}

/** Every row, oldest first; with `revisions`, only the last row and those revisions' rows. */
export async function readHistory(runner: StatementRunner, table: string, revisions?: readonly string[]): Promise<HistoryRow[]> {
  const sql = runner.dialect.history;
  const rows = await runner.query<Record<string, unknown>>(revisions ? sql.selectFor(table, revisions) : sql.select(table));
  return rows.map((r) => ({
    id: Number(r.id),
    revision: String(r.revision),
    direction: String(r.direction),
    status: String(r.status),
    checksum: r.checksum == null ? null : String(r.checksum),
    appliedAt: r.applied_at instanceof Date ? r.applied_at.toISOString() : String(r.applied_at),
    durationMs: r.duration_ms == null ? null : Number(r.duration_ms),
    version: String(r.athanor_version),
    detail: r.detail == null ? null : String(r.detail),
  }));
}

export async function recordRun(runner: StatementRunner, table: string, record: HistoryRecord): Promise<void> {
  await runner.run(runner.dialect.history.insert(table, record));
}

export async function finishRun(
  runner: StatementRunner, table: string, revision: string, status: "ok" | "failed" | "refused", durationMs: number | null, detail: string | null,
): Promise<void> {
  await runner.run(runner.dialect.history.finish(table, revision, status, durationMs, detail));
}

/**
 * The last row, when it says a revision failed or never finished: the database may be half-migrated. A
 * `refused` row (stopped before any statement of it ran) leaves nothing to repair.
 */
export function unresolvedFailure(rows: readonly HistoryRow[]): HistoryRow | null {
  const last = rows[rows.length - 1];
  return last && (last.status === "failed" || last.status === "running") ? last : null;
}

export function describeFailure(row: HistoryRow): string {
  const state = row.status === "running" ? "never finished (the process stopped while it ran)" : "failed";
  return `${row.direction} of revision ${row.revision} ${state} at ${row.appliedAt}${row.detail ? `: ${row.detail}` : ""}`;
}

/**
 * Revision files that changed or vanished since they were applied: by the
 * checksum recorded with each revision's latest run, when that run was a
 * successful upgrade that is still applied (or whose file is gone).
 * `currentChecksum` answers undefined for a revision that has no file now.
 */
export async function checksumProblems(
  rows: readonly HistoryRow[], applied: ReadonlySet<string>, currentChecksum: (revision: string) => Promise<string | null | undefined>,
): Promise<string[]> {
  const latest = new Map<string, HistoryRow>();
  for (const row of rows) if (row.status === "ok") latest.set(row.revision, row);
  const problems: string[] = [];
  for (const [revision, row] of latest) {
    if (row.direction !== "upgrade" || row.checksum === null) continue;
    const now = await currentChecksum(revision);
    if (now === undefined) problems.push(`revision ${revision} was applied at ${row.appliedAt} but its file has been deleted`);
    else if (applied.has(revision) && now !== null && now !== row.checksum) {
      problems.push(`revision ${revision} was edited after it was applied at ${row.appliedAt}`);
    }
  }
  return problems;
}

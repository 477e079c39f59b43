/**
 * The closing summary of a multi-database run, on stdout: a totals line, then
 * every failure in full and what was not started. With few databases each
 * one gets its own line; with many, the ones that succeeded are counted by
 * where they ended, so a thousand tenants make a short summary.
 */
import type { DatabaseOutcome, FleetReport } from "../commands/fleet.js";
import { oneLine } from "./progress.js";

/** Up to this many databases, each gets a line of its own. */
const LISTED_ONE_BY_ONE = 20;
/** Names listed of databases not started; more are counted. */
const NAMES_LISTED = 10;

export interface SummaryWords<R extends DatabaseOutcome> {
  /** A succeeded database's line after its name: "base -> 3c3c3c3c3c3c, 5 revisions". */
  readonly ok: (report: R) => string;
  /** Where a succeeded database ended, to count many of them by: "at 3c3c3c3c3c3c". */
  readonly group: (report: R) => string;
  /** Where a failed database stands: "stopped at 1b10 (a revision boundary)". */
  readonly stopped: (report: R) => string;
}

export function summaryLines<R extends DatabaseOutcome>(report: FleetReport<R>, words: SummaryWords<R>): string[] {
  const { totals } = report;
  const applied = report.command === "stamp" ? "" : `; ${totals.revisionsApplied} ${plural(totals.revisionsApplied, "revision", "revisions")} applied`;
  const lines = [`${report.command}: ${totals.databases} ${plural(totals.databases, "database", "databases")}, ${totals.ok} ok, ` +
    `${totals.failed} failed, ${totals.notStarted} not started${applied}; ${seconds(report.durationMs)} with --jobs ${report.jobs}`];
  const ok = report.databases.filter((r) => r.status === "ok");
  if (report.databases.length <= LISTED_ONE_BY_ONE) {
    for (const r of ok) lines.push(`  [${r.database}] ok: ${words.ok(r)} (${seconds(r.durationMs ?? 0)})`);
  } else {
    const groups = new Map<string, number>();
    for (const r of ok) groups.set(words.group(r), (groups.get(words.group(r)) ?? 0) + 1);
    for (const [where, count] of groups) lines.push(`  ${count} ok ${where}`);
  }
  for (const r of report.databases.filter((d) => d.status === "failed")) {
    lines.push(`  [${r.database}] FAILED, ${words.stopped(r)} (${seconds(r.durationMs ?? 0)}): ${oneLine(r.error?.message ?? "")}`);
  }
  const skipped = report.databases.filter((r) => r.status === "not-started").map((r) => r.database);
  if (skipped.length > 0) {
    const more = skipped.length > NAMES_LISTED ? ` and ${skipped.length - NAMES_LISTED} more` : "";
    lines.push(`  not started (--fail-fast): ${skipped.slice(0, NAMES_LISTED).join(", ")}${more}`);
  }
  return lines;
}

export function rowsText(rows: readonly string[] | null): string {
  if (rows === null) return "unknown";
  return rows.length === 0 ? "base" : rows.join(", ");
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

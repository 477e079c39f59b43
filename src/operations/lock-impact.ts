/**
 * The lock report's vocabulary: what one op does to a live table, as each
 * dialect's lock model (src/dialects/<name>/locks-report.ts) states it. Plain
 * data, so `migrate lint --json` and the `// LOCK:` comments of autogenerate
 * read the same facts.
 */
import { qualifiedName, type TableRef } from "./operation.js";

/**
 * How much an op disturbs the application, least first:
 *   info     - nothing beyond what any statement does (new objects, online builds, metadata the server changes
 *              without stopping writes);
 *   warning  - blocks reads or writes only for a moment (a catalog change under an exclusive lock, which still
 *              queues every later query behind a long transaction), or rebuilds the table while writes go on;
 *   blocking - blocks writes (or reads) for as long as it scans, rewrites or copies the table.
 */
export type Severity = "info" | "warning" | "blocking";

export const SEVERITIES: readonly Severity[] = ["info", "warning", "blocking"];

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === "string" && (SEVERITIES as readonly string[]).includes(value);
}

/** MySQL/MariaDB ALTER TABLE algorithms, as the server chooses them when the statement names none. */
export type Algorithm = "INSTANT" | "NOCOPY" | "INPLACE" | "COPY";

/** What one op does to one table (an op may touch two: a foreign key locks the referenced table too). */
export interface LockImpact {
  /** The table locked; null when the op names none (an enum, raw SQL). */
  readonly table: TableRef | null;
  /** The lock taken, in the database's words: "ACCESS EXCLUSIVE", "SHARE", "metadata lock, LOCK=NONE", "database write lock". */
  readonly lock: string;
  /** MySQL/MariaDB: the algorithm the server will use. */
  readonly algorithm?: Algorithm;
  /** Every row is written anew (PostgreSQL rewrite, MySQL COPY or rebuild, SQLite move-and-copy). */
  readonly rewrites: boolean;
  /** Every row is read (validating a constraint, building an index). */
  readonly scans: boolean;
  readonly blocksWrites: boolean;
  readonly blocksReads: boolean;
  readonly severity: Severity;
  /** Why, or what would avoid it. */
  readonly note?: string;
}

type Facts = Omit<LockImpact, "table" | "severity"> & { readonly severity?: Severity };

/** An impact whose severity follows from the facts unless given: see Severity. */
export function impact(table: TableRef | null, facts: Facts): LockImpact {
  const long = facts.rewrites || facts.scans;
  const blocks = facts.blocksWrites || facts.blocksReads;
  // A scan alone, with writes going on (an online index build), costs I/O but no outage: info.
  const severity = facts.severity ?? (blocks && long ? "blocking" : blocks || facts.rewrites ? "warning" : "info");
  const result: LockImpact = { ...facts, table, severity };
  if (result.note === undefined) delete (result as { note?: string }).note;
  if (result.algorithm === undefined) delete (result as { algorithm?: Algorithm }).algorithm;
  return result;
}

/** The most severe of a list (null for none). */
export function worstSeverity(impacts: readonly LockImpact[]): Severity | null {
  let worst: Severity | null = null;
  for (const i of impacts) if (worst === null || severityRank(i.severity) > severityRank(worst)) worst = i.severity;
  return worst;
}

/**
 * Several facts about one table merged into one (alterColumn changing type and nullability at once): the
 * stronger lock, every effect, the worst severity.
 */
export function merge(table: TableRef | null, parts: readonly LockImpact[], lockOrder: readonly string[]): LockImpact {
  if (parts.length === 1) return parts[0]!;
  const rank = (lock: string): number => lockOrder.indexOf(lock);
  const lock = parts.map((p) => p.lock).reduce((a, b) => (rank(b) > rank(a) ? b : a));
  const algorithms: readonly Algorithm[] = ["INSTANT", "NOCOPY", "INPLACE", "COPY"];
  const algorithm = parts.map((p) => p.algorithm).filter((a): a is Algorithm => a !== undefined)
    .reduce<Algorithm | undefined>((a, b) => (a === undefined || algorithms.indexOf(b) > algorithms.indexOf(a) ? b : a), undefined);
  const notes = [...new Set(parts.map((p) => p.note).filter((n): n is string => Boolean(n)))];
  return impact(table, {
    lock, algorithm,
    rewrites: parts.some((p) => p.rewrites),
    scans: parts.some((p) => p.scans),
    blocksWrites: parts.some((p) => p.blocksWrites),
    blocksReads: parts.some((p) => p.blocksReads),
    severity: worstSeverity(parts) ?? "info",
    note: notes.length > 0 ? notes.join("; ") : undefined,
  });
}

/** "ACCESS EXCLUSIVE on users, rewrites the table: blocks reads and writes" (with the row estimate when known). */
export function describeImpact(i: LockImpact, rows?: number | null): string {
  const on = i.table ? ` on ${qualifiedName(i.table)}` : "";
  const size = rows === undefined || rows === null ? "" : ` (~${formatRows(rows)} rows)`;
  const work = i.rewrites ? ", rewrites the table" : i.scans ? ", scans the table" : "";
  const blocked = i.blocksReads && i.blocksWrites ? "blocks reads and writes" : i.blocksWrites ? "blocks writes"
    : i.blocksReads ? "blocks reads" : "does not block reads or writes";
  const how = i.algorithm ? `ALGORITHM=${i.algorithm}, ` : "";
  const brief = i.severity === "warning" && !i.rewrites && !i.scans && (i.blocksReads || i.blocksWrites) ? " briefly" : "";
  return `${how}${i.lock}${on}${size}${work}: ${blocked}${brief}${i.note ? ` (${i.note})` : ""}`;
}

function formatRows(rows: number): string {
  return rows >= 1_000_000 ? `${(rows / 1_000_000).toFixed(1)}M` : rows >= 10_000 ? `${Math.round(rows / 1000)}k` : String(rows);
}

/** The key a row estimate is looked up by: the qualified name, also without the schema. */
export function tableKey(ref: TableRef): string {
  return qualifiedName(ref);
}

/** Looks a table up in row estimates keyed by tableKey; undefined: not in the catalog. */
export function rowsOf(estimates: ReadonlyMap<string, number | null>, ref: TableRef): number | null | undefined {
  if (estimates.has(tableKey(ref))) return estimates.get(tableKey(ref));
  return estimates.get(ref.name);
}

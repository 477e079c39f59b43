/** `revision --autogenerate` and `check`: compare the models with the live database. */
import { renderOperations } from "../autogenerate/render.js";
import { lockCommenter, tablesTouched } from "../autogenerate/lock-comments.js";
import { readLockFacts } from "../dialects/lock-facts.js";
import { produceBaseline, produceOperations, type RenameHints, NO_RENAMES } from "../autogenerate/produce.js";
import { summarise, type ChangeLine } from "../autogenerate/summary.js";
import { UsageError } from "../errors.js";
import { downgradeOperations } from "../autogenerate/downgrade.js";
import type { RevisionGraph } from "../script/graph.js";
import { readVersionRows } from "../runtime/version-store.js";
import { onlineRunner } from "../runtime/runner.js";
import type { Connection, OnlineStep } from "../dialects/dialect.js";
import type { Operation } from "../operations/operation.js";
import type { ResolvedDatabase } from "../config/load.js";
import { mapPool } from "../runtime/pool.js";
import { dialectOf, loadEnvironment, loadGraph, withConnection } from "./environment.js";
import type { CommandOptions } from "./options.js";
import { oneDatabase, parentsFor, writeNewRevisions, type RevisionBody, type RevisionOptions, type RevisionResult } from "./revision.js";
import { applyOperation } from "../operations/apply.js";
import { describeInvalidIndexes, readInvalidIndexes } from "../runtime/invalid-indexes.js";
import type { LockFacts } from "../dialects/lock-facts.js";

/** No catalog read (--baseline): no server version, no row estimates. */
const NO_FACTS: LockFacts = { serverVersion: null, rows: new Map(), estimated: false };

export type AutogenerateOptions = RevisionOptions;

export interface AutogenerateResult extends RevisionResult {
  readonly changes: readonly ChangeLine[];
  /** The models declare no table and the database has some: the revision drops all of them (their number). */
  readonly dropsAllTables: number | null;
}

export async function autogenerateRevision(options: AutogenerateOptions): Promise<AutogenerateResult> {
  const db = await oneDatabase(options, "revision --autogenerate");
  const graph = await loadGraph(db);
  const downRevisions = parentsFor(graph, options.head ?? "head", options.splice ?? false);
  const produced = options.baseline ? await baseline(db, options)
    : await withConnection(db, async (connection) => {
      await requireUpToDate(db, graph, connection, "revision");
      const produced = await produceOperations(db, connection, renameHints(options.renames), options.askRename);
      // The row estimates and server version for the `// LOCK:` comments: one bulk query, while connected.
      const lockFacts = await readLockFacts(connection.dialect, (s) => connection.query(s),
        tablesTouched(connection.dialect, produced.operations));
      return { ...produced, ops: produced.operations, dialect: connection.dialect, lockFacts };
    }, { ifSchemaMissing: () => newSchema(db, graph, options) });
  const { ops, dialect, models } = produced;
  const lockComments = lockCommenter(dialect, produced.lockFacts);
  // Online: the non-blocking forms, one revision per step (each committed before the next runs).
  const steps: readonly OnlineStep[] = options.online ?? db.online
    ? dialect.onlinePlan(ops, produced.lockFacts ?? NO_FACTS) : [{ transactional: true, ops }];
  const bodies: RevisionBody[] = [];
  let database = produced.database;
  for (const [index, step] of steps.entries()) {
    const upgrade = renderOperations(step.ops, { lockComments });
    const downgrade = renderOperations(step.downgrade ?? downgradeOperations(step.ops), { lockComments });
    const names = [...new Set([...upgrade.imports, ...downgrade.imports])].sort();
    const imports = names.length > 0 ? [`import { ${names.join(", ")} } from "athanor/schema";`] : [];
    if (upgrade.lines.length > 0 || downgrade.lines.length > 0) {
      // Loaded only when there is something to check: the dry run pulls in the op facade and its builders, which a
      // revision with nothing to change (the common `revision --autogenerate` on an up-to-date schema) never needs.
      const { checkRevision } = await import("../autogenerate/check-revision.js");
      await checkRevision({ imports, upgrade: upgrade.lines, downgrade: downgrade.lines }, dialect, database, db.configPath);
      // The next step starts where this one leaves the schema.
      database = step.ops.reduce(applyOperation, database);
    }
    bodies.push({ imports, upgrade: upgrade.lines, downgrade: downgrade.lines, transactional: step.transactional,
      ...(steps.length > 1 ? { messageSuffix: `online step ${index + 1} of ${steps.length}` } : {}) });
  }
  const result = await writeNewRevisions(db, graph, options, downRevisions, bodies);
  const dropped = ops.filter((op) => op.kind === "dropTable").length;
  return { ...result, changes: summarise(ops), dropsAllTables: models.tables.length === 0 && dropped > 0 ? dropped : null };
}

export interface CheckOptions extends CommandOptions {
  /** --diff: also the unified diff of each differing table's DDL (database against models). */
  readonly diff?: boolean;
}

export interface CheckReport {
  readonly database: string | null;
  readonly changes: readonly ChangeLine[];
  /** The differences as ops (what `revision --autogenerate` would write); [] when the models and the database agree. */
  readonly operations: readonly Operation[];
  /**
   * With `diff`: per differing table, a unified diff (uncoloured) of its DDL as the database has it
   * (`--- database/<table>.sql`) against what the models want (`+++ models/<table>.sql`); "" when nothing
   * differs. null without `diff`.
   */
  readonly diff: string | null;
  /**
   * Indexes a failed CREATE INDEX CONCURRENTLY left invalid (PostgreSQL), said in one line with how to drop them;
   * null when there are none. The models may still agree: the catalog lists an invalid index like a valid one.
   */
  readonly invalidIndexes: string | null;
}

/** The differences between models and database, per database; empty when they agree. */
export async function check(options: CheckOptions = {}): Promise<CheckReport[]> {
  const { databases } = await loadEnvironment(options);
  // A fleet of tenants is compared up to --jobs at once; the reports keep the config's order.
  return mapPool(databases, options.jobs ?? 1, async (db): Promise<CheckReport> => {
    const graph = await loadGraph(db);
    const report = await withConnection(db, async (connection) => {
      await requireUpToDate(db, graph, connection, "check");
      const { operations, comparedDatabase } = await produceOperations(db, connection);
      // Loaded only when asked for: the diff package is not needed by a plain check.
      const diff = options.diff
        ? (await import("../autogenerate/table-diff.js")).tableDiffs(operations, comparedDatabase, connection.dialect) : null;
      const invalid = await readInvalidIndexes(connection.dialect, (s) => connection.query(s));
      return { changes: summarise(operations), operations, diff,
        invalidIndexes: invalid.length > 0 ? describeInvalidIndexes(connection.dialect, invalid) : null };
    });
    return { database: db.name, ...report };
  });
}

/** The models against an empty database: no connection, so neither the database's revision nor its reachability matters. */
async function baseline(db: ResolvedDatabase, options: AutogenerateOptions) {
  if ((options.renames?.tables?.length ?? 0) + (options.renames?.columns?.length ?? 0) > 0) {
    throw new UsageError("--baseline creates every table from nothing: there is nothing to rename (--rename-table, --rename-column)");
  }
  const dialect = await dialectOf(db);
  const produced = await produceBaseline(db, dialect);
  return { ...produced, ops: produced.operations, dialect, lockFacts: null as LockFacts | null };
}

/**
 * The config's `schema` does not exist yet: a new tenant, or the first revision of a fleet whose schemas no run has
 * created. With no revision files, what the models want is everything, as with --baseline; with some, the schema is
 * at base, behind them, as a database whose version table is empty would be.
 */
async function newSchema(db: ResolvedDatabase, graph: RevisionGraph, options: AutogenerateOptions) {
  if (graph.size > 0) {
    throw new UsageError(`schema "${db.schema}" does not exist yet, so it is at base, behind the revisions (heads: `
      + `${graph.heads().join(", ")}): run 'migrate upgrade heads' first, which creates it`);
  }
  return baseline(db, options);
}

function renameHints(given: Partial<RenameHints> | undefined): RenameHints {
  if (!given) return NO_RENAMES;
  return { tables: given.tables ?? [], columns: given.columns ?? [] };
}

/**
 * Comparing a database that is behind its revisions would generate what those revisions already do. With no
 * revision files at all nothing can be pending: `check` compares whatever the version table holds (another
 * tool's revision, as when taking over from Alembic), while a revision would not know what to build on.
 */
async function requireUpToDate(
  db: ResolvedDatabase, graph: RevisionGraph, connection: Connection, command: "check" | "revision",
): Promise<void> {
  if (graph.size === 0 && command === "check") return;
  const runner = onlineRunner(connection);
  const exists = await runner.query(connection.dialect.versionTable.exists(db.versionTable));
  const rows = exists.length === 0 ? [] : await readVersionRows(runner, db.versionTable);
  const heads = graph.heads();
  const upToDate = rows.length === heads.length && heads.every((h) => rows.includes(h));
  if (upToDate) return;
  const unknown = rows.filter((r) => !graph.has(r));
  if (unknown.length > 0) {
    throw new UsageError(`the version table ${db.versionTable} holds ${unknown.join(", ")}, which no revision file has: ` +
      (graph.size === 0 ? `to take over from the tool that wrote it, run 'migrate revision --autogenerate --baseline --rev-id ${unknown[0]} -m "baseline"'`
        : "add the missing revision files, or record where the database stands with 'migrate stamp'"));
  }
  const at = rows.length === 0 ? "base" : rows.join(", ");
  throw new UsageError(`the database is not up to date (at ${at}; heads: ${heads.join(", ") || "none"}): run 'migrate upgrade heads' first`);
}

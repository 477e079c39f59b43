/** `stamp`: set the version table to given revisions without running any of them. */
import { UsageError } from "../errors.js";
import { onlineRunner, type StatementRunner } from "../runtime/runner.js";
import { ensureVersionTable, readVersionRowsIfExists, versionMoves } from "../runtime/version-store.js";
import { planStamp } from "../script/targets.js";
import { createHistory, recordRun } from "../runtime/history.js";
import { athanorVersion } from "../version.js";
import type { ResolvedDatabase } from "../config/load.js";
import type { RevisionGraph } from "../script/graph.js";
import { loadEnvironment, loadGraph, offlineRunnerOf, withLockedConnection } from "./environment.js";
import { errorReport, runFleet, validJobs, type DatabaseOutcome, type FleetOptions, type FleetReport } from "./fleet.js";
import type { CommandOptions } from "./options.js";

export interface StampOptions extends CommandOptions, FleetOptions {
  readonly revisions: readonly string[];
  /** Empty the version table first, ignoring revisions it holds that the graph does not know. */
  readonly purge?: boolean;
  readonly sql?: boolean;
}

export interface StampReport extends DatabaseOutcome {
  /** The version rows before; null when not known (failed before reading them, not started). */
  readonly before: readonly string[] | null;
  /** The version rows after; for a failed one, null (a stamp is one transaction where DDL is transactional). */
  readonly after: readonly string[] | null;
}

export type StampFleetReport = FleetReport<StampReport>;

/**
 * Sets the version table to `revisions`. A run of one database throws on failure; with several, each one is
 * stamped on its own (up to `jobs` at once) and a failure is in the result (check `report.ok`).
 */
export async function stamp(options: StampOptions): Promise<StampFleetReport> {
  if (options.revisions.length === 0) throw new UsageError("stamp needs at least one revision (or base, head, heads)");
  validJobs(options.jobs);
  const { databases } = await loadEnvironment(options);
  const graphs = new Map<string, RevisionGraph>();
  for (const db of databases) {
    if (!graphs.has(db.versionsDir)) graphs.set(db.versionsDir, await loadGraph(db));
  }
  return runFleet<StampReport>({
    command: "stamp",
    databases,
    options: { ...options, jobs: options.sql ? 1 : options.jobs },
    runOne: async (db) => {
      const started = Date.now();
      const graph = graphs.get(db.versionsDir)!;
      try {
        const result = options.sql
          ? await stampWith(await offlineRunnerOf(db, options.write ?? ((text: string) => { process.stdout.write(text); }),
            { createSchema: true }), graph, db, options, [])
          : await withLockedConnection(db, "stamp", (connection) => stampWith(onlineRunner(connection), graph, db, options, null),
            { createSchema: true });
        return { database: db.name, status: "ok", durationMs: Date.now() - started, error: null, ...result };
      } catch (error) {
        if (databases.length === 1) throw error;
        return { database: db.name, status: "failed", durationMs: Date.now() - started, error: errorReport(error), before: null, after: null };
      }
    },
    notStarted: (db) => ({ database: db.name, status: "not-started", durationMs: null, error: null, before: null, after: null }),
    applied: () => 0,
  });
}

async function stampWith(
  runner: StatementRunner, graph: RevisionGraph, db: ResolvedDatabase, options: StampOptions, offlineRows: string[] | null,
): Promise<{ before: string[]; after: string[] }> {
  const table = db.versionTable;
  const transactional = runner.dialect.transactionalDdl;
  // Offline, a refused stamp must not have written "BEGIN;" already: plan first.
  const offlineAfter = offlineRows && planStamp(graph, offlineRows, options.revisions, options.purge ?? false);
  if (transactional) await runner.begin();
  try {
    const before = offlineRows ?? await readVersionRowsIfExists(runner, table) ?? [];
    const after = offlineAfter ?? planStamp(graph, before, options.revisions, options.purge ?? false);
    // Created once the stamp is known to be valid: on MySQL CREATE TABLE commits at once,
    // so a refused stamp used to leave an empty version table behind.
    await ensureVersionTable(runner, table);
    if (options.purge) {
      await runner.run(runner.dialect.versionTable.deleteAll(table));
      await runner.runAll(versionMoves(runner.dialect, table, [], after));
    } else {
      await runner.runAll(versionMoves(runner.dialect, table, before, after));
    }
    // A stamp says where the database stands: it also resolves a failure the history recorded.
    await createHistory(runner, db.historyTable);
    for (const revision of after.length > 0 ? after : ["base"]) {
      await recordRun(runner, db.historyTable, { revision, direction: "stamp", status: "ok", checksum: null, durationMs: null,
        version: athanorVersion(), detail: `stamped ${before.join(", ") || "base"} -> ${after.join(", ") || "base"}` });
    }
    if (transactional) await runner.commit();
    return { before, after };
  } catch (error) {
    if (transactional) await runner.rollback().catch(() => {});
    throw error;
  }
}

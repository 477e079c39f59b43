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
import type { CommandOptions } from "./options.js";

export interface StampOptions extends CommandOptions {
  readonly revisions: readonly string[];
  /** Empty the version table first, ignoring revisions it holds that the graph does not know. */
  readonly purge?: boolean;
  readonly sql?: boolean;
}

export interface StampReport {
  readonly database: string | null;
  readonly before: readonly string[];
  readonly after: readonly string[];
}

export async function stamp(options: StampOptions): Promise<StampReport[]> {
  if (options.revisions.length === 0) throw new UsageError("stamp needs at least one revision (or base, head, heads)");
  const { databases } = await loadEnvironment(options);
  const reports: StampReport[] = [];
  for (const db of databases) {
    const graph = await loadGraph(db);
    if (options.sql) {
      const write = options.write ?? ((text: string) => { process.stdout.write(text); });
      const runner = await offlineRunnerOf(db, write, { createSchema: true });
      reports.push({ database: db.name, ...await stampWith(runner, graph, db, options, []) });
    } else {
      const result = await withLockedConnection(db, (connection) =>
        stampWith(onlineRunner(connection), graph, db, options, null), { createSchema: true });
      reports.push({ database: db.name, ...result });
    }
  }
  return reports;
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

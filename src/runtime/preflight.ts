/**
 * What a run checks before it writes anything: the plan, every revision file
 * it will execute (imported and checksummed), an unresolved failure left by
 * an earlier run, and revision files edited since they were applied.
 */
import { UsageError } from "../errors.js";
import type { Step } from "../script/targets.js";
import { checksumProblems, describeFailure, unresolvedFailure, type HistoryRow } from "./history.js";
import { loadRevisionModule, type RevisionModule } from "./revision-module.js";

export interface Integrity {
  /** The revisions applied when the version table holds `rows`. */
  applied(rows: readonly string[]): ReadonlySet<string>;
  /** The revision's current file checksum; undefined when no file has that revision. */
  checksum(revision: string): Promise<string | null | undefined>;
  /** Refuse to run (instead of warning) when applied revision files changed. */
  readonly strict: boolean;
}

export interface PreflightInput {
  readonly plan: (rows: readonly string[]) => Step[];
  readonly startRows: readonly string[];
  /** The history table's rows; null offline or when it does not exist yet. */
  readonly history: readonly HistoryRow[] | null;
  /** Run even though the history records an unresolved failure. */
  readonly force: boolean;
  readonly integrity?: Integrity;
}

export interface Prepared {
  readonly startRows: readonly string[];
  readonly steps: readonly Step[];
  readonly modules: ReadonlyMap<string, RevisionModule>;
  readonly checksums: ReadonlyMap<string, string | null>;
  readonly warnings: readonly string[];
}

export async function preflight(input: PreflightInput): Promise<Prepared> {
  const failure = unresolvedFailure(input.history ?? []);
  if (failure && !input.force) {
    throw new UsageError(`the database may be half-migrated: ${describeFailure(failure)}. ` +
      "Repair it, then run again with --force, or record where it stands with 'migrate stamp'");
  }
  const steps = input.plan(input.startRows);
  // Importing every file up front (as Alembic does) reports a broken one before revision 1 commits (MySQL).
  const modules = new Map<string, RevisionModule>();
  const checksums = new Map<string, string | null>();
  for (const { revision } of steps) {
    if (modules.has(revision.revision)) continue;
    const { module, checksum } = await loadRevisionModule(revision);
    modules.set(revision.revision, module);
    checksums.set(revision.revision, checksum);
  }
  // Files loaded above are not read again.
  const currentChecksum = async (revision: string) => (checksums.has(revision) ? checksums.get(revision)! : input.integrity!.checksum(revision));
  const warnings = input.integrity && input.history
    ? await checksumProblems(input.history, input.integrity.applied(input.startRows), currentChecksum)
    : [];
  if (warnings.length > 0 && input.integrity?.strict) {
    throw new UsageError(`--strict: ${warnings.join("; ")}; restore the files, or run without --strict`);
  }
  return { startRows: input.startRows, steps, modules, checksums, warnings };
}

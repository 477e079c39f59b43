/** `revision` and `merge`: write a new revision file into the script directory. */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ResolvedDatabase } from "../config/load.js";
import { MigrateError, TargetError, UsageError } from "../errors.js";
import { RevisionGraph } from "../script/graph.js";
import { renderRevision, revisionFileName, type NewRevision } from "../script/render-revision.js";
import { resolveRevision } from "../script/targets.js";
import { loadEnvironment, loadGraph } from "./environment.js";
import type { CommandOptions } from "./options.js";
import type { RenameHints } from "../autogenerate/produce.js";
import type { AskRename } from "../autogenerate/rename-candidates.js";
import type { ChangeLine } from "../autogenerate/summary.js";
import { runPostWrite } from "./post-write.js";

export interface RevisionOptions extends CommandOptions {
  readonly message: string;
  readonly revId?: string;
  /** --head: the revision to build on (default "head"; "base" starts a new root). */
  readonly head?: string;
  /** --splice: allow --head to name a revision that is not a head (start a branch). */
  readonly splice?: boolean;
  readonly branchLabels?: readonly string[];
  readonly dependsOn?: readonly string[];
  /** --version-path: a folder under migrations/versions to write into. */
  readonly versionPath?: string;
  /** --autogenerate: fill the revision from the differences between the models and the database. */
  readonly autogenerate?: boolean;
  /**
   * With autogenerate: compare the models with an empty database instead of the live one, so the revision
   * creates the whole schema (adopting an existing database: pull, baseline, stamp head).
   */
  readonly baseline?: boolean;
  /** With autogenerate: tables and columns renamed rather than dropped and added (--rename-table, --rename-column). */
  readonly renames?: Partial<RenameHints>;
  /**
   * With autogenerate: asked about each table or column that left while one of a compatible shape arrived
   * (several candidates: pick one); the chosen renames join `renames`. Absent: nothing is asked (the CLI
   * passes one on a terminal only).
   */
  readonly askRename?: AskRename;
  /**
   * With autogenerate: write the forms that do not block writes on live tables (PostgreSQL CONCURRENTLY, NOT VALID
   * then VALIDATE), one revision per step, chained; an op that cannot be done so is refused. Default: the config's
   * `online`.
   */
  readonly online?: boolean;
}

/** One revision file written. */
export interface WrittenRevision {
  readonly revision: string;
  readonly path: string;
  /** false: the file says `export const transactional = false`. */
  readonly transactional: boolean;
}

export interface RevisionResult {
  readonly database: string | null;
  /** The last revision written (the new head). */
  readonly revision: string;
  readonly path: string;
  /** Every revision written, in order (online autogenerate may write several, each revising the one before). */
  readonly files: readonly WrittenRevision[];
  /** With autogenerate: what was detected, one line per change (empty when the models and the database agree). */
  readonly changes?: readonly ChangeLine[];
}

export async function revision(options: RevisionOptions): Promise<RevisionResult> {
  if (options.autogenerate) {
    // Loaded only when asked for: plain revisions never pay for the models loader and the comparison.
    const { autogenerateRevision } = await import("./autogenerate.js");
    return autogenerateRevision(options);
  }
  if (options.baseline) throw new UsageError("--baseline goes with --autogenerate: migrate revision --autogenerate --baseline -m MSG");
  if ((options.renames?.tables?.length ?? 0) + (options.renames?.columns?.length ?? 0) > 0) {
    throw new UsageError("renames (--rename-table, --rename-column) go with autogenerate (--autogenerate)");
  }
  const db = await oneDatabase(options, "revision");
  const graph = await loadGraph(db);
  const downRevisions = parentsFor(graph, options.head ?? "head", options.splice ?? false);
  return writeNewRevision(db, graph, options, downRevisions, { upgrade: [], downgrade: [], imports: [] });
}

export interface MergeOptions extends CommandOptions {
  readonly revisions: readonly string[];
  readonly message: string;
  readonly revId?: string;
  readonly branchLabels?: readonly string[];
}

export async function merge(options: MergeOptions): Promise<RevisionResult> {
  const db = await oneDatabase(options, "merge");
  const graph = await loadGraph(db);
  const ids = new Set<string>();
  for (const spec of options.revisions) {
    for (const id of spec === "heads" ? graph.heads() : [resolveRevision(graph, spec)]) ids.add(id);
  }
  if (ids.size < 2) {
    throw new UsageError(`merge needs at least two different revisions to join (got ${[...ids].join(", ") || "none"})`);
  }
  return writeNewRevision(db, graph, { ...options, dependsOn: [] }, [...ids], { upgrade: [], downgrade: [], imports: [] });
}

export interface RevisionBody {
  readonly imports: readonly string[];
  readonly upgrade: readonly string[];
  readonly downgrade: readonly string[];
  /** false: the revision runs outside a transaction (`export const transactional = false`). Default true. */
  readonly transactional?: boolean;
  /** Appended to the revision's message (online steps: "online step 2 of 3"). */
  readonly messageSuffix?: string;
}

/** Shared by revision, merge and autogenerate: validates, renders, writes, runs postWrite. */
export async function writeNewRevision(
  db: ResolvedDatabase, graph: RevisionGraph,
  options: Pick<RevisionOptions, "message" | "revId" | "branchLabels" | "dependsOn" | "versionPath" | "cwd">,
  downRevisions: readonly string[], content: RevisionBody,
): Promise<RevisionResult> {
  return writeNewRevisions(db, graph, options, downRevisions, [content]);
}

/**
 * Several revisions in a chain: the first revises `downRevisions`, each next one the one before. Every file is
 * rendered and the graph checked with all of them in it before the first is written. The first takes --rev-id
 * (the next ones it with _2, _3...), branch labels and dependencies.
 */
export async function writeNewRevisions(
  db: ResolvedDatabase, graph: RevisionGraph,
  options: Pick<RevisionOptions, "message" | "revId" | "branchLabels" | "dependsOn" | "versionPath" | "cwd">,
  downRevisions: readonly string[], contents: readonly RevisionBody[],
): Promise<RevisionResult> {
  if (!options.message || options.message.trim() === "") throw new UsageError('a revision needs a message: -m "what it does"');
  const dir = versionFolder(db, options.versionPath, options.cwd);
  const { template, templatePath } = await readTemplate(db);
  const createDate = new Date();
  const planned: { rev: NewRevision; path: string; source: string; transactional: boolean }[] = [];
  let parents = downRevisions;
  for (const [index, content] of contents.entries()) {
    const revisionId = options.revId === undefined ? randomBytes(6).toString("hex") : index === 0 ? options.revId : `${options.revId}_${index + 1}`;
    if (!/^[A-Za-z0-9_]{1,32}$/.test(revisionId)) {
      throw new UsageError(`--rev-id "${revisionId}": use 1 to 32 letters, digits or _ (it is stored in VARCHAR(32))`);
    }
    const { messageSuffix, transactional = true, ...body } = content;
    const rev: NewRevision = {
      revision: revisionId,
      message: `${options.message.trim()}${messageSuffix ? ` (${messageSuffix})` : ""}`,
      downRevisions: parents,
      branchLabels: index === 0 ? [...(options.branchLabels ?? [])] : [],
      dependsOn: index === 0 ? (options.dependsOn ?? []).map((spec) => resolveRevision(graph, spec)) : [],
      createDate,
      transactional,
      ...body,
    };
    const path = join(dir, `${revisionFileName(db.fileTemplate, rev)}.ts`);
    planned.push({ rev, path, source: renderRevision(template, templatePath, rev), transactional });
    parents = [revisionId];
  }
  // Validate the graph with the new revisions in it before anything is written.
  RevisionGraph.build([...graph.all(), ...planned.map(({ rev, path, transactional }) => ({ ...rev, transactional, createDate: null, path }))]);
  await mkdir(dir, { recursive: true });
  const files: WrittenRevision[] = [];
  for (const { rev, path, source, transactional } of planned) {
    try {
      await writeFile(path, source, { flag: "wx" });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Node's message is "EPERM: operation not permitted, open '<path>'": keep what went wrong, the path is said once already.
      const reason = /^(\w+: [^,]+)/.exec((error as Error).message)?.[1] ?? code ?? (error as Error).message;
      throw new MigrateError(code === "EEXIST" ? `revision file ${path} already exists`
        : `cannot write revision file ${path}: ${reason}`, { cause: error });
    }
    await runPostWrite(db, path);
    files.push({ revision: rev.revision, path, transactional });
  }
  const last = files[files.length - 1]!;
  return { database: db.name, revision: last.revision, path: last.path, files };
}

export function parentsFor(graph: RevisionGraph, head: string, splice: boolean): string[] {
  if (head === "base") return [];
  if (graph.size === 0) {
    if (head === "head") return [];
    throw new TargetError(`--head ${head}: there are no revisions yet`);
  }
  if (head === "head") {
    const heads = graph.heads();
    if (heads.length > 1) {
      throw new TargetError(`multiple heads: ${heads.join(", ")}; pass --head REV to build on one, or join them with 'migrate merge heads -m MSG'`);
    }
    return heads;
  }
  const id = resolveRevision(graph, head);
  if (!splice && graph.children(id).length > 0) {
    throw new UsageError(`revision ${id} is not a head; pass --splice to start a new branch from it`);
  }
  return [id];
}

function versionFolder(db: ResolvedDatabase, versionPath: string | undefined, cwd: string | undefined): string {
  if (!versionPath) return db.versionsDir;
  const dir = isAbsolute(versionPath) ? versionPath : resolve(cwd ?? process.cwd(), versionPath);
  const inside = relative(db.versionsDir, dir);
  if (inside.startsWith("..") || isAbsolute(inside)) {
    throw new UsageError(`--version-path ${dir} must be inside ${db.versionsDir}, where athanor reads revisions`);
  }
  return dir;
}

export async function oneDatabase(options: CommandOptions, command: string): Promise<ResolvedDatabase> {
  const { config, databases } = await loadEnvironment(options);
  if (databases.length !== 1) {
    const names = databases.map((d) => d.name).join(", ");
    throw new UsageError(`${command}: config ${config.path} has several databases (${names}); pick one with -n NAME`);
  }
  return databases[0]!;
}

const PACKAGED_TEMPLATE = fileURLToPath(new URL("../../templates/generic/migrations/script.ts.tmpl", import.meta.url));

/** The project's template, or the packaged one when the project has none. */
async function readTemplate(db: ResolvedDatabase): Promise<{ template: string; templatePath: string }> {
  const own = join(db.migrationsDir, "script.ts.tmpl");
  const templatePath = existsSync(own) ? own : PACKAGED_TEMPLATE;
  return { template: await readFile(templatePath, "utf8"), templatePath };
}


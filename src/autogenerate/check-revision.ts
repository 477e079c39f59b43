/**
 * Autogenerate never writes a revision that athanor would refuse to run.
 * Before the file is written, its upgrade and downgrade, as rendered, are
 * loaded and run against a compile-only op (src/runtime/dry-run.ts): every
 * op is built by the same DSL and compiled for the dialect as `--sql` would,
 * the upgrade from the database as it was read, the downgrade from what the
 * upgrade leaves. What the schema IR or the dialect cannot represent (a DSL
 * TypeError, a compile refusal) stops autogenerate here, with the object
 * named, instead of in a rollback months later.
 */
import { dirname, join } from "node:path";
import { errorLine } from "../config/load.js";
import type { Dialect } from "../dialects/dialect.js";
import { UnsupportedOperationError } from "../errors.js";
import { importUserModule } from "../loader/index.js";
import { trackedDefinitions } from "../runtime/definitions.js";
import { dryRun } from "../runtime/dry-run.js";
import type { MigrationFunction } from "../runtime/revision-module.js";
import type { Schema } from "../schema/ir.js";

export interface RevisionBodies {
  readonly imports: readonly string[];
  readonly upgrade: readonly string[];
  readonly downgrade: readonly string[];
}

const WHAT_TO_DO = "no revision was written: leave the object out of autogenerate with includeObject in the config "
  + "(and manage it with op.execute), or change it to something athanor can represent";

/**
 * Throws UnsupportedOperationError when the upgrade or the downgrade would be refused. `database`: the schema
 * the upgrade starts from; `near`: a file in the project (imports resolve from its folder; nothing is written).
 */
export async function checkRevision(bodies: RevisionBodies, dialect: Dialect, database: Schema, near: string): Promise<void> {
  if (bodies.upgrade.length === 0 && bodies.downgrade.length === 0) return;
  // The bodies alone, without the revision id and date, so the same revision body is transformed once and cached.
  const source = [
    'import type { Op } from "athanor";',
    ...bodies.imports,
    "export async function upgrade(op: Op): Promise<void> {",
    ...bodies.upgrade,
    "}",
    "export async function downgrade(op: Op): Promise<void> {",
    ...bodies.downgrade,
    "}",
    "",
  ].join("\n");
  let module: Record<string, unknown>;
  try {
    module = await importUserModule(join(dirname(near), ".athanor-autogenerate-check.ts"), source);
  } catch (error) {
    throw new UnsupportedOperationError(`the generated revision does not load: ${errorLine(error)}; ${WHAT_TO_DO}`, { cause: error });
  }
  // One definition source for both: the downgrade starts where the upgrade left the schema.
  const definitions = trackedDefinitions(true, database);
  for (const direction of ["upgrade", "downgrade"] as const) {
    const result = await dryRun(module[direction] as MigrationFunction, dialect, definitions);
    if (result.outcome !== "refused") continue;
    const at = result.failedOp ? ` at ${result.failedOp}` : "";
    throw new UnsupportedOperationError(
      `the generated ${direction} would be refused on ${dialect.name}${at}: ${errorLine(result.error).replace(/\.$/, "")}; ${WHAT_TO_DO}`,
      { cause: result.error });
  }
}

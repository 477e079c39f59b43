/** Loads a revision file to run it; reading the graph never gets here. */
import { RevisionGraphError } from "../errors.js";
import { errorLine } from "../config/load.js";
import { importUserModule } from "../loader/index.js";
import type { Op } from "../operations/facade.js";
import type { RevisionHeader } from "../script/revision.js";

export type MigrationFunction = (op: Op) => Promise<void> | void;

export interface RevisionModule {
  readonly upgrade: MigrationFunction;
  readonly downgrade: MigrationFunction;
}

export async function loadRevisionModule(header: RevisionHeader): Promise<RevisionModule> {
  let mod: Record<string, unknown>;
  try {
    mod = await importUserModule(header.path);
  } catch (error) {
    throw new RevisionGraphError(`cannot load revision file ${header.path}: ${errorLine(error)}`, { cause: error });
  }
  for (const name of ["upgrade", "downgrade"] as const) {
    if (typeof mod[name] !== "function") {
      throw new RevisionGraphError(`revision file ${header.path}: "${name}" must be an exported function`);
    }
  }
  if (mod.revision !== header.revision) {
    throw new RevisionGraphError(`revision file ${header.path}: its exported revision changed while it was read`);
  }
  return mod as unknown as RevisionModule;
}

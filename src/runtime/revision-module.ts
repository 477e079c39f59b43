/** Loads a revision file to run it; reading the graph never gets here. */
import { readFileSync } from "node:fs";
import { RevisionGraphError } from "../errors.js";
import { errorLine } from "../config/load.js";
import { importUserModule } from "../loader/index.js";
import type { Op } from "../operations/facade.js";
import type { RevisionHeader } from "../script/revision.js";
import { checksumOf } from "./checksum.js";

export type MigrationFunction = (op: Op) => Promise<void> | void;

export interface RevisionModule {
  readonly upgrade: MigrationFunction;
  readonly downgrade: MigrationFunction;
}

/** The revision's module, and the checksum of the text it was loaded from (null if the file cannot be read). */
export async function loadRevisionModule(header: RevisionHeader): Promise<{ module: RevisionModule; checksum: string | null }> {
  let mod: Record<string, unknown>;
  let checksum: string | null = null;
  try {
    // Read once, for both: a run loads and checksums every revision it executes.
    const source = readFileSync(header.path, "utf8");
    checksum = checksumOf(source);
    mod = await importUserModule(header.path, source);
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
  return { module: mod as unknown as RevisionModule, checksum };
}

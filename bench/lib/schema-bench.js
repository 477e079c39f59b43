// Large schemas: introspection time and query count, its floor (the same catalog queries run by the
// database's own client), full `revision --autogenerate` with K = 0 and K = 20 model changes, peak RSS.
import { modelsSource } from "../generate.js";
import { catalogFloor } from "./catalog.js";
import { timeInterleaved } from "./measure.js";
import { BIN, benchProject } from "./project.js";

/** `db`: a database of schemaDatabase(dialect, tables), left as it was found. */
export async function benchSchema(db, tables, runs) {
  const dialect = db.dialect;
  const project = benchProject(db.url);
  try {
    const k0Models = modelsSource(tables);
    const k20Models = modelsSource(tables, { changes: 20 });
    project.writeModels(k0Models);
    // The models must find nothing to change in the schema the database's client built: `check` exits
    // non-zero otherwise, and the benchmark stops rather than time a revision of false changes.
    project.cli(["check"]);

    const { queries, introspectMs, floor: floorTask } = await catalogFloor(db, project.dir, runs);
    const autogenerate = (label, models, env = {}) => ({
      command: process.execPath, args: [BIN, "revision", "--autogenerate", "-m", label, "-q"], cwd: project.dir, env, rss: true,
      before: () => { removeGenerated(project); project.writeModels(models); },
    });
    // Once without athanor's caches (the models module's transform, the revision headers): a first run.
    const cold = timeInterleaved({ cold: autogenerate("cold", k0Models, { ATHANOR_CACHE: "0" }) }, 1).cold;
    // The floor, the CLI's start-up and the autogenerate runs compared with both, in turns (after a round that
    // fills athanor's caches for both models modules, as a user's earlier runs have).
    const { floor, help, k0, k20 } = timeInterleaved({
      floor: floorTask, help: { command: process.execPath, args: [BIN, "--help"] },
      k0: autogenerate("k0", k0Models), k20: autogenerate("k20", k20Models),
    }, runs, { warmUp: true });
    removeGenerated(project);
    return {
      dialect, tables, queries, introspectMs, floorMs: floor.ms, helpMs: help.ms,
      autogenerateColdMs: cold.ms, autogenerateK0Ms: k0.ms, autogenerateK20Ms: k20.ms,
      peakRssMb: Math.max(k0.rssMb, k20.rssMb), coldRssMb: cold.rssMb,
    };
  } finally {
    project.remove();
  }
}

/** Removes the revisions autogenerate wrote, so each run starts from the same state. */
function removeGenerated(project) {
  project.clearRevisions();
}

// `migrate pull` on large schemas: the generated schema, built by the database's own client, read back into a
// models module; timed in turns with the catalog floor (the same queries run by that client) and the CLI's
// start-up, with its peak RSS, and with autogenerate on the models it pulled. The result is checked outside the
// timing: a wrong models module is never timed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { catalogFloor } from "./catalog.js";
import { timeInterleaved } from "./measure.js";
import { BIN, benchProject } from "./project.js";

/** `db`: a database of schemaDatabase(dialect, tables), left as it was found. */
export async function benchPull(db, tables, runs) {
  const dialect = db.dialect;
  const project = benchProject(db.url);
  const modelsPath = join(project.dir, "models.ts");
  // autogenerate on the pulled models, timed in the same rounds: what pull is compared with, on equal terms.
  const autogenerate = benchProject(db.url);
  const what = `pull of ${tables} tables on ${dialect}`;
  try {
    // Once, untimed: right after a pull, `check` must find nothing to change (issue 14's exactness). It exits
    // non-zero otherwise, and the benchmark stops.
    project.cli(["pull", "--force", "-q"]);
    const expected = readFileSync(modelsPath, "utf8");
    try {
      project.cli(["check"]);
    } catch (error) {
      throw new Error(`${what}: migrate check after the pull did not exit 0, the pulled models are wrong\n${error.message}`);
    }
    // Every timed run must write that same module (pull is deterministic); each is compared before the next
    // one starts, outside the time measured, and the last after the rounds.
    const same = () => {
      if (readFileSync(modelsPath, "utf8") !== expected) throw new Error(`${what}: a timed pull wrote a different models module`);
    };

    autogenerate.writeModels(expected);
    const { queries, introspectMs, floor: floorTask } = await catalogFloor(db, project.dir, runs);
    // No run without athanor's caches, unlike autogenerate's: pull loads no models module and no revision, and
    // the config's transform is all the cache holds for it.
    const { floor, help, pull, autogen } = timeInterleaved({
      floor: floorTask, help: { command: process.execPath, args: [BIN, "--help"] },
      pull: { command: process.execPath, args: [BIN, "pull", "--force", "-q"], cwd: project.dir, rss: true, before: same },
      autogen: {
        command: process.execPath, args: [BIN, "revision", "--autogenerate", "-m", "pulled", "-q"], cwd: autogenerate.dir, rss: true,
        before: () => autogenerate.clearRevisions(),
      },
    }, runs, { warmUp: true });
    same();
    return {
      dialect, tables, queries, introspectMs, floorMs: floor.ms, helpMs: help.ms, pullMs: pull.ms, peakRssMb: pull.rssMb,
      autogenerateMs: autogen.ms, autogenerateRssMb: autogen.rssMb,
      modelsKb: Math.round(Buffer.byteLength(expected) / 1024),
    };
  } finally {
    project.remove();
    autogenerate.remove();
  }
}

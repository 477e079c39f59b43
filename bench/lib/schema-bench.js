// Large schemas: introspection time and query count, its floor (the same catalog queries run by the
// database's own client), full `revision --autogenerate` with K = 0 and K = 20 model changes, peak RSS.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { modelsSource, schemaDdl } from "../generate.js";
import { applySql, scratchDatabase } from "./databases.js";
import { timeAsync, timeInterleaved } from "./measure.js";
import { BIN, ROOT, benchProject } from "./project.js";

const dist = (path) => import(pathToFileURL(join(ROOT, "dist", path)).href);

export async function benchSchema(dialect, tables, runs) {
  const db = scratchDatabase(dialect, `athanor_bench_s${tables}`);
  const project = benchProject(db.url);
  try {
    const k0Models = modelsSource(tables);
    const k20Models = modelsSource(tables, { changes: 20 });
    project.writeModels(k0Models);
    // The schema as the database's own DDL, applied by its client statement by statement (one transaction
    // could not lock thousands of new tables on PostgreSQL). The models must find nothing to change in it:
    // `check` exits non-zero otherwise, and the benchmark stops rather than time a revision of false changes.
    applySql(db, schemaDdl(tables, dialect));
    project.cli(["check"]);

    const { getDialect } = await dist("dialects/index.js");
    const { parseDatabaseUrl } = await dist("dialects/url.js");
    const url = parseDatabaseUrl(db.url, project.dir);
    const dialectObject = getDialect(dialect);
    const connection = await dialectObject.connect(url, { connectTimeoutMs: 10_000 });
    let statements = [];
    const introspection = await timeAsync(async () => {
      statements = [];
      return dialectObject.introspect(async (statement) => { statements.push(statement); return connection.query(statement); });
    }, runs);
    await connection.close();
    const floorSql = statements.map((s) => `${dialectObject.inline(s)};\n`).join("");
    const [command, args, input] = db.client(floorSql);

    const autogenerate = (label, models, env = {}) => ({
      command: process.execPath, args: [BIN, "revision", "--autogenerate", "-m", label, "-q"], cwd: project.dir, env, rss: true,
      before: () => { removeGenerated(project); project.writeModels(models); },
    });
    // Once without athanor's caches (the models module's transform, the revision headers): a first run.
    const cold = timeInterleaved({ cold: autogenerate("cold", k0Models, { ATHANOR_CACHE: "0" }) }, 1).cold;
    // The floor, the CLI's start-up and the autogenerate runs compared with both, in turns (after a round that
    // fills athanor's caches for both models modules, as a user's earlier runs have).
    const { floor, help, k0, k20 } = timeInterleaved({
      floor: { command, args, input }, help: { command: process.execPath, args: [BIN, "--help"] },
      k0: autogenerate("k0", k0Models), k20: autogenerate("k20", k20Models),
    }, runs, { warmUp: true });
    removeGenerated(project);
    return {
      dialect, tables, queries: statements.length, introspectMs: introspection.ms, floorMs: floor.ms, helpMs: help.ms,
      autogenerateColdMs: cold.ms, autogenerateK0Ms: k0.ms, autogenerateK20Ms: k20.ms,
      peakRssMb: Math.max(k0.rssMb, k20.rssMb), coldRssMb: cold.rssMb,
    };
  } finally {
    project.remove();
    db.drop();
  }
}

/** Removes the revisions autogenerate wrote, so each run starts from the same state. */
function removeGenerated(project) {
  project.clearRevisions();
}

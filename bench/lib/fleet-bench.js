// A fleet of tenant schemas: one history (N linear revisions) applied to T PostgreSQL schemas from nothing (each
// schema created by the run), by one multi-database config whose entries set `schema`. Against the floor: the
// fleet's own offline SQL (`migrate upgrade head --sql`: each tenant's script starts with CREATE SCHEMA and SET
// search_path) applied by one psql session, schema after schema. `--jobs 1` and `--jobs 4` when the CLI has
// --jobs; without it, the sequential run, which is what --jobs 1 is.
import { spawnSync } from "node:child_process";
import { chainFiles } from "../generate.js";
import { scratchDatabase } from "./databases.js";
import { timeInterleaved } from "./measure.js";
import { BIN, benchProject } from "./project.js";

const tenantName = (i) => `tenant_${String(i + 1).padStart(4, "0")}`;

/** The fleet's config: what a config function listing tenants from a catalog returns, written out. */
function fleetConfig(url, tenants) {
  return `import { defineConfig } from "athanor";
const url = ${JSON.stringify(url)};
const tenants = Array.from({ length: ${tenants} }, (_, i) => \`tenant_\${String(i + 1).padStart(4, "0")}\`);
export default defineConfig({
  databases: Object.fromEntries(tenants.map((name) => [name, { url, schema: name, migrations: "./migrations", lockTimeout: 600 }])),
});
`;
}

function hasJobs() {
  const help = spawnSync(process.execPath, [BIN, "--help"], { encoding: "utf8" });
  return /--jobs\b/.test(help.stdout);
}

export function benchFleet(tenants, revisions, runs) {
  const db = scratchDatabase("postgresql", "athanor_bench_fleet");
  const project = benchProject(db.url, { config: fleetConfig(db.url, tenants) });
  try {
    const chain = chainFiles(revisions);
    project.writeRevisions(chain);
    // Older than the window in which athanor does not trust a file's stamp (as in chain-bench.js).
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2_100);
    const head = chain[chain.length - 1].id;
    const sql = project.cli(["upgrade", "head", "--sql", "-q"]);
    const jobs = hasJobs();
    const atBase = () => db.recreate();
    // Every run is checked (untimed): every tenant at head in its own schema, nothing in public.
    const checked = (name) => () => verify(db, tenants, revisions, head, name);
    const migrate = (name, extra) => ({
      command: process.execPath, args: [BIN, "upgrade", "head", "-q", ...extra], cwd: project.dir, before: atBase, after: checked(name),
    });
    const [command, args, input] = db.client(sql);
    const tasks = {
      floor: { command, args, input, before: atBase, after: checked("floor") },
      jobs1: migrate("jobs1", jobs ? ["--jobs", "1"] : []),
      ...(jobs ? { jobs4: migrate("jobs4", ["--jobs", "4"]) } : {}),
    };
    const times = timeInterleaved(tasks, runs);
    return {
      tenants, revisions, floorMs: times.floor.ms, jobs1Ms: times.jobs1.ms, jobs4Ms: times.jobs4?.ms ?? null, jobsFlag: jobs,
      scriptKb: Math.round(Buffer.byteLength(sql) / 1024),
    };
  } finally {
    project.remove();
    db.drop();
  }
}

function verify(db, tenants, revisions, head, what) {
  const names = Array.from({ length: tenants }, (_, i) => tenantName(i));
  const versions = names.map((n) => `SELECT version_num FROM ${n}.migrate_version`).join(" UNION ALL ");
  const query = `SELECT (SELECT count(*) FROM (${versions}) v WHERE version_num = '${head}') AS at_head,
    (SELECT count(*) FROM pg_tables WHERE schemaname LIKE 'tenant\\_%' AND tablename ~ '^r[0-9]+$') AS tables,
    (SELECT count(*) FROM pg_tables WHERE schemaname = 'public') AS in_public`;
  const result = spawnSync("psql", ["-X", "-At", "-F", " ", "-d", db.url, "-c", query], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`fleet (${what}): cannot read the fleet's state: ${result.stderr}`);
  const [atHead, tables, inPublic] = result.stdout.trim().split(" ").map(Number);
  if (atHead !== tenants || tables !== tenants * revisions || inPublic !== 0) {
    throw new Error(`fleet (${what}): ${atHead}/${tenants} tenants at head, ${tables}/${tenants * revisions} tables, ${inPublic} in public`);
  }
}

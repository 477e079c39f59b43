// `npm run bench`: measures athanor on large schemas and long histories against floors (the database's own
// client doing the same work), prints a table of medians and ratios, checks the targets, writes JSON.
//   node bench/run.js [--quick] [--runs N] [--dialects sqlite,postgresql,mysql] [--only schema,pull,graph,online,fleet]
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { schemaDatabase } from "./lib/catalog.js";
import { benchChainGraph, benchChainOnline } from "./lib/chain-bench.js";
import { benchFleet } from "./lib/fleet-bench.js";
import { timeInterleaved } from "./lib/measure.js";
import { BIN, ROOT } from "./lib/project.js";
import { benchPull } from "./lib/pull-bench.js";
import { benchSchema } from "./lib/schema-bench.js";
import { report } from "./lib/report.js";

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const value = (name, fallback) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : fallback; };
const quick = flag("--quick");
const runs = Number(value("--runs", quick ? 3 : 5));
const dialects = value("--dialects", "sqlite,postgresql,mysql").split(",");
const PARTS = ["schema", "pull", "graph", "online", "fleet"];
const only = value("--only", PARTS.join(",")).split(",");
for (const part of only) if (!PARTS.includes(part)) throw new Error(`--only ${part}: expected some of ${PARTS.join(",")}`);
const tableSizes = only.includes("schema") ? (quick ? [100, 1000] : [100, 1000, 5000]) : [];
const pullSizes = only.includes("pull") ? (quick ? [1000] : [1000, 5000]) : [];
const chainSizes = quick ? [1000] : [1000, 5000];
// Tenant schemas × revisions of one history (PostgreSQL).
const fleet = only.includes("fleet") && dialects.includes("postgresql") ? { tenants: quick ? 100 : 500, revisions: 20 } : null;

const log = (text) => process.stderr.write(`${text}\n`);
const started = Date.now();
const results = {
  machine: { node: process.version, date: new Date().toISOString() }, options: { quick, runs, dialects, only },
  startup: {}, schema: [], pull: [], graph: [], online: [], fleet: [],
};

const startup = timeInterleaved({
  node: { command: process.execPath, args: ["-e", "0"] }, help: { command: process.execPath, args: [BIN, "--help"] },
}, runs * 2);
results.startup = { nodeMs: startup.node.ms, helpMs: startup.help.ms };
log(`start-up: node ${results.startup.nodeMs.toFixed(0)} ms, migrate --help ${results.startup.helpMs.toFixed(0)} ms`);

// Results so far are written even when a step fails, so a long run is never lost whole.
const dir = join(ROOT, "bench/results");
mkdirSync(dir, { recursive: true });
const save = () => writeFileSync(join(dir, "latest.json"), `${JSON.stringify(results, null, 2)}\n`);
try {
  // Autogenerate and pull at one size share one database: building the schema is the slow part of a run.
  const sizes = [...new Set([...tableSizes, ...pullSizes])].sort((a, b) => a - b);
  for (const dialect of dialects) {
    for (const tables of sizes) {
      log(`${dialect}: building ${tables} tables ...`);
      const { db, setupMs } = schemaDatabase(dialect, tables);
      log(`${dialect}: ${tables} tables built in ${(setupMs / 1000).toFixed(1)} s`);
      try {
        if (tableSizes.includes(tables)) {
          log(`schema: ${dialect}, ${tables} tables ...`);
          results.schema.push(await benchSchema(db, tables, runs));
        }
        if (pullSizes.includes(tables)) {
          log(`pull: ${dialect}, ${tables} tables ...`);
          results.pull.push({ ...(await benchPull(db, tables, runs)), setupMs });
        }
      } finally {
        db.drop();
      }
    }
  }
  for (const count of only.includes("graph") || only.includes("online") ? chainSizes : []) {
    for (const variant of only.includes("graph") ? ["linear", "branches"] : []) {
      log(`graph: ${count} revisions (${variant}) ...`);
      results.graph.push(benchChainGraph(count, runs, variant));
    }
    for (const dialect of only.includes("online") ? dialects : []) {
      log(`online: ${dialect}, ${count} revisions ...`);
      results.online.push(benchChainOnline(dialect, count, count >= 5000 ? Math.min(runs, 3) : runs));
    }
  }
  if (fleet) {
    log(`fleet: ${fleet.tenants} tenant schemas x ${fleet.revisions} revisions ...`);
    results.fleet.push(benchFleet(fleet.tenants, fleet.revisions, runs));
  }
} finally {
  results.elapsedMs = Date.now() - started;
  save();
}

const { text, failures } = report(results);
process.stdout.write(text);
process.stdout.write(`\nWhole run: ${(results.elapsedMs / 60_000).toFixed(1)} min. JSON: bench/results/latest.json\n`);
if (failures.length > 0) process.stdout.write(`\nTargets not met:\n${failures.map((f) => `- ${f}`).join("\n")}\n`);

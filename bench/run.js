// `npm run bench`: measures athanor on large schemas and long histories against floors (the database's own
// client doing the same work), prints a table of medians and ratios, checks the targets, writes JSON.
//   node bench/run.js [--quick] [--runs N] [--dialects sqlite,postgresql,mysql]
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { benchChainGraph, benchChainOnline } from "./lib/chain-bench.js";
import { timeInterleaved } from "./lib/measure.js";
import { BIN, ROOT } from "./lib/project.js";
import { benchSchema } from "./lib/schema-bench.js";
import { report } from "./lib/report.js";

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const value = (name, fallback) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : fallback; };
const quick = flag("--quick");
const runs = Number(value("--runs", quick ? 3 : 5));
const dialects = value("--dialects", "sqlite,postgresql,mysql").split(",");
const tableSizes = quick ? [100, 1000] : [100, 1000, 5000];
const chainSizes = quick ? [1000] : [1000, 5000];

const log = (text) => process.stderr.write(`${text}\n`);
const results = { machine: { node: process.version, date: new Date().toISOString() }, startup: {}, schema: [], graph: [], online: [] };

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
  for (const dialect of dialects) {
    for (const tables of tableSizes) {
      log(`schema: ${dialect}, ${tables} tables ...`);
      results.schema.push(await benchSchema(dialect, tables, runs));
    }
  }
  for (const count of chainSizes) {
    for (const variant of ["linear", "branches"]) {
      log(`graph: ${count} revisions (${variant}) ...`);
      results.graph.push(benchChainGraph(count, runs, variant));
    }
    for (const dialect of dialects) {
      log(`online: ${dialect}, ${count} revisions ...`);
      results.online.push(benchChainOnline(dialect, count, count >= 5000 ? Math.min(runs, 3) : runs));
    }
  }
} finally {
  save();
}

const { text, failures } = report(results);
process.stdout.write(text);
process.stdout.write(`\nJSON: bench/results/latest.json\n`);
if (failures.length > 0) process.stdout.write(`\nTargets not met:\n${failures.map((f) => `- ${f}`).join("\n")}\n`);

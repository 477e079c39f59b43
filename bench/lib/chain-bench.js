// Long histories: reading the graph (heads, history, current) against `migrate --help`; offline SQL; online
// upgrade head and downgrade base against their floors (the same SQL applied by the database's own client, and
// by Node with the driver athanor uses).
import { fileURLToPath } from "node:url";
import { chainFiles } from "../generate.js";
import { applySql, scratchDatabase } from "./databases.js";
import { timeInterleaved } from "./measure.js";
import { BIN, benchProject } from "./project.js";

const DRIVER_APPLY = fileURLToPath(new URL("./driver-apply.js", import.meta.url));

/**
 * Waits until the revision files are older than the window in which athanor does not trust a file's stamp
 * (see src/script/header-cache.ts): files in a real project were not written a moment ago.
 */
function settle() {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2_100);
}

export function benchChainGraph(count, runs, variant = "linear") {
  const db = scratchDatabase("sqlite", `graph${count}`);
  const project = benchProject(db.url);
  try {
    project.writeRevisions(chainFiles(count, { branchEvery: variant === "branches" ? 10 : 0 }));
    settle();
    const cli = (args, env) => ({ command: process.execPath, args: [BIN, ...args], cwd: project.dir, env });
    // In turns, so that --help and the commands compared with it meet the same spells of a busy machine.
    const times = timeInterleaved({
      help: cli(["--help"]),
      // Without athanor's caches (parsed headers, transformed config): a first run, or ATHANOR_CACHE=0.
      headsCold: cli(["heads"], { ATHANOR_CACHE: "0" }),
      heads: cli(["heads"]), history: cli(["history"]), current: cli(["current"]),
      upgradeSql: cli(["upgrade", variant === "branches" ? "heads" : "head", "--sql"]),
    }, runs, { warmUp: true });
    return {
      revisions: count, variant, helpMs: times.help.ms, headsColdMs: times.headsCold.ms, headsMs: times.heads.ms,
      historyMs: times.history.ms, currentMs: times.current.ms, upgradeSqlMs: times.upgradeSql.ms,
    };
  } finally {
    project.remove();
    db.drop();
  }
}

/**
 * One PostgreSQL transaction cannot hold locks on thousands of new tables (max_locks_per_transaction): beyond
 * this many revisions, the run (and its floor, the same SQL) commits after each revision.
 */
const POSTGRES_SINGLE_TRANSACTION_LIMIT = 2000;

export function benchChainOnline(dialect, count, runs) {
  const db = scratchDatabase(dialect, `athanor_bench_c${count}`);
  const perMigration = dialect === "postgresql" && count > POSTGRES_SINGLE_TRANSACTION_LIMIT;
  const project = benchProject(db.url, { transactionPerMigration: perMigration });
  try {
    project.writeRevisions(chainFiles(count));
    settle();
    const upgradeSql = project.cli(["upgrade", "head", "--sql", "-q"]);
    const downgradeSql = project.cli(["downgrade", "head:base", "--sql", "-q"]);
    const migrate = (args, before) => ({ command: process.execPath, args: [BIN, ...args, "-q"], cwd: project.dir, before });
    const client = (sql, before) => { const [command, args, input] = db.client(sql); return { command, args, input, before }; };
    const driver = (sql, before) => ({ command: process.execPath, args: [DRIVER_APPLY, dialect, db.url], input: sql, before });
    const atBase = () => db.recreate();
    const atHead = () => { db.recreate(); applySql(db, upgradeSql); };
    // Each run and its floors in turns. Node and its driver applying the same statements (one round trip
    // each) is the floor of any Node program; it is measured where the target is (1,000 revisions).
    const withDriver = count <= 1000;
    const up = timeInterleaved({
      athanor: migrate(["upgrade", "head"], atBase), client: client(upgradeSql, atBase),
      ...(withDriver ? { driver: driver(upgradeSql, atBase) } : {}),
    }, runs);
    const down = timeInterleaved({
      athanor: migrate(["downgrade", "base"], atHead), client: client(downgradeSql, atHead),
      ...(withDriver ? { driver: driver(downgradeSql, atHead) } : {}),
    }, runs);
    const [upgradeMs, upgradeFloorMs, upgradeDriverMs] = [up.athanor.ms, up.client.ms, up.driver?.ms ?? null];
    const [downgradeMs, downgradeFloorMs, downgradeDriverMs] = [down.athanor.ms, down.client.ms, down.driver?.ms ?? null];
    return {
      dialect, revisions: count, transactionPerMigration: perMigration,
      upgradeMs, upgradeFloorMs, upgradeDriverMs, downgradeMs, downgradeFloorMs, downgradeDriverMs,
    };
  } finally {
    project.remove();
    db.drop();
  }
}

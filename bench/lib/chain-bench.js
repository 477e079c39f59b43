// Long histories: reading the graph (heads, history, current) against `migrate --help`; offline SQL; online
// upgrade head and downgrade base against their floors (the same SQL applied by the database's own client).
import { chainFiles } from "../generate.js";
import { applySql, scratchDatabase } from "./databases.js";
import { timeCommand } from "./measure.js";
import { BIN, benchProject } from "./project.js";

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
    const cli = (args, env) => timeCommand(process.execPath, [BIN, ...args], { runs, cwd: project.dir, env }).ms;
    return {
      revisions: count, variant, helpMs: cli(["--help"]),
      // Without athanor's caches (parsed headers, transformed config): a first run, or ATHANOR_CACHE=0.
      headsColdMs: cli(["heads"], { ATHANOR_CACHE: "0" }),
      headsMs: cli(["heads"]), historyMs: cli(["history"]),
      currentMs: cli(["current"]), upgradeSqlMs: cli(["upgrade", variant === "branches" ? "heads" : "head", "--sql"]),
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
    const migrate = (args, before) => timeCommand(process.execPath, [BIN, ...args, "-q"], { runs, cwd: project.dir, before }).ms;
    const client = (sql, before) => { const [c, a, input] = db.client(sql); return timeCommand(c, a, { runs, input, before }).ms; };
    const upgradeMs = migrate(["upgrade", "head"], () => db.recreate());
    const upgradeFloorMs = client(upgradeSql, () => db.recreate());
    const atHead = () => { db.recreate(); applySql(db, upgradeSql); };
    const downgradeMs = migrate(["downgrade", "base"], atHead);
    const downgradeFloorMs = client(downgradeSql, atHead);
    return { dialect, revisions: count, transactionPerMigration: perMigration, upgradeMs, upgradeFloorMs, downgradeMs, downgradeFloorMs };
  } finally {
    project.remove();
    db.drop();
  }
}

/**
 * Crash safety: `migrate upgrade head` killed with SIGKILL at random moments
 * (30 trials per dialect, from process start or from the first revision on)
 * must leave PostgreSQL and SQLite at a revision boundary: the tables present
 * are exactly those of the revisions the version table says are applied,
 * each with all its rows, and the history agrees. The next `upgrade head`
 * must then succeed at once (no stale lock). SIGINT and SIGTERM must end
 * the run with 130 / 143 and one line, at a boundary, with the lock free.
 * Set ATHANOR_TEST_SEED to replay a failing sequence of kill times.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "../../src/dialects/dialect.js";
import { currentIds, tablesOf, versionRows } from "../helpers/cli.js";
import { connectUrl, createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { lockFreesWithin } from "../helpers/locks.js";
import { finished, seededRandom, stderrShows, testSeed } from "../helpers/processes.js";
import { Project } from "../helpers/project.js";

const REVISIONS = ["c7a500000001", "c7a500000002", "c7a500000003", "c7a500000004"];
const TRIALS = 30;
const BULK = 200;
const BOOKKEEPING = ["migrate_history", "migrate_version"];

/** Per dialect: the slow part of each revision, and how many rows it adds. */
const WORK = {
  // pg_sleep keeps a statement running on the server: kills land inside statements too.
  postgresql: { rows: 3, busy: "SELECT pg_sleep(0.1)", code: (t: string) => `  for (let k = 0; k < 3; k++) {
    await op.execute("SELECT pg_sleep(0.02)");
    await op.execute("INSERT INTO ${t} (id, payload) VALUES (" + (10000 + k) + ", 'work')");
  }` },
  // Synchronous in better-sqlite3: a signal is only handled between ops (src/runtime/sink.ts).
  sqlite: { rows: 15000, busy: "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300000) SELECT count(*) FROM c", code: (t: string) => `  for (let k = 0; k < 3; k++) {
    await op.execute("INSERT INTO ${t} (id, payload) WITH RECURSIVE c(x) AS (SELECT " + (10000 + k * 5000) +
      " UNION ALL SELECT x + 1 FROM c WHERE x < " + (14999 + k * 5000) + ") SELECT x, 'work ' || x FROM c");
  }` },
} as const;

const tableOf = (i: number) => `crash_${i + 1}`;

function config(url: string, transactionPerMigration: boolean): string {
  return `export default { url: ${JSON.stringify(url)}, migrations: "./migrations", lockTimeout: 5, transactionPerMigration: ${transactionPerMigration} };\n`;
}

for (const dialect of ["postgresql", "sqlite"] as const) {
  describe.skipIf(await skipWithoutServer(dialect))(`killed upgrades (${dialect})`, () => {
    const seed = testSeed();
    const random = seededRandom(seed);
    let db: ScratchDatabase;
    let project: Project;
    let admin: Connection;
    const sql = <R = Record<string, unknown>>(text: string) => admin.query<R>({ sql: text, params: [] });

    beforeAll(async () => {
      db = await createScratchDatabase(dialect);
      admin = await connectUrl(db.url);
      project = new Project(db.url, { config: config(db.url, false) });
      REVISIONS.forEach((id, i) => project.writeRevision({
        id, down: i === 0 ? null : REVISIONS[i - 1]!, message: `crash ${i + 1}`,
        upgrade: [
          `  await op.createTable("${tableOf(i)}", { id: integer().primaryKey(), payload: varchar(40) });`,
          `  await op.bulkInsert("${tableOf(i)}", Array.from({ length: ${BULK} }, (_, k) => ({ id: k, payload: "row " + k })));`,
          WORK[dialect].code(tableOf(i)),
          // Signal tests make each revision longer, so the signal lands while it runs.
          `  if (process.env.CRASH_BUSY) for (let k = 0; k < 4; k++) await op.execute(${JSON.stringify(WORK[dialect].busy)});`,
        ].join("\n"),
        downgrade: `  await op.dropTable("${tableOf(i)}");`,
      }));
    });
    afterAll(async () => {
      await admin?.close();
      project?.remove();
      await db?.drop();
    });

    async function reset(transactionPerMigration: boolean): Promise<void> {
      for (const table of [...REVISIONS.map((_, i) => tableOf(i)), ...BOOKKEEPING]) await sql(`DROP TABLE IF EXISTS ${table}`);
      writeFileSync(join(project.dir, "migrate.config.ts"), config(db.url, transactionPerMigration));
    }

    /** The database is at a revision boundary; returns how many revisions are applied. */
    async function expectBoundary(context: string): Promise<number> {
      const rows = await versionRows(dialect, db.url);
      expect(rows === null || rows.length <= 1, context).toBe(true);
      if (rows?.length) expect(REVISIONS, context).toContain(rows[0]);
      const applied = rows?.length ? REVISIONS.indexOf(rows[0]!) + 1 : 0;
      const tables = (await tablesOf(dialect, db.url)).filter((t) => !BOOKKEEPING.includes(t));
      expect(tables, context).toEqual(REVISIONS.slice(0, applied).map((_, i) => tableOf(i)));
      for (const table of tables) {
        const [count] = await sql<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`);
        expect(Number(count!.n), `${context}: rows of ${table}`).toBe(BULK + WORK[dialect].rows);
      }
      if ((await tablesOf(dialect, db.url)).includes("migrate_history")) {
        const history = await sql("SELECT revision, direction, status FROM migrate_history ORDER BY id");
        expect(history.map((r) => `${r.revision} ${r.direction} ${r.status}`), context)
          .toEqual(REVISIONS.slice(0, applied).map((id) => `${id} upgrade ok`));
      }
      return applied;
    }

    /** The next run finds the lock free (with a 5 s timeout it would fail on a stale lock) and reaches head. */
    async function expectNextRunSucceeds(context: string): Promise<void> {
      const next = await project.run(["upgrade", "head", "--lock-timeout", "5"]);
      expect(next.code, `${context}, then upgrade head: ${next.stderr}`).toBe(0);
      expect(await expectBoundary(`${context}, then upgrade head`)).toBe(REVISIONS.length);
    }

    /** A complete run, timed: the kills fall within such a run. Returns [from spawn, from the first revision] in ms. */
    async function timedRun(): Promise<[number, number]> {
      await reset(false);
      const start = Date.now();
      const child = project.spawn(["upgrade", "head"]);
      const done = finished(child);
      await stderrShows(child, /Running upgrade/);
      const working = Date.now();
      expect((await done).code).toBe(0);
      expect(await expectBoundary("complete run")).toBe(REVISIONS.length);
      return [Date.now() - start, Date.now() - working];
    }

    it(`SIGKILL at ${TRIALS} random moments always leaves a revision boundary (seed ${seed})`, async () => {
      const [fullRunMs, workMs] = await timedRun();
      const outcomes: number[] = [];
      for (let trial = 0; trial < TRIALS; trial++) {
        // Half the trials commit after each revision, so kills can stop the run between revisions too.
        const perMigration = trial % 2 === 1;
        await reset(perMigration);
        const child = project.spawn(["upgrade", "head"]);
        const done = finished(child);
        // Half from the start (connecting, locking, reading), half once the first revision runs.
        const fromWork = trial % 4 >= 2;
        const delay = Math.floor(random() * (fromWork ? workMs : fullRunMs) * 1.1);
        if (fromWork) await stderrShows(child, /Running upgrade/);
        await new Promise((resolve) => setTimeout(resolve, delay));
        child.kill("SIGKILL");
        const end = await done;
        const context = `seed ${seed}, trial ${trial} (per migration: ${perMigration}, ${fromWork ? "after the first revision started" : "from start"} + ${delay} ms, exit ${end.code ?? end.signal})`;
        outcomes.push(await expectBoundary(context));
        await expectNextRunSucceeds(context);
      }
      // The kills were spread: they did not all land before the first revision or after the last.
      expect(new Set(outcomes).size, `applied revisions per trial: ${outcomes.join(",")}`).toBeGreaterThan(1);
    }, 240_000); // Two processes per trial: about 40 s on an idle 2-core machine, much more on a busy one.

    for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
      it(`${signal} rolls back to a boundary, prints one line, exits ${code} and frees the lock`, async () => {
        await reset(true);
        const child = project.spawn(["upgrade", "head"], { CRASH_BUSY: "1" });
        const done = finished(child);
        expect(await stderrShows(child, /Running upgrade .* -> c7a500000002/)).toBe(true);
        child.kill(signal);
        const end = await done;
        expect(end.code, end.stderr).toBe(code);
        const lines = end.stderr.split("\n").filter((line) => line.trim() !== "" && !line.startsWith("Running upgrade"));
        expect(lines, end.stderr).toHaveLength(1);
        expect(lines[0]).toMatch(new RegExp(`^error: interrupted by ${signal}`));
        const applied = await expectBoundary(`${signal}`);
        expect(applied).toBeGreaterThanOrEqual(1);
        expect(applied).toBeLessThan(REVISIONS.length);
        const probe = await connectUrl(db.url);
        try {
          expect(await lockFreesWithin(db, probe)).toBe(true);
        } finally {
          await probe.close();
        }
        expect(currentIds(await project.ok(["current"]))).toEqual([REVISIONS[applied - 1]]);
        await expectNextRunSucceeds(signal);
      });
    }
  });
}

describe.skipIf(await skipWithoutServer("mysql"))("SIGTERM during a MySQL revision", () => {
  it("exits 143 with one line, frees GET_LOCK, and leaves the unfinished revision visible", async () => {
    const db = await createScratchDatabase("mysql");
    const project = new Project(db.url);
    const probe = await connectUrl(db.url);
    try {
      project.writeRevision({ id: "c7b000000001", down: null, upgrade: '  await op.createTable("m1", { id: integer().primaryKey() });' });
      project.writeRevision({ id: "c7b000000002", down: "c7b000000001",
        upgrade: '  await op.createTable("m2", { id: integer().primaryKey() });\n  await op.execute("SELECT SLEEP(2)");' });
      const child = project.spawn(["upgrade", "head"]);
      const done = finished(child);
      expect(await stderrShows(child, /-> c7b000000002/)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 300));
      child.kill("SIGTERM");
      const end = await done;
      expect(end.code, end.stderr).toBe(143);
      expect(end.stderr).toMatch(/^error: interrupted by SIGTERM/m);
      // The lock is held by the migration connection's session, which the server ends only once the
      // statement in flight (the SLEEP) is over: no second run can start while the killed one's DDL still runs.
      expect(await lockFreesWithin(db, probe, 8000)).toBe(true);
      // DDL committed at once here: what ran of c7b000000002 stays, and the history says it never finished.
      expect(await versionRows("mysql", db.url)).toEqual(["c7b000000001"]);
      const current = await project.ok(["current"]);
      expect(current.stdout).toMatch(/^FAILED: upgrade of revision c7b000000002 never finished/m);
    } finally {
      await probe.close();
      project.remove();
      await db.drop();
    }
  });
});

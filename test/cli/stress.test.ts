/**
 * The stress test of the migration lock: 8 `migrate upgrade head` processes
 * started at once against one database, 20 rounds from an empty database,
 * then a round with a lock timeout shorter than the run. Every revision
 * inserts one row into a log table, so counting rows per revision shows
 * whether any ran twice or not at all. Every process must exit 0, or 1 with
 * the documented lock-timeout message naming the session holding the lock.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "../../src/dialects/dialect.js";
import { versionRows } from "../helpers/cli.js";
import { connectUrl, createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { finished, type Finished } from "../helpers/processes.js";
import { Project } from "../helpers/project.js";

const REVISIONS = ["57e000000001", "57e000000002", "57e000000003", "57e000000004", "57e000000005"];
const HEAD = REVISIONS.at(-1)!;
const PROCESSES = 8;
const ROUNDS = 20;
/** What a run waiting longer than lockTimeout prints (README, "Transactions, failures and locks"). */
const LOCK_TIMEOUT = /^error: migration lock "athanor:migrate_version" is held by another session( \((.+)\))?; waited [\d.]+s; wait for the other migration run to finish \(or stop it\) and try again$/;
const HOLDER = { postgresql: /^pid \d+, application "athanor", user \w+, client 127\.0\.0\.1/, mysql: /^connection id \d+, user \w+, from [\w.]+:\d+/ };

function config(url: string, lockTimeout: number): string {
  return `export default { url: ${JSON.stringify(url)}, migrations: "./migrations", lockTimeout: ${lockTimeout} };\n`;
}

for (const dialect of ["postgresql", "mysql"] as const) {
  describe.skipIf(await skipWithoutServer(dialect))(`${PROCESSES} simultaneous upgrades, ${ROUNDS} rounds (${dialect})`, () => {
    let db: ScratchDatabase;
    let project: Project;
    let admin: Connection;
    const sql = (text: string) => admin.query({ sql: text, params: [] });

    beforeAll(async () => {
      db = await createScratchDatabase(dialect);
      admin = await connectUrl(db.url);
      project = new Project(db.url, { config: config(db.url, 30) });
      REVISIONS.forEach((id, i) => {
        // Each revision takes a little time (STRESS_PAUSE_MS), so the runs really overlap.
        const work = [
          "  await new Promise((resolve) => setTimeout(resolve, Number(process.env.STRESS_PAUSE_MS ?? 20)));",
          `  await op.execute("INSERT INTO run_log (rev, pid) VALUES ('${id}', " + process.pid + ")");`,
        ].join("\n");
        project.writeRevision({
          id, down: i === 0 ? null : REVISIONS[i - 1]!, message: `step ${i + 1}`,
          upgrade: i === 0
            ? `  await op.createTable("run_log", { id: integer().primaryKey().autoIncrement(), rev: varchar(32).notNull(), pid: integer() });\n${work}`
            : work,
          downgrade: i === 0 ? '  await op.dropTable("run_log");' : `  await op.execute("DELETE FROM run_log WHERE rev = '${id}'");`,
        });
      });
    });
    afterAll(async () => {
      await admin?.close();
      project?.remove();
      await db?.drop();
    });

    /** A fresh database for the next round: no tables at all. */
    async function reset(): Promise<void> {
      for (const table of ["run_log", "migrate_version", "migrate_history"]) await sql(`DROP TABLE IF EXISTS ${table}`);
    }

    async function round(env: Record<string, string> = {}): Promise<Finished[]> {
      await reset();
      const runs = await Promise.all(Array.from({ length: PROCESSES }, () => finished(project.spawn(["upgrade", "head"], env))));
      const context = runs.map((r, i) => `#${i} exit ${r.code}: ${r.stderr.trim()}`).join("\n");
      // Each revision ran exactly once, by one process, and the version table and history agree.
      const counts = await sql("SELECT rev, COUNT(*) AS n, COUNT(DISTINCT pid) AS p FROM run_log GROUP BY rev ORDER BY rev");
      expect(counts.map((r) => [r.rev, Number(r.n), Number(r.p)]), context).toEqual(REVISIONS.map((id) => [id, 1, 1]));
      expect(await versionRows(dialect, db.url), context).toEqual([HEAD]);
      const history = await sql("SELECT revision, direction, status FROM migrate_history ORDER BY id");
      expect(history.map((r) => `${r.revision} ${r.direction} ${r.status}`), context)
        .toEqual(REVISIONS.map((id) => `${id} upgrade ok`));
      const workers = runs.filter((r) => r.stderr.includes("Running upgrade"));
      expect(workers, context).toHaveLength(1);
      expect(workers[0]!.code, context).toBe(0);
      return runs;
    }

    for (let n = 1; n <= ROUNDS; n++) {
      it(`round ${n}: every revision applied exactly once, every process exits 0`, async () => {
        const runs = await round();
        for (const run of runs) expect(run.code, run.stderr).toBe(0);
        const idle = runs.filter((r) => !r.stderr.includes("Running upgrade"));
        for (const run of idle) expect(run.stderr.trim()).toBe(`Nothing to do; the database is at ${HEAD}`);
      });
    }

    it("with a lock timeout shorter than the run, the waiting processes stop with a message naming the holder", async () => {
      writeFileSync(join(project.dir, "migrate.config.ts"), config(db.url, 0.5));
      try {
        const runs = await round({ STRESS_PAUSE_MS: "400" });
        const timedOut = runs.filter((r) => r.code !== 0);
        expect(timedOut.length, "some process should have waited longer than 0.5s").toBeGreaterThan(0);
        const holders: string[] = [];
        for (const run of timedOut) {
          expect(run.code, run.stderr).toBe(1);
          const lines = run.stderr.trim().split("\n");
          expect(lines, run.stderr).toHaveLength(1);
          const match = LOCK_TIMEOUT.exec(lines[0]!);
          expect(match, run.stderr).not.toBeNull();
          if (match![2]) holders.push(match![2]);
        }
        // The holder is found in the server's catalog while it holds the lock (all but a run that
        // timed out in the instant between one holder's release and the next one's acquire).
        expect(holders.length, timedOut.map((r) => r.stderr).join("")).toBeGreaterThan(0);
        for (const holder of holders) expect(holder).toMatch(HOLDER[dialect]);
      } finally {
        writeFileSync(join(project.dir, "migrate.config.ts"), config(db.url, 30));
      }
    });
  });
}

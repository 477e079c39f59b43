/**
 * ddlLockTimeout and ddlLockRetries from the outside: a session holds an open transaction that locks the table a
 * revision alters (PostgreSQL: ACCESS SHARE from a SELECT, against ALTER TABLE's ACCESS EXCLUSIVE; MariaDB: the
 * SELECT's metadata lock; SQLite: the write lock of BEGIN IMMEDIATE). The run gives up within about the timeout,
 * names the blocker where the database can tell, and leaves the database at the revision before; with retries
 * and the blocker gone after ~1.5 s, it succeeds.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Connection } from "../../src/dialects/dialect.js";
import { DIALECTS, expectCleanError, query, versionRows } from "../helpers/cli.js";
import { connectUrl, createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { Project, type RevisionSpec } from "../helpers/project.js";
import { durationMs } from "../../src/config/validate.js";

const A = "dd1000000001";
const B = "dd1000000002";
const U = "dd1000000003";
const C = "dd1000000004";
const N = "dd1000000005";

const ADD_C = '  await op.addColumn("t", "c", integer());';
const CREATE_U = '  await op.createTable("u", { id: integer().primaryKey() });';

function config(url: string, extra = ""): string {
  return `export default { url: ${JSON.stringify(url)}, migrations: "./migrations", lockTimeout: 30, ddlLockTimeout: "1s"${extra} };\n`;
}

const COLUMNS = {
  postgresql: "SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 't'",
  mysql: "SELECT column_name AS name FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 't'",
  sqlite: "SELECT name FROM pragma_table_info('t')",
};

for (const dialect of DIALECTS) {
  describe.skipIf(await skipWithoutServer(dialect))(`ddlLockTimeout (${dialect})`, () => {
    let db: ScratchDatabase;
    let holder: Connection;
    const projects: Project[] = [];

    /** A, then B (by default: adding t.c, which the blocker's lock holds up). */
    function project(extra = "", revisions: readonly RevisionSpec[] = [{ id: B, down: A, upgrade: ADD_C }]): Project {
      const made = new Project(db.url, { config: config(db.url, extra) });
      made.writeRevision({ id: A, down: null, upgrade: '  await op.createTable("t", { id: integer().primaryKey() });' });
      for (const revision of revisions) made.writeRevision(revision);
      projects.push(made);
      return made;
    }

    /** Runs `upgrade head`, letting the blocker go half a second after the first retry is announced. */
    async function upgradeReleasingOnRetry(made: Project): Promise<{ code: number | null; stderr: string }> {
      let released: Promise<void> | null = null;
      const child = made.spawn(["upgrade", "head"]);
      let stderr = "";
      child.stderr!.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
        if (released === null && stderr.includes("retrying")) {
          released = new Promise((resolve) => setTimeout(resolve, 500)).then(() => holder.rollback());
        }
      });
      const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
      await released;
      return { code, stderr };
    }

    const runs = async (): Promise<string[]> => (await query(db.url, "SELECT revision, status FROM migrate_history ORDER BY id"))
      .map((r) => `${String(r.revision)} ${String(r.status)}`);

    beforeEach(async () => {
      db = await createScratchDatabase(dialect);
      await project().ok(["upgrade", A]);
      holder = await connectUrl(db.url);
    });
    afterEach(async () => {
      await holder?.rollback().catch(() => undefined);
      await holder?.close();
      for (const made of projects.splice(0)) made.remove();
      await db?.drop();
    });

    /** Opens the blocking transaction; answers the holder's pid / connection id. */
    async function block(): Promise<number> {
      await holder.begin();
      if (dialect === "sqlite") return 0;
      const sql = dialect === "postgresql" ? "SELECT pg_backend_pid() AS id" : "SELECT CONNECTION_ID() AS id";
      const id = Number((await holder.query<{ id: number }>({ sql, params: [] }))[0]!.id);
      await holder.query({ sql: "SELECT * FROM t", params: [] });
      return id;
    }

    it("fails within a few seconds naming the blocker, at the revision before, nothing of the revision applied", async () => {
      const id = await block();
      const started = Date.now();
      const result = await project().run(["upgrade", "head"]);
      const elapsed = Date.now() - started;
      const line = expectCleanError(result);
      expect(elapsed).toBeLessThan(10_000);
      if (dialect === "postgresql") {
        expect(line).toMatch(new RegExp(`upgrade of revision ${B} failed at addColumn t\\.c: waited 1s \\(ddlLockTimeout\\) for a lock held by another session \\(pid ${id}, application "athanor", user \\w+, .*idle in transaction in a transaction open since \\S+, last query "SELECT \\* FROM t"\\)`));
      } else if (dialect === "mysql") {
        expect(line).toMatch(new RegExp(`upgrade of revision ${B} failed at addColumn t\\.c: waited 1s \\(ddlLockTimeout\\) for a lock held by another session \\(connection id ${id}, user \\w+, from \\S+, .*idle for \\d+s\\)`));
        expect(line).toContain("Nothing of this revision was applied (its first statement gave up waiting for a lock)");
      } else {
        expect(line).toMatch(/database is locked by another connection \(waited 1s, ddlLockTimeout; SQLite cannot tell which one\)/);
      }
      expect(line).toMatch(/raise ddlLockTimeout \/ ddlLockRetries/);
      await holder.rollback();
      expect(await versionRows(dialect, db.url)).toEqual([A]);
      expect((await query(db.url, COLUMNS[dialect])).map((r) => String(r.name))).toEqual(["id"]);
      if (dialect === "mysql") {
        // Nothing to repair: the history records the revision as refused, not failed.
        const current = await project().ok(["current"]);
        expect(current.stdout).not.toMatch(/FAILED/);
      }
    });

    it("with ddlLockRetries: 3 succeeds once the blocker lets go (~1.5 s)", async () => {
      await block();
      // Let go half a second after the first try gave up (~1.5 s into the wait): starting the CLI takes a varying
      // time, so a timer from the test's start could fire before the first try even began.
      const { code, stderr } = await upgradeReleasingOnRetry(project(", ddlLockRetries: 3"));
      expect(code, stderr).toBe(0);
      expect(stderr).toMatch(new RegExp(`upgrade of revision ${dialect === "sqlite" ? "" : `${B} `}timed out|the run timed out`));
      expect(stderr).toMatch(/timed out waiting for a lock; retrying in 1s \(retry 1 of 3\)/);
      expect(await versionRows(dialect, db.url)).toEqual([B]);
      expect((await query(db.url, COLUMNS[dialect])).map((r) => String(r.name)).sort()).toEqual(["c", "id"]);
    });

    it("transactionPerMigration: the revision that timed out is retried alone, the one before it is not run again", async () => {
      const made = project(", ddlLockRetries: 2, transactionPerMigration: true",
        [{ id: U, down: A, upgrade: CREATE_U }, { id: C, down: U, upgrade: ADD_C }]);
      await block();
      const { code, stderr } = await upgradeReleasingOnRetry(made);
      expect(code, stderr).toBe(0);
      // SQLite: BEGIN waits for the write lock before the first revision, so the run as a whole is retried.
      expect(stderr).toMatch(dialect === "sqlite" ? /the run timed out waiting for a lock; retrying in 1s \(retry 1 of 2\)/
        : new RegExp(`upgrade of revision ${C} timed out waiting for a lock; retrying in 1s \\(retry 1 of 2\\)`));
      expect(await versionRows(dialect, db.url)).toEqual([C]);
      expect((await query(db.url, COLUMNS[dialect])).map((r) => String(r.name)).sort()).toEqual(["c", "id"]);
      const history = await runs();
      expect(history.filter((r) => r.startsWith(U))).toEqual([`${U} ok`]);
      expect(history[history.length - 1]).toBe(`${C} ok`);
    });

    // MySQL's revisions always run so (the first test); SQLite's run's own BEGIN waits first (the test above).
    it.runIf(dialect === "postgresql")("transactional = false: its first statement timing out is retried (nothing of it applied)", async () => {
      const made = project(", ddlLockRetries: 2", [{ id: N, down: A, transactional: false, upgrade: `${ADD_C}\n${CREATE_U}` }]);
      await block();
      const { code, stderr } = await upgradeReleasingOnRetry(made);
      expect(code, stderr).toBe(0);
      expect(stderr).toMatch(new RegExp(`upgrade of revision ${N} timed out waiting for a lock; retrying in 1s \\(retry 1 of 2\\)`));
      expect(await versionRows(dialect, db.url)).toEqual([N]);
      expect((await runs()).slice(-2)).toEqual([`${N} refused`, `${N} ok`]);
    });

    // SQLite: every write of the revision waits for the write lock, so the first one is what times out (the case above).
    it.skipIf(dialect === "sqlite")("transactional = false: a later statement timing out is not retried; the error says what applied", async () => {
      // u first (the blocker does not hold it up), then t.c.
      const made = project(", ddlLockRetries: 2", [{ id: N, down: A, transactional: false, upgrade: `${CREATE_U}\n${ADD_C}` }]);
      await block();
      const result = await made.run(["upgrade", "head"]);
      const line = expectCleanError(result);
      expect(result.stderr).not.toMatch(/retrying/);
      expect(line).toMatch(new RegExp(`upgrade of revision ${N} failed at addColumn t\\.c: waited 1s \\(ddlLockTimeout\\) for a lock held by another session`));
      const why = dialect === "mysql" ? "DDL commits at once here" : "it runs outside a transaction \\(transactional = false\\)";
      expect(line).toMatch(new RegExp(`Already applied of this revision \\(not rolled back, as ${why}\\): createTable u\\. The database is at ${A}\\. Repair the database by hand`));
      await holder.rollback();
      expect(await versionRows(dialect, db.url)).toEqual([A]);
      expect((await query(db.url, COLUMNS[dialect])).map((r) => String(r.name))).toEqual(["id"]);
      expect((await runs()).pop()).toBe(`${N} failed`);
      // The next run refuses: the history says the database is half-way through N.
      expect(expectCleanError(await made.run(["upgrade", "head"]))).toMatch(new RegExp(`upgrade of revision ${N} failed at`));
    });
  });
}

describe("ddlLockTimeout as a setting", () => {
  it("is a number of seconds or a duration in ms, s or m", () => {
    expect([durationMs(5), durationMs(0.5), durationMs("500ms"), durationMs("5s"), durationMs("2m"), durationMs("3")])
      .toEqual([5000, 500, 500, 5000, 120_000, 3000]);
    for (const bad of [0, -1, "", "5 minutes", "1h", "0s", Number.NaN, true]) expect(durationMs(bad)).toBeNull();
  });

  it("a bad value is a config error; --sql scripts carry the setting", async () => {
    const url = "sqlite:///app.db";
    const bad = new Project(url, { config: config(url, ', ddlLockRetries: -1').replace('"1s"', '"1 hour"') });
    const good = new Project(url, { config: config(url, ", ddlLockRetries: 2") });
    try {
      const line = expectCleanError(await bad.run(["upgrade", "head", "--sql"]));
      expect(line).toMatch(/"ddlLockTimeout" must be a positive number of seconds, or a duration like "500ms", "5s", "2m"/);
      good.writeRevision({ id: A, down: null, upgrade: '  await op.createTable("t", { id: integer().primaryKey() });' });
      const script = (await good.ok(["upgrade", "head", "--sql"])).stdout;
      expect(script.indexOf("PRAGMA busy_timeout = 1000;")).toBeGreaterThanOrEqual(0);
      expect(script.indexOf("PRAGMA busy_timeout = 1000;")).toBeLessThan(script.indexOf("BEGIN;"));
    } finally {
      bad.remove();
      good.remove();
    }
  });
});

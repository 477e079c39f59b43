/**
 * The migration lock from the outside: a run that waits longer than
 * --lock-timeout stops within about that time with one line naming the
 * session that holds the lock; `lock: false` skips the lock (for poolers
 * that cannot keep session locks); and a `transactional = false` revision
 * running CREATE INDEX CONCURRENTLY completes while the PostgreSQL advisory
 * lock is held (the lock lives on a connection of its own, idle, outside
 * any transaction, so the index build never waits for it).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Connection } from "../../src/dialects/dialect.js";
import { catalogOf, DIALECTS, expectCleanError, query, snapshotFiles, versionRows } from "../helpers/cli.js";
import { connectUrl, createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { holdLock, lockIsFree } from "../helpers/locks.js";
import { finished } from "../helpers/processes.js";
import { Project } from "../helpers/project.js";

const HOLDER = {
  postgresql: (id: number) => new RegExp(`held by another session \\(pid ${id}, application "[^"]*", user \\w+, client 127\\.0\\.0\\.1, connected since \\S+\\); waited 1s;`),
  mysql: (id: number) => new RegExp(`held by another session \\(connection id ${id}, user \\w+, from [\\w.]+:\\d+, busy for \\d+s\\); waited 1s;`),
  sqlite: () => /database is locked by another process \(waited 1s\); wait for it to finish and try again/,
};

function config(url: string, extra = ""): string {
  return `export default { url: ${JSON.stringify(url)}, migrations: "./migrations", lockTimeout: 30${extra} };\n`;
}

for (const dialect of DIALECTS) {
  describe.skipIf(await skipWithoutServer(dialect))(`the migration lock (${dialect})`, () => {
    let db: ScratchDatabase;
    let project: Project;
    let holder: Connection;
    beforeEach(async () => {
      db = await createScratchDatabase(dialect);
      project = new Project(db.url, { config: config(db.url) });
      project.writeRevision({ id: "10c000000001", down: null, upgrade: '  await op.createTable("t1", { id: integer().primaryKey() });' });
      holder = await connectUrl(db.url);
    });
    afterEach(async () => {
      await holder?.close();
      project?.remove();
      await db?.drop();
    });

    /** The holder's id as the server's catalog shows it (pid / connection id). */
    async function holderId(): Promise<number> {
      if (dialect === "sqlite") return 0;
      const sql = dialect === "postgresql" ? "SELECT pg_backend_pid() AS id" : "SELECT CONNECTION_ID() AS id";
      return Number((await holder.query<{ id: number }>({ sql, params: [] }))[0]!.id);
    }

    it("--lock-timeout 1 while another session holds the lock: one line naming it, within ~1-3 s, nothing changed", async () => {
      await holdLock(db, holder);
      const id = await holderId();
      const files = snapshotFiles(project.dir);
      const started = Date.now();
      const result = await project.run(["upgrade", "head", "--lock-timeout", "1"]);
      const elapsed = Date.now() - started;
      const line = expectCleanError(result);
      expect(line).toMatch(/^error: (migration lock "athanor:migrate_version" is held|database is locked)/);
      expect(line).toMatch(HOLDER[dialect](id));
      // 1 s of waiting, plus starting node and connecting (slower on a loaded machine).
      expect(elapsed).toBeGreaterThanOrEqual(1000);
      expect(elapsed).toBeLessThan(4500);
      expect(snapshotFiles(project.dir)).toEqual(files);
      if (dialect !== "sqlite") expect(await versionRows(dialect, db.url)).toBeNull();
    });

    it("the lock is free again once the run that held it has finished", async () => {
      await project.ok(["upgrade", "head"]);
      expect(await lockIsFree(db, holder)).toBe(true);
    });

    it.runIf(dialect !== "sqlite")("lock: false runs without taking the lock (it does not wait for the holder)", async () => {
      await holdLock(db, holder);
      writeFileSync(join(project.dir, "migrate.config.ts"), config(db.url, ", lock: false"));
      const started = Date.now();
      await project.ok(["upgrade", "head", "--lock-timeout", "20"]);
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(await versionRows(dialect, db.url)).toEqual(["10c000000001"]);
      expect(Object.keys(await catalogOf(dialect, db.url)).sort()).toEqual(["migrate_history", "migrate_version", "t1"]);
      // With the lock on, the same run waits for the holder and times out.
      writeFileSync(join(project.dir, "migrate.config.ts"), config(db.url));
      expectCleanError(await project.run(["downgrade", "base", "--lock-timeout", "1"]));
      expect(await versionRows(dialect, db.url)).toEqual(["10c000000001"]);
    });
  });
}

describe.skipIf(await skipWithoutServer("postgresql"))("CREATE INDEX CONCURRENTLY in a non-transactional revision", () => {
  let db: ScratchDatabase;
  let project: Project;
  beforeEach(async () => { db = await createScratchDatabase("postgresql"); });
  afterEach(async () => {
    project?.remove();
    await db?.drop();
  });

  for (const perMigration of [false, true]) {
    it(`completes under the advisory lock, with a second run waiting on it (transactionPerMigration: ${perMigration})`, async () => {
      project = new Project(db.url, { config: config(db.url, `, transactionPerMigration: ${perMigration}`) });
      project.writeRevision({ id: "1cc000000001", down: null, upgrade: [
        '  await op.createTable("big", { id: integer().primaryKey(), x: integer() });',
        '  await op.execute("INSERT INTO big SELECT g, g % 97 FROM generate_series(1, 20000) g");',
      ].join("\n") });
      project.writeRevision({ id: "1cc000000002", down: "1cc000000001", transactional: false,
        upgrade: '  await op.execute("CREATE INDEX CONCURRENTLY big_x ON big (x)");' });
      project.writeRevision({ id: "1cc000000003", down: "1cc000000002",
        upgrade: '  await op.createTable("after", { id: integer().primaryKey() });' });
      const runs = await Promise.all([0, 1].map(() => finished(project.spawn(["upgrade", "head"]))));
      for (const run of runs) expect(run.code, run.stderr).toBe(0);
      expect(await versionRows("postgresql", db.url)).toEqual(["1cc000000003"]);
      const index = await query(db.url, "SELECT i.indisvalid AS valid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = 'big_x'");
      expect(index).toEqual([{ valid: true }]);
      const history = await query(db.url, "SELECT revision, status FROM migrate_history ORDER BY id");
      expect(history.map((r) => `${r.revision} ${r.status}`)).toEqual(["1cc000000001 ok", "1cc000000002 ok", "1cc000000003 ok"]);
    }, 40_000);
  }
});

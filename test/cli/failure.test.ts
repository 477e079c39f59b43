/**
 * A revision that fails half-way. PostgreSQL and SQLite roll back (the
 * whole run by default, that revision only with transactionPerMigration);
 * MySQL cannot roll DDL back, so its message says what was applied and
 * the version table stays at the last complete revision.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DialectName } from "../../src/dialects/dialect.js";
import { catalogOf, currentIds, DIALECTS, expectCleanError, query, tablesOf, versionRows } from "../helpers/cli.js";
import { createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { Project } from "../helpers/project.js";

const F1 = "fa1000000001";
const F2 = "fa2000000002";
const F3 = "fa3000000003";

function config(url: string, transactionPerMigration: boolean): string {
  return [
    'import { defineConfig } from "athanor";',
    `export default defineConfig({ url: ${JSON.stringify(url)}, migrations: "./migrations",`,
    `  transactionPerMigration: ${transactionPerMigration} });`,
    "",
  ].join("\n");
}

function writeRevisions(project: Project, broken = true): void {
  project.writeRevision({
    id: F1, down: null, message: "one",
    upgrade: '  await op.createTable("t_one", { id: integer().primaryKey() });',
    downgrade: '  await op.dropTable("t_one");',
  });
  project.writeRevision({
    id: F2, down: F1, message: "two",
    upgrade: [
      '  await op.createTable("t_two", { id: integer().primaryKey() });',
      broken ? '  await op.execute("this is not sql");' : "",
    ].join("\n"),
    downgrade: '  await op.dropTable("t_two");',
  });
  project.writeRevision({
    id: F3, down: F2, message: "three",
    upgrade: '  await op.createTable("t_three", { id: integer().primaryKey() });',
    downgrade: '  await op.dropTable("t_three");',
  });
}

const transactional = (dialect: DialectName) => dialect !== "mysql";

for (const dialect of DIALECTS) {
  describe.skipIf(await skipWithoutServer(dialect))(`a failing revision (${dialect})`, () => {
    let db: ScratchDatabase;
    let project: Project | undefined;

    beforeEach(async () => {
      db = await createScratchDatabase(dialect);
    });
    afterEach(async () => {
      project?.remove();
      project = undefined;
      await db?.drop();
    });

    function makeProject(transactionPerMigration: boolean): Project {
      project = new Project(db.url, { config: config(db.url, transactionPerMigration) });
      writeRevisions(project);
      return project;
    }

    it("stops the run with one line naming the revision and the op", async () => {
      const p = makeProject(false);
      const before = await catalogOf(dialect, db.url);
      const line = expectCleanError(await p.run(["upgrade", "head"]));
      expect(line).toContain(`upgrade of revision ${F2} failed`);
      expect(line).toContain('execute "this is not sql"');
      if (transactional(dialect)) {
        // One transaction for the whole run: revision 1 and the version table are gone too.
        expect(await catalogOf(dialect, db.url)).toEqual(before);
        expect(line).toMatch(/rolled back/);
      } else {
        expect(await versionRows(dialect, db.url)).toEqual([F1]);
        expect(line).toContain("createTable t_two");
        expect(line).toContain(F1);
        expect(await tablesOf(dialect, db.url)).toEqual(["migrate_history", "migrate_version", "t_one", "t_two"]);
      }
    });

    it("with transactionPerMigration keeps the revisions before the failing one", async () => {
      const p = makeProject(true);
      const line = expectCleanError(await p.run(["upgrade", "head"]));
      expect(line).toContain(F2);
      expect(line).toContain('execute "this is not sql"');
      expect(await versionRows(dialect, db.url)).toEqual([F1]);
      expect(currentIds(await p.ok(["current"]))).toEqual([F1]);
      const tables = transactional(dialect) ? ["migrate_history", "migrate_version", "t_one"] : ["migrate_history", "migrate_version", "t_one", "t_two"];
      expect(await tablesOf(dialect, db.url)).toEqual(tables);
    });

    it("prints the stack trace only with --raiseerr", async () => {
      const raised = await makeProject(false).run(["upgrade", "head", "--raiseerr"]);
      expect(raised.code).toBe(1);
      expect(raised.stderr).toContain(`upgrade of revision ${F2} failed`);
      expect(raised.stderr).toMatch(/^\s+at /m);
    });

    it.runIf(transactional(dialect))("after a rollback, the fixed revision applies from where the database was", async () => {
      const p = makeProject(false);
      expectCleanError(await p.run(["upgrade", "head"]));
      writeRevisions(p, false);
      await p.ok(["upgrade", "head"]);
      expect(await versionRows(dialect, db.url)).toEqual([F3]);
      expect(await tablesOf(dialect, db.url)).toEqual(["migrate_history", "migrate_version", "t_one", "t_three", "t_two"]);
    });

    it.runIf(!transactional(dialect))("a half-applied revision is recorded: current says so, upgrade refuses until --force", async () => {
      const p = makeProject(false);
      expectCleanError(await p.run(["upgrade", "head"]));
      const current = await p.ok(["current"]);
      expect(current.stdout).toMatch(new RegExp(`^FAILED: upgrade of revision ${F2} failed at .*execute "this is not sql".*applied before it: createTable t_two`, "m"));
      // The user repairs: undoes what ran of revision 2 and fixes the file.
      await query(db.url, "DROP TABLE t_two");
      writeRevisions(p, false);
      const refused = expectCleanError(await p.run(["upgrade", "head"]));
      expect(refused).toMatch(/half-migrated.*--force/);
      expect(await versionRows(dialect, db.url)).toEqual([F1]);
      await p.ok(["upgrade", "head", "--force"]);
      expect(await versionRows(dialect, db.url)).toEqual([F3]);
      expect((await p.ok(["current"])).stdout).not.toContain("FAILED");
    });

    it("a failing downgrade names the revision and leaves the version table consistent", async () => {
      const p = makeProject(true);
      writeRevisions(p, false);
      await p.ok(["upgrade", "head"]);
      p.writeRevision({
        id: F3, down: F2, message: "three",
        upgrade: '  await op.createTable("t_three", { id: integer().primaryKey() });',
        downgrade: '  await op.dropTable("t_three");\n  await op.dropTable("no_such_table");',
      });
      const line = expectCleanError(await p.run(["downgrade", "base"]));
      expect(line).toContain(`downgrade of revision ${F3} failed`);
      expect(line).toContain("dropTable no_such_table");
      expect(await versionRows(dialect, db.url)).toEqual([F3]);
      const tables = ["migrate_history", "migrate_version", "t_one", "t_two", ...(transactional(dialect) ? ["t_three"] : [])].sort();
      expect(await tablesOf(dialect, db.url)).toEqual(tables);
    });
  });
}

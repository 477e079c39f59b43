/**
 * `migrate stamp` sets the version table and nothing else: the tables the
 * revisions would create never appear, and `--sql` touches nothing at all.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentIds, DIALECTS, expectCleanError, query, tablesOf, versionRows } from "../helpers/cli.js";
import { createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { Project } from "../helpers/project.js";

const R1 = "5a1000000001";
const R2 = "5a2000000002";
const R3 = "5a3000000003";
const UNKNOWN = "ffffffffffff";

for (const dialect of DIALECTS) {
  describe.skipIf(await skipWithoutServer(dialect))(`stamp (${dialect})`, () => {
    let db: ScratchDatabase;
    let project: Project;

    beforeAll(async () => {
      db = await createScratchDatabase(dialect);
      project = new Project(db.url);
      for (const [id, down] of [[R1, null], [R2, R1], [R3, R2]] as const) {
        project.writeRevision({
          id, down, message: `table ${id}`,
          upgrade: `  await op.createTable("t_${id}", { id: integer().primaryKey() });`,
          downgrade: `  await op.dropTable("t_${id}");`,
        });
      }
    });
    afterAll(async () => {
      project?.remove();
      await db?.drop();
    });

    async function expectStamped(rows: string[], viaCli = false): Promise<void> {
      expect(await versionRows(dialect, db.url)).toEqual(rows);
      if (viaCli) expect(currentIds(await project.ok(["current"]))).toEqual(rows);
      // Only the version table: no revision ran.
      expect(await tablesOf(dialect, db.url)).toEqual(["migrate_history", "migrate_version"]);
    }

    it("stamp head --sql prints the SQL and touches nothing", async () => {
      const before = await tablesOf(dialect, db.url);
      const result = await project.ok(["stamp", "head", "--sql"]);
      expect(result.stdout).toMatch(/CREATE TABLE/i);
      expect(result.stdout).toMatch(new RegExp(`INSERT INTO \\S*migrate_version\\S* \\(version_num\\) VALUES \\('${R3}'\\)`, "i"));
      expect(result.stdout).not.toContain("t_");
      expect(await tablesOf(dialect, db.url)).toEqual(before);
      expect(before).not.toContain("migrate_version");
    });

    it("stamp REV sets the version table without running the revisions", async () => {
      const result = await project.ok(["stamp", R2]);
      expect(result.stderr).toContain(`Stamped base -> ${R2}`);
      expect(result.stderr).not.toContain("Running");
      await expectStamped([R2], true);
    });

    it("stamp a prefix below the current revision moves down", async () => {
      await project.ok(["stamp", R1.slice(0, 6)]);
      await expectStamped([R1]);
      await project.ok(["stamp", "head"]);
      await expectStamped([R3]);
    });

    it("upgrade after a stamp runs only the revisions above it", async () => {
      await project.ok(["stamp", R2]);
      const result = await project.ok(["upgrade", "head"]);
      expect(result.stderr).toContain(`Running upgrade ${R2} -> ${R3}`);
      expect(result.stderr).not.toContain(`-> ${R2}`);
      expect(await tablesOf(dialect, db.url)).toEqual(["migrate_history", "migrate_version", `t_${R3}`]);
      expect(await versionRows(dialect, db.url)).toEqual([R3]);
      await project.ok(["downgrade", R2]);
      await expectStamped([R2]);
    });

    it("stamp base empties the version table", async () => {
      await project.ok(["stamp", "base"]);
      await expectStamped([], true);
    });

    it("stamp refuses a version table holding an unknown revision; --purge replaces it", async () => {
      await query(db.url, `INSERT INTO migrate_version (version_num) VALUES ('${UNKNOWN}')`);
      const line = expectCleanError(await project.run(["stamp", R1]));
      expect(line).toContain(UNKNOWN);
      expect(line).toContain("--purge");
      expect(await versionRows(dialect, db.url)).toEqual([UNKNOWN]);
      expect((await project.ok(["current"])).stdout).toContain(`${UNKNOWN} (not in the versions directory)`);

      await project.ok(["stamp", "--purge", R1]);
      await expectStamped([R1], true);
    });

    it("stamp --sql with a start leaves the live table alone", async () => {
      const result = await project.ok(["stamp", "head", "--sql"]);
      expect(result.stdout).toContain(R3);
      await expectStamped([R1]);
    });
  });
}

/**
 * MySQL: a revision whose statements ran but whose version-table and history update failed (on a Galera cluster,
 * a certification conflict at that update's commit). The message must say what of the revision was applied, never
 * "Nothing of this revision was applied"; a revision that only changes rows runs in one transaction with that
 * update, so it is rolled back whole. The failure is made certain by a trigger on the version table.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectCleanError, query, versionRows } from "../helpers/cli.js";
import { createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { Project } from "../helpers/project.js";

const REFUSE = "CREATE TRIGGER refuse_version BEFORE UPDATE ON migrate_version FOR EACH ROW " +
  "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'version table refused'";

describe.skipIf(await skipWithoutServer("mysql"))("a failed version-table update after a revision ran (mysql)", () => {
  let db: ScratchDatabase;
  let project: Project;

  beforeAll(async () => {
    db = await createScratchDatabase("mysql");
    project = new Project(db.url);
    const insert = (id: string): string => `  await op.execute("INSERT INTO applied (rev) VALUES ('${id}')");`;
    project.writeRevision({ id: "bk0000000001", upgrade:
      `  await op.createTable("applied", { id: integer().primaryKey().autoIncrement(), rev: varchar(32).notNull() });\n${insert("bk0000000001")}` });
    project.writeRevision({ id: "bk0000000002", down: "bk0000000001", upgrade:
      `  await op.createTable("extra", { id: integer().primaryKey() });\n${insert("bk0000000002")}` });
    project.writeRevision({ id: "bk0000000003", down: "bk0000000002", upgrade: insert("bk0000000003") });
    await project.ok(["upgrade", "bk0000000001"]);
  });
  afterAll(async () => {
    project?.remove();
    await db?.drop();
  });

  const rows = async (): Promise<string[]> => (await query(db.url, "SELECT rev FROM applied ORDER BY rev")).map((r) => String(r.rev));

  it("with DDL: names what of the revision was applied, and where the version table stands", async () => {
    await query(db.url, REFUSE);
    const line = expectCleanError(await project.run(["upgrade", "head"]));
    expect(line).toContain("upgrade of revision bk0000000002 failed at the update of migrate_version and migrate_history: version table refused");
    expect(line).toMatch(/Already applied of this revision \(not rolled back, as DDL commits at once here\): .*extra.*; .*INSERT INTO applied/);
    expect(line).not.toContain("Nothing of this revision was applied");
    expect(line).toContain("The database is at bk0000000001");
    expect(await rows()).toEqual(["bk0000000001", "bk0000000002"]);
    expect(await versionRows("mysql", db.url)).toEqual(["bk0000000001"]);
    const last = await query(db.url, "SELECT revision, status, detail FROM migrate_history ORDER BY id DESC LIMIT 1");
    expect(last[0]).toMatchObject({ revision: "bk0000000002", status: "failed" });
    expect(String(last[0]!.detail)).toMatch(/^failed at the update of migrate_version and migrate_history: version table refused; applied before it: .*extra/);
  });

  it("rows only: the revision is rolled back with its update, and runs once when the update can be made", async () => {
    await query(db.url, "DROP TRIGGER refuse_version");
    await project.ok(["stamp", "bk0000000002"]);
    await query(db.url, REFUSE);
    const line = expectCleanError(await project.run(["upgrade", "head"]));
    expect(line).toContain("upgrade of revision bk0000000003 failed at the update of migrate_version and migrate_history: version table refused");
    expect(line).toContain("Everything this run did was rolled back. The database is at bk0000000002.");
    expect(await rows()).toEqual(["bk0000000001", "bk0000000002"]);
    expect(await query(db.url, "SELECT 1 FROM migrate_history WHERE revision = 'bk0000000003'")).toEqual([]);

    await query(db.url, "DROP TRIGGER refuse_version");
    await project.ok(["upgrade", "head"]);
    expect(await rows()).toEqual(["bk0000000001", "bk0000000002", "bk0000000003"]);
    expect(await versionRows("mysql", db.url)).toEqual(["bk0000000003"]);
  });
});

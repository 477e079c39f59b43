/**
 * MySQL commits each DDL statement at once, so a revision is checked before its first statement: every op
 * it calls is compiled first (issue 13). A revision whose second op the dialect refuses then applies
 * nothing: the message says so, the version table and the history are as before, `migrate current` shows
 * no failure, and once the revision is fixed `upgrade` runs without --force.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectCleanError, query, tablesOf, versionRows } from "../helpers/cli.js";
import { createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { Project } from "../helpers/project.js";

const R1 = "ab1000000001";
const R2 = "ab2000000002";
const refused = '  await op.createIndex("ix_t_two_id", "t_two", ["id"], { where: "id > 0" });';

describe.skipIf(await skipWithoutServer("mysql"))("a revision refused before it runs (mysql)", () => {
  let db: ScratchDatabase;
  let project: Project;

  beforeEach(async () => {
    db = await createScratchDatabase("mysql");
    project = new Project(db.url);
    project.writeRevision({ id: R1, message: "one",
      upgrade: '  await op.createTable("t_one", { id: integer().primaryKey() });', downgrade: '  await op.dropTable("t_one");' });
  });
  afterEach(async () => {
    project?.remove();
    await db?.drop();
  });

  const history = async () => (await query(db.url, "SELECT revision, direction, status FROM migrate_history ORDER BY id"))
    .map((r) => `${r.direction} ${r.revision} ${r.status}`);

  it("upgrade: nothing of it applied, nothing recorded, current normal", async () => {
    await project.ok(["upgrade", "head"]);
    project.writeRevision({ id: R2, down: R1, message: "two",
      upgrade: ['  await op.createTable("t_two", { id: integer().primaryKey() });', refused].join("\n"),
      downgrade: '  await op.dropTable("t_two");' });
    const line = expectCleanError(await project.run(["upgrade", "head"]));
    expect(line).toContain(`upgrade of revision ${R2} failed at createIndex ix_t_two_id`);
    expect(line).toContain("Nothing of this revision was applied (no statement of it ran): the database is unchanged, at " + R1);
    expect(await tablesOf("mysql", db.url)).toEqual(["migrate_history", "migrate_version", "t_one"]);
    expect(await versionRows("mysql", db.url)).toEqual([R1]);
    expect(await history()).toEqual([`upgrade ${R1} ok`]);
    const current = await project.run(["current"]);
    expect(current.code).toBe(0);
    expect(current.stdout).not.toContain("FAILED");
    expect(current.stdout).toContain(R1);
    // Fixed, it runs: no --force needed, as nothing was half-done.
    project.writeRevision({ id: R2, down: R1, message: "two",
      upgrade: '  await op.createTable("t_two", { id: integer().primaryKey() });', downgrade: '  await op.dropTable("t_two");' });
    await project.ok(["upgrade", "head"]);
    expect(await versionRows("mysql", db.url)).toEqual([R2]);
  });

  it("downgrade: the same", async () => {
    project.writeRevision({ id: R2, down: R1, message: "two",
      upgrade: '  await op.createTable("t_two", { id: integer().primaryKey() });',
      downgrade: ['  await op.dropTable("t_two");', refused].join("\n") });
    await project.ok(["upgrade", "head"]);
    const line = expectCleanError(await project.run(["downgrade", "base"]));
    expect(line).toContain(`downgrade of revision ${R2} failed at createIndex ix_t_two_id`);
    expect(line).toContain("Nothing of this revision was applied");
    expect(await tablesOf("mysql", db.url)).toEqual(["migrate_history", "migrate_version", "t_one", "t_two"]);
    expect(await versionRows("mysql", db.url)).toEqual([R2]);
    expect(await history()).toEqual([`upgrade ${R1} ok`, `upgrade ${R2} ok`]);
    expect((await project.run(["current"])).stdout).not.toContain("FAILED");
  });

  it("a failure before any statement that the check could not see is recorded as refused, not half-migrated", async () => {
    await project.ok(["upgrade", "head"]);
    // op.query ends the check (it needs real rows); the refusal after it comes from the run itself.
    project.writeRevision({ id: R2, down: R1, message: "two",
      upgrade: ['  await op.query("SELECT 1");', refused].join("\n"), downgrade: "" });
    const line = expectCleanError(await project.run(["upgrade", "head"]));
    expect(line).toContain("Nothing of this revision was applied");
    expect(await versionRows("mysql", db.url)).toEqual([R1]);
    expect(await history()).toEqual([`upgrade ${R1} ok`, `upgrade ${R2} refused`]);
    expect((await project.run(["current"])).stdout).not.toContain("FAILED");
  });
});

/**
 * Bad input of every kind: one line on stderr starting `error:`, exit 1, no
 * stack trace, no password printed, and nothing changed: the project's files
 * are byte for byte the same and the database (catalog and version table)
 * is as it was, which for a fresh database means no version table.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DialectName } from "../../src/dialects/dialect.js";
import { catalogOf, DIALECTS, expectCleanError, query, snapshotFiles, versionRows } from "../helpers/cli.js";
import { createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { Project } from "../helpers/project.js";

/** Runs a command that must be refused and checks that it changed nothing; returns the error line. */
async function expectRefused(
  project: Project, db: ScratchDatabase, args: string[], mentions: string[] = [], secrets: string[] = [],
): Promise<string> {
  const files = snapshotFiles(project.dir);
  const catalog = await catalogOf(db.dialect, db.url);
  const rows = await versionRows(db.dialect, db.url);
  const line = expectCleanError(await project.run(args), secrets);
  for (const text of mentions) expect(line).toContain(text);
  expect(snapshotFiles(project.dir)).toEqual(files);
  expect(await catalogOf(db.dialect, db.url)).toEqual(catalog);
  expect(await versionRows(db.dialect, db.url)).toEqual(rows);
  return line;
}

const table = (name: string) => ({
  upgrade: `  await op.createTable("${name}", { id: integer().primaryKey() });`,
  downgrade: `  await op.dropTable("${name}");`,
});

describe("bad config, bad URLs, init", () => {
  let db: ScratchDatabase;
  let project: Project;
  beforeAll(async () => { db = await createScratchDatabase("sqlite"); });
  afterAll(async () => { await db?.drop(); });
  beforeEach(() => {
    project = new Project(db.url);
    project.writeRevision({ id: "b0a000000001", down: null, ...table("t1") });
  });
  afterEach(() => project.remove());

  const writeConfig = (text: string) => writeFileSync(join(project.dir, "migrate.config.ts"), text);

  it("no config file", async () => {
    rmSync(join(project.dir, "migrate.config.ts"));
    await expectRefused(project, db, ["upgrade", "head"], ["no migrate.config.ts", "migrate init"]);
  });

  it("a config with a syntax error", async () => {
    writeConfig('import { defineConfig } from "athanor";\nexport default defineConfig({ url: "x", );\n');
    await expectRefused(project, db, ["upgrade", "head"], ["migrate.config.ts"]);
  });

  it("a config default-exporting a number", async () => {
    writeConfig("export default 42;\n");
    await expectRefused(project, db, ["current"], ["migrate.config.ts", "number"]);
  });

  it("an unknown config key", async () => {
    writeConfig(`export default { url: ${JSON.stringify(db.url)}, migrations: "./migrations", colour: true };\n`);
    await expectRefused(project, db, ["upgrade", "head"], ['"colour"']);
  });

  it("an unknown URL scheme", async () => {
    await expectRefused(project, db, ["upgrade", "head", "--url", "oracle://x"], ['"oracle"']);
  });

  it("malformed URLs, without printing their password", async () => {
    await expectRefused(project, db, ["upgrade", "head", "--url", "not a url"], ["malformed database URL"]);
    await expectRefused(project, db, ["upgrade", "head", "--url", "postgresql://u:Hunter2pw@host:notaport/db"],
      ["notaport"], ["Hunter2pw"]);
    await expectRefused(project, db, ["current", "--url", "mysql://u:Hunter2pw@[::1/x"], ["malformed"], ["Hunter2pw"]);
  });

  it("init into a non-empty directory writes nothing", async () => {
    const line = await expectRefused(project, db, ["init", "migrations"], ["not empty"]);
    expect(line).toContain(join(project.dir, "migrations"));
    // Also in an empty folder where only the target directory is non-empty: no config, no models.
    rmSync(join(project.dir, "migrate.config.ts"));
    mkdirSync(join(project.dir, "other"));
    writeFileSync(join(project.dir, "other", "keep.txt"), "x");
    await expectRefused(project, db, ["init", "other"], ["not empty"]);
  });
});

describe.skipIf(await skipWithoutServer("postgresql"))("PostgreSQL servers that refuse", () => {
  let project: Project;
  let db: ScratchDatabase;
  beforeAll(async () => { db = await createScratchDatabase("postgresql"); });
  afterAll(async () => { await db?.drop(); });
  beforeEach(() => {
    project = new Project(db.url);
    project.writeRevision({ id: "b0b000000001", down: null, ...table("t1") });
  });
  afterEach(() => project.remove());

  it("an unreachable host, never printing the password", async () => {
    const line = await expectRefused(project, db,
      ["upgrade", "head", "--url", "postgresql://u:S3cretPw9@127.0.0.1:1/x"], ["127.0.0.1:1"], ["S3cretPw9"]);
    expect(line).toContain("***");
  });

  it("a missing database, which is not created", async () => {
    const missing = "postgresql://postgres@127.0.0.1:5432/does_not_exist_xyz";
    await expectRefused(project, db, ["upgrade", "head", "--url", missing], ['"does_not_exist_xyz"']);
    await expectRefused(project, db, ["current", "--url", missing], ['"does_not_exist_xyz"']);
    expect(await query(db.url, "SELECT datname FROM pg_database WHERE datname = 'does_not_exist_xyz'")).toEqual([]);
  });
});

describe.skipIf(await skipWithoutServer("mysql"))("MySQL servers that refuse", () => {
  let project: Project;
  let db: ScratchDatabase;
  beforeAll(async () => { db = await createScratchDatabase("mysql"); });
  afterAll(async () => { await db?.drop(); });
  beforeEach(() => {
    project = new Project(db.url);
    project.writeRevision({ id: "b0c000000001", down: null, ...table("t1") });
  });
  afterEach(() => project.remove());

  it("a wrong password is refused and never printed", async () => {
    const url = new URL(db.url);
    url.password = "Wr0ngPassw0rd";
    await expectRefused(project, db, ["upgrade", "head", "--url", url.toString()], ["access denied"], ["Wr0ngPassw0rd"]);
  });

  it("an unreachable host and a missing database", async () => {
    await expectRefused(project, db, ["upgrade", "head", "--url", "mysql://u:S3cretPw9@127.0.0.1:1/x"], [], ["S3cretPw9"]);
    await expectRefused(project, db, ["upgrade", "head", "--url", "mysql://root@127.0.0.1:3306/does_not_exist_xyz"],
      ['"does_not_exist_xyz"']);
  });
});

for (const dialect of DIALECTS as DialectName[]) {
  describe.skipIf(await skipWithoutServer(dialect))(`bad revisions and targets (${dialect})`, () => {
    let db: ScratchDatabase;
    let project: Project;
    beforeAll(async () => { db = await createScratchDatabase(dialect); });
    afterAll(async () => { await db?.drop(); });
    beforeEach(() => { project = new Project(db.url); });
    afterEach(() => project.remove());

    const refused = (args: string[], mentions: string[] = []) => expectRefused(project, db, args, mentions);
    const chain = (...ids: string[]) =>
      ids.forEach((id, i) => project.writeRevision({ id, down: i === 0 ? null : ids[i - 1]!, ...table(`t_${id}`) }));
    const rawRevision = (name: string, lines: string[]) =>
      writeFileSync(join(project.dir, "migrations/versions", name), `import type { Op } from "athanor";\n${lines.join("\n")}\n`);

    it("starts from an empty database", async () => {
      expect(await catalogOf(dialect, db.url)).toEqual({});
    });

    it("an unknown target", async () => {
      chain("b1a000000001", "b1a000000002");
      await refused(["upgrade", "deadbeef0000"], ["deadbeef0000"]);
      await refused(["stamp", "deadbeef0000"], ["deadbeef0000"]);
      await refused(["downgrade", "deadbeef0000"], ["deadbeef0000"]);
    });

    it("an ambiguous prefix", async () => {
      chain("abcd11111111", "abcd22222222");
      await refused(["upgrade", "abcd"], ["abcd11111111", "abcd22222222"]);
    });

    it("head while several heads exist", async () => {
      project.writeRevision({ id: "b2a000000001", down: null, ...table("t_root") });
      project.writeRevision({ id: "b2a000000002", down: "b2a000000001", ...table("t_left") });
      project.writeRevision({ id: "b2a000000003", down: "b2a000000001", ...table("t_right") });
      await refused(["upgrade", "head"], ["multiple heads", "b2a000000002", "b2a000000003"]);
    });

    it("a revision file with a syntax error, even after revisions that would run first", async () => {
      chain("b3a000000001");
      project.writeRevision({ id: "b3a000000002", down: "b3a000000001", upgrade: '  await op.execute("select 1" +);' });
      await refused(["upgrade", "head"], ["b3a000000002"]);
      await refused(["upgrade", "head", "--sql"], ["b3a000000002"]);
    });

    it("a revision missing downRevision", async () => {
      chain("b4a000000001");
      rawRevision("b4a000000002_x.ts", ['export const revision = "b4a000000002";',
        "export async function upgrade(op: Op) {}", "export async function downgrade(op: Op) {}"]);
      await refused(["upgrade", "head"], ["downRevision", "b4a000000002"]);
    });

    it("duplicate revision ids", async () => {
      chain("b5a000000001");
      rawRevision("b5a000000001_copy.ts", ['export const revision = "b5a000000001";',
        "export const downRevision = null;", "export async function upgrade(op: Op) {}", "export async function downgrade(op: Op) {}"]);
      await refused(["upgrade", "head"], ["b5a000000001"]);
    });

    it("a downRevision naming an unknown revision", async () => {
      chain("b6a000000001");
      project.writeRevision({ id: "b6a000000002", down: "feedfeedfeed", ...table("t2") });
      await refused(["upgrade", "head"], ["feedfeedfeed", "b6a000000002"]);
    });

    it("a cycle", async () => {
      chain("b7a000000001");
      project.writeRevision({ id: "b7a000000002", down: ["b7a000000001", "b7a000000003"], ...table("t2") });
      project.writeRevision({ id: "b7a000000003", down: "b7a000000002", ...table("t3") });
      await refused(["upgrade", "head"], ["cycle", "b7a000000002", "b7a000000003"]);
    });

    it("an empty versions directory", async () => {
      await refused(["upgrade", "head"], ["no revisions"]);
    });

    it("a range without --sql", async () => {
      chain("b8a000000001", "b8a000000002");
      await refused(["upgrade", "b8a000000001:b8a000000002"], ["--sql"]);
    });

    // Last: this one leaves two revisions applied.
    it("downgrade past base", async () => {
      chain("b9a000000001", "b9a000000002");
      await project.ok(["upgrade", "head"]);
      await refused(["downgrade", "-5"], ["5"]);
      expect(await versionRows(dialect, db.url)).toEqual(["b9a000000002"]);
    });
  });
}

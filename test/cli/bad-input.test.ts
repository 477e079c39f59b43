/**
 * Bad input of every kind: one line on stderr starting `error:`, exit 1, no
 * stack trace, no password printed, and nothing changed: the project's files
 * are byte for byte the same and the database (catalog and version table)
 * is as it was, which for a fresh database means no version table.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DialectName } from "../../src/dialects/dialect.js";
import { catalogOf, DIALECTS, expectCleanError, query, snapshotFiles, versionRows } from "../helpers/cli.js";
import { createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { Project } from "../helpers/project.js";
import { TEST_PASSWORDS } from "../helpers/secrets.js";

const { malformed: PW_MALFORMED, unreachable: PW_UNREACHABLE, wrong: PW_WRONG } = TEST_PASSWORDS;

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
    await expectRefused(project, db, ["upgrade", "head", "--url", `postgresql://u:${PW_MALFORMED}@host:notaport/db`],
      ["notaport"], [PW_MALFORMED]);
    await expectRefused(project, db, ["current", "--url", `mysql://u:${PW_MALFORMED}@[::1/x`], ["malformed"], [PW_MALFORMED]);
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
      ["upgrade", "head", "--url", `postgresql://u:${PW_UNREACHABLE}@127.0.0.1:1/x`], ["127.0.0.1:1"], [PW_UNREACHABLE]);
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
    url.password = PW_WRONG;
    await expectRefused(project, db, ["upgrade", "head", "--url", url.toString()], ["access denied"], [PW_WRONG]);
  });

  it("an unreachable host and a missing database", async () => {
    await expectRefused(project, db, ["upgrade", "head", "--url", `mysql://u:${PW_UNREACHABLE}@127.0.0.1:1/x`], [], [PW_UNREACHABLE]);
    await expectRefused(project, db, ["upgrade", "head", "--url", "mysql://root@127.0.0.1:3306/does_not_exist_xyz"],
      ['"does_not_exist_xyz"']);
  });
});

describe.skipIf(await skipWithoutServer("postgresql"))("PostgreSQL permission denied on DDL", () => {
  const role = `athanor_nocreate_${randomBytes(4).toString("hex")}`;
  let db: ScratchDatabase;
  let project: Project;
  beforeAll(async () => {
    db = await createScratchDatabase("postgresql");
    // A role that may log in but not create anything in the scratch database's public schema.
    await query(db.url, `CREATE ROLE ${role} LOGIN; REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    const url = new URL(db.url);
    url.username = role;
    project = new Project(url.toString());
    project.writeRevision({ id: "b0d000000001", down: null, ...table("t1") });
  });
  afterAll(async () => {
    project?.remove();
    await db?.drop();
    await query(db.url.replace(/\/[^/]*$/, "/test"), `DROP ROLE IF EXISTS ${role}`);
  });

  it("upgrade as a role without CREATE: one line saying so, nothing created", async () => {
    await expectRefused(project, db, ["upgrade", "head"], ["permission denied for schema public"]);
    await expectRefused(project, db, ["stamp", "head"], ["permission denied"]);
  });
});

describe("bad revision files, models and directories", () => {
  let db: ScratchDatabase;
  let project: Project;
  beforeAll(async () => { db = await createScratchDatabase("sqlite"); });
  afterAll(async () => { await db?.drop(); });
  beforeEach(() => {
    project = new Project(db.url, { config: `export default { url: ${JSON.stringify(db.url)}, migrations: "./migrations", models: "./models.ts" };\n` });
  });
  afterEach(() => project.remove());
  const revision = (lines: string[]) => writeFileSync(join(project.dir, "migrations/versions", "b0e_x.ts"),
    ['import type { Op } from "athanor";', ...lines].join("\n"));
  const body = ["export async function upgrade(op: Op) {}", "export async function downgrade(op: Op) {}"];

  it("exports of the wrong type", async () => {
    revision(["export const revision = 123456789012;", "export const downRevision = null;", ...body]);
    await expectRefused(project, db, ["upgrade", "head"], ['export "revision" must be a string', "b0e_x.ts"]);
    revision(['export const revision = "b0e000000001";', "export const downRevision = 42;", ...body]);
    await expectRefused(project, db, ["upgrade", "head"], ['export "downRevision" must be a string']);
    revision(['export const revision = "b0e000000001";', "export const downRevision = null;", "export const upgrade = 5;", body[1]!]);
    await expectRefused(project, db, ["upgrade", "head"], ['"upgrade" must be an exported function']);
  });

  it("--sql with a command that needs a live database", async () => {
    project.writeRevision({ id: "b0e000000002", down: null, ...table("t1") });
    await expectRefused(project, db, ["current", "--sql"], ["--sql"]);
    await expectRefused(project, db, ["check", "--sql"], ["--sql"]);
    // A revision reading the database with op.query() cannot become a script.
    project.writeRevision({ id: "b0e000000003", down: "b0e000000002", upgrade: '  await op.query("SELECT 1");' });
    await expectRefused(project, db, ["upgrade", "head", "--sql", "-q"], ["op.query() needs a live database", "--sql"]);
  });

  it("a versions directory that is a file, or that cannot be written to", async () => {
    const versions = join(project.dir, "migrations/versions");
    rmSync(versions, { recursive: true });
    writeFileSync(versions, "not a directory\n");
    await expectRefused(project, db, ["revision", "-m", "x"], [`versions directory ${versions} is not a directory`]);
    await expectRefused(project, db, ["upgrade", "head"], ["is not a directory"]);
    rmSync(versions);
    mkdirSync(versions);
    // We run as root, for whom permissions do not stop a write; the immutable attribute (ext4) does.
    try { execFileSync("chattr", ["+i", versions], { stdio: "ignore" }); } catch { return; }
    try {
      await expectRefused(project, db, ["revision", "-m", "x"], ["cannot write revision file", "operation not permitted"]);
    } finally {
      execFileSync("chattr", ["-i", versions]);
    }
  });

  it("a models module missing, throwing, or exporting nothing (check)", async () => {
    project.writeRevision({ id: "b0e000000004", down: null, ...table("t1") });
    await project.ok(["upgrade", "head"]);
    const models = join(project.dir, "models.ts");
    await expectRefused(project, db, ["check"], [`models module ${models} does not exist`]);
    writeFileSync(models, 'throw new Error("the models broke");\n');
    await expectRefused(project, db, ["check"], [`models module ${models} failed to load: the models broke`]);
    writeFileSync(models, "export const answer = 42;\n");
    await expectRefused(project, db, ["check"], [`models module ${models} exports no table()`]);
    await expectRefused(project, db, ["revision", "--autogenerate", "-m", "x"], [`models module ${models} exports no table()`]);
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

    it("a models module that throws while the database's catalog is being read", async () => {
      chain("b1c000000001");
      await project.ok(["upgrade", "head"]);
      writeFileSync(join(project.dir, "migrate.config.ts"), [
        `export default { url: ${JSON.stringify(db.url)}, migrations: "./migrations", models: "./models.ts", lockTimeout: 30 };`, ""].join("\n"));
      const models = join(project.dir, "models.ts");
      // Some work first, so the catalog queries sent before the module runs are still out when it throws.
      writeFileSync(models, 'let n = 0;\nfor (let i = 0; i < 2e6; i += 1) n += i;\nthrow new Error(`the models broke after ${n > 0}`);\n');
      try {
        for (const args of [["check"], ["revision", "--autogenerate", "-m", "x"]]) {
          const line = await refused(args, [`models module ${models} failed to load: the models broke after true`]);
          expect(line).not.toMatch(/unhandled|terminated/i);
        }
      } finally {
        // The database is shared by this file's tests: leave it empty.
        await project.ok(["downgrade", "base"]);
      }
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

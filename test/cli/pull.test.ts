/**
 * `migrate pull` through the real CLI, beyond the corpus round trips: bad
 * input (one line, exit 1, nothing written), and unusual but legitimate
 * databases (empty, names that need quoting, athanor's own tables,
 * includeObject, other schemas, postWrite, progress).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { applyWithClient, DIALECTS, expectCleanError, snapshotFiles, tablesOf } from "../helpers/cli.js";
import { createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { BIN, Project } from "../helpers/project.js";
import {
  AWKWARD, awkwardTableNames, checkClean, expectGoodExportNames, exportNames, modelsPath, pullConfig, pullOk, pullProject, readModels,
  show,
} from "../helpers/pull.js";

/** Runs a pull that must be refused: one `error:` line, exit 1, the project's files byte for byte as they were. */
async function expectRefused(project: Project, args: readonly string[], mentions: readonly string[] = []): Promise<string> {
  const before = snapshotFiles(project.dir);
  const line = expectCleanError(await project.run(args));
  for (const text of mentions) expect(line).toContain(text);
  expect(snapshotFiles(project.dir)).toEqual(before);
  return line;
}

describe("bad input: one line, exit 1, nothing written", () => {
  let db: ScratchDatabase;
  let project: Project;
  beforeAll(async () => {
    db = await createScratchDatabase("sqlite");
    await applyWithClient(db, "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL);");
  });
  afterAll(async () => { await db?.drop(); });
  beforeEach(() => { project = pullProject(db.url); });
  afterEach(() => project.remove());

  it("an unreachable database", async () => {
    await expectRefused(project, ["pull", "--url", "postgresql://postgres@127.0.0.1:1/x"], ["cannot connect"]);
    expect(existsSync(modelsPath(project))).toBe(false);
  });

  it("an existing models file without --force; --force replaces it", async () => {
    writeFileSync(modelsPath(project), "// my own models\nexport {};\n");
    await expectRefused(project, ["pull"], [modelsPath(project), "--force"]);
    const source = await pullOk(project, ["--force"]);
    expect(source).toContain('table("t", {');
    expect(readdirSync(project.dir).sort()).toEqual(["migrate.config.ts", "migrations", "models.ts"]);
  });

  it("an existing empty models file is no models: written without --force", async () => {
    writeFileSync(modelsPath(project), "\n  \n");
    expect(await pullOk(project)).toContain('table("t", {');
  });

  it("an unwritable path: under a regular file, or a directory", async () => {
    writeFileSync(join(project.dir, "notes.txt"), "not a folder\n");
    await expectRefused(project, ["pull", "--out", "notes.txt/models.ts"], ["notes.txt", "not a directory"]);
    await expectRefused(project, ["pull", "--out", "notes.txt/deeper/models.ts", "--force"], ["not a directory"]);
    await expectRefused(project, ["pull", "--out", "migrations"], ["is a directory"]);
    await expectRefused(project, ["pull", "--out", join(project.dir, "migrations/versions"), "--force"], ["is a directory"]);
  });

  it("an unknown --format, and --out or --force with a format that prints", async () => {
    await expectRefused(project, ["pull", "--format", "yaml"], ["yaml"]);
    await expectRefused(project, ["pull", "--format", "json", "--out", "schema.ts"], ["--out"]);
    await expectRefused(project, ["pull", "--format", "mermaid", "--force"], ["--force"]);
  });

  it("a config without models and no --out; with --out it writes there", async () => {
    const bare = new Project(db.url);
    try {
      await expectRefused(bare, ["pull"], ["models", "--out"]);
      expect(await pullOk(bare, ["--out", "schema/models.ts"])).toContain('table("t", {');
    } finally {
      bare.remove();
    }
  });

  it("a config with several databases and no -n; with -n it pulls that one", async () => {
    const other = await createScratchDatabase("sqlite");
    const multi = new Project(db.url, { config: [
      "export default { databases: {",
      `  main: { url: ${JSON.stringify(db.url)}, models: "./models.ts", migrations: "./migrations/main" },`,
      `  other: { url: ${JSON.stringify(other.url)}, models: "./other.models.ts", migrations: "./migrations/other" },`,
      "} };",
      "",
    ].join("\n") });
    try {
      await expectRefused(multi, ["pull"], ["-n"]);
      expect(await pullOk(multi, ["-n", "main"])).toContain('table("t", {');
    } finally {
      multi.remove();
      await other.drop();
    }
  });
});

for (const dialect of ["postgresql", "mysql"] as const) {
  describe.skipIf(await skipWithoutServer(dialect))(`bad input on ${dialect}`, () => {
    let db: ScratchDatabase;
    let project: Project;
    beforeAll(async () => {
      db = await createScratchDatabase(dialect);
      await applyWithClient(db, "CREATE TABLE t (id INTEGER PRIMARY KEY);");
      project = pullProject(db.url);
    });
    afterAll(async () => {
      project?.remove();
      await db?.drop();
    });

    it("a schema that does not exist", async () => {
      await expectRefused(project, ["pull", "--schema", "nope"], ['"nope"']);
      await expectRefused(project, ["pull", "--schema", "nope", "-q"], ['"nope"']);
      expect(existsSync(modelsPath(project))).toBe(false);
    });
  });
}

for (const dialect of DIALECTS) {
  describe.skipIf(await skipWithoutServer(dialect))(`unusual but legitimate databases on ${dialect}`, () => {
    const scratch: ScratchDatabase[] = [];
    const projects: Project[] = [];
    const database = async (sql: string): Promise<ScratchDatabase> => {
      const db = await createScratchDatabase(dialect);
      scratch.push(db);
      if (sql.trim() !== "") await applyWithClient(db, sql);
      return db;
    };
    const project = (url: string, extra: readonly string[] = []): Project => {
      const made = pullProject(url, extra);
      projects.push(made);
      return made;
    };
    afterAll(async () => {
      for (const p of projects) p.remove();
      for (const db of scratch) await db.drop();
    });

    it("an empty database: an empty models module that loads, and autogenerate then writes no ops", async () => {
      const db = await database("");
      const p = project(db.url);
      const source = await pullOk(p);
      expect(exportNames(source)).toEqual([]);
      await checkClean(p);
      const revision = await p.run(["revision", "--autogenerate", "-m", "nothing yet"]);
      expect(revision.code, show(revision)).toBe(0);
      const written = readFileSync(revision.stdout.trim().split("\n").at(-1)!, "utf8");
      expect(written).not.toContain("op.");
    });

    it("names that need quoting, clash with keywords and builders, or differ only in case: the module loads and check is clean", async () => {
      const db = await database(AWKWARD[dialect]);
      const p = project(db.url);
      const source = await pullOk(p);
      for (const name of awkwardTableNames(dialect)) expect(source).toContain(`table(${JSON.stringify(name)}, {`);
      expect(source).toContain('select: ');
      expect(source).toContain('"a\\"b": ');
      expect(exportNames(source)).toHaveLength(awkwardTableNames(dialect).length + (dialect === "postgresql" ? 2 : 0));
      expectGoodExportNames(source);
      // Tables without a primary key are pulled as such.
      for (const name of ["index", "text", "sql"]) {
        const start = source.indexOf(`table(${JSON.stringify(name)}, {`);
        expect(source.slice(start, source.indexOf("\n});", start))).not.toMatch(/primaryKey/);
      }
      await checkClean(p);
    });

    it("athanor's own tables are never pulled, whatever the config calls them", async () => {
      const variants = [
        { versionTable: "migrate_version", historyTable: "migrate_history", config: [] },
        { versionTable: "alembic_version", historyTable: "migrate_history", config: ['versionTable: "alembic_version",'] },
        { versionTable: "schema_version", historyTable: "schema_runs",
          config: ['versionTable: "schema_version",', 'historyTable: "schema_runs",'] },
      ];
      for (const { versionTable, historyTable, config } of variants) {
        const db = await database("");
        const p = project(db.url, config);
        p.writeRevision({ id: "a1b2c3d4e5f6", upgrade: '  await op.createTable("t", { id: integer().primaryKey() });',
          downgrade: '  await op.dropTable("t");' });
        const up = await p.run(["upgrade", "head"]);
        expect(up.code, show(up)).toBe(0);
        expect(await tablesOf(dialect, db.url)).toEqual([historyTable, versionTable, "t"].sort());
        const source = await pullOk(p);
        expect(exportNames(source)).toEqual(["t"]);
        expect(source).not.toContain(versionTable);
        expect(source).not.toContain(historyTable);
        await checkClean(p);
      }
    });

    it("includeObject leaves tables and columns out, and check stays clean", async () => {
      const db = await database(`
        CREATE TABLE keep_me (id INTEGER PRIMARY KEY, secret_token VARCHAR(40), name VARCHAR(40));
        CREATE TABLE legacy_orders (id INTEGER PRIMARY KEY);
        CREATE TABLE legacy_lines (id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES legacy_orders (id));
      `);
      const p = project(db.url, [
        'includeObject: (obj) => !(obj.kind === "table" && obj.name.startsWith("legacy_")) && !(obj.kind === "column" && obj.name === "secret_token"),',
      ]);
      const source = await pullOk(p);
      expect(exportNames(source)).toEqual(["keepMe"]);
      expect(source).not.toMatch(/legacy_|secret_token/);
      expect(source).toContain("name: ");
      await checkClean(p);
    });

    it("what the models module could not load with is written as it is and said on stderr", async () => {
      const db = await database(`
        CREATE TABLE accounts (id INTEGER PRIMARY KEY);
        CREATE TABLE notes (id INTEGER PRIMARY KEY, account_id INTEGER, secret VARCHAR(40), title VARCHAR(40),
          FOREIGN KEY (account_id) REFERENCES accounts (id));
        CREATE INDEX ix_notes_secret ON notes (secret, title);
      `);
      const p = project(db.url, ['includeObject: (obj) => obj.name !== "accounts" && obj.name !== "secret",']);
      const pulled = await p.run(["pull"]);
      expect(pulled.code, show(pulled)).toBe(0);
      expect(pulled.stdout.trim()).toBe(modelsPath(p));
      const warnings = pulled.stderr.split("\n").filter((line) => line.startsWith("warning: "));
      expect(warnings).toHaveLength(2);
      expect(warnings.find((w) => w.includes("-> accounts"))).toMatch(/points at a table that was not pulled/);
      expect(warnings.find((w) => w.includes("ix_notes_secret"))).toMatch(/names column secret, which was not pulled/);
      const check = await p.run(["check"]);
      expect(check.code).toBe(1);
      expect(check.stderr).toMatch(/accounts|secret/);
    });

    it("postWrite commands run on the pulled file", async () => {
      const db = await database("CREATE TABLE t (id INTEGER PRIMARY KEY);");
      const p = project(db.url, [`postWrite: [${JSON.stringify("printf '// touched by postWrite\\n' >> {path}")}],`]);
      const source = await pullOk(p);
      expect(source.endsWith("\n// touched by postWrite\n")).toBe(true);
      await checkClean(p);
    });

    it("progress goes to stderr, -q silences it, stdout is only the path", async () => {
      const db = await database("CREATE TABLE t (id INTEGER PRIMARY KEY);");
      const p = project(db.url);
      const loud = await p.run(["pull"]);
      expect(loud.code, show(loud)).toBe(0);
      expect(loud.stdout).toBe(`${modelsPath(p)}\n`);
      expect(loud.stderr.trim().split("\n")).toEqual([
        expect.stringMatching(/^Reading the database\.\.\.$/),
        expect.stringMatching(/^Read 1 table in \d+ ms$/),
      ]);
      const quiet = await p.run(["pull", "--force", "-q"]);
      expect(quiet.code, show(quiet)).toBe(0);
      expect(quiet.stdout).toBe(`${modelsPath(p)}\n`);
      expect(quiet.stderr).toBe("");
    });
  });
}

describe("the untouched starter models.ts of migrate init", () => {
  let db: ScratchDatabase;
  beforeAll(async () => {
    db = await createScratchDatabase("sqlite");
    await applyWithClient(db, "CREATE TABLE t (id INTEGER PRIMARY KEY);");
  });
  afterAll(async () => { await db?.drop(); });

  const initialised = (): Project => {
    const dir = mkdtempSync(join(tmpdir(), "athanor-test-"));
    execFileSync(process.execPath, [BIN, "init", "--dialect", "sqlite", "-q"], { cwd: dir, env: { ...process.env, DATABASE_URL: "" } });
    expect(readFileSync(join(dir, "models.ts"), "utf8")).toContain('table("users"');
    return new Project(db.url, { dir, config: pullConfig(db.url) });
  };

  it("is replaced without --force", async () => {
    const p = initialised();
    try {
      expect(await pullOk(p)).toContain('table("t", {');
      await checkClean(p);
    } finally {
      p.remove();
    }
  });

  it("once edited, it is the user's: refused without --force", async () => {
    const p = initialised();
    try {
      writeFileSync(modelsPath(p), `${readModels(p)}// mine now\n`);
      await expectRefused(p, ["pull"], ["--force"]);
    } finally {
      p.remove();
    }
  });
});

describe.skipIf(await skipWithoutServer("postgresql"))("--schema on PostgreSQL", () => {
  let db: ScratchDatabase;
  const projects: Project[] = [];
  beforeAll(async () => {
    db = await createScratchDatabase("postgresql");
    await applyWithClient(db, `
      CREATE TABLE main_things (id integer PRIMARY KEY);
      CREATE SCHEMA other;
      CREATE TYPE other.colour AS ENUM ('red', 'green');
      CREATE TABLE other.things (id integer PRIMARY KEY, colour other.colour);
      CREATE TABLE other.refs (id integer PRIMARY KEY, thing_id integer REFERENCES other.things (id));
    `);
  });
  afterAll(async () => {
    for (const p of projects) p.remove();
    await db?.drop();
  });
  const project = (extra: readonly string[] = []): Project => {
    const made = pullProject(db.url, extra);
    projects.push(made);
    return made;
  };

  it("pulls the other schema's tables with { schema }, and check is clean when includeObject limits to it", async () => {
    const p = project(['includeObject: (obj) => obj.schema === "other",']);
    const source = await pullOk(p, ["--schema", "other"]);
    expect(source).toContain('enumType("colour", ["red", "green"], { schema: "other" })');
    expect(source.match(/\{ schema: "other" \}\);/g)).toHaveLength(3);
    expect(source).not.toContain("main_things");
    expectGoodExportNames(source);
    await checkClean(p);
  });

  it("pulls both schemas with --schema public --schema other, and check is clean", async () => {
    const p = project();
    const source = await pullOk(p, ["--schema", "public", "--schema", "other"]);
    expect(source).toContain('table("main_things", {');
    expect(source).not.toMatch(/main_things[^;]*schema:/);
    expect(source.match(/\{ schema: "other" \}\);/g)).toHaveLength(3);
    expectGoodExportNames(source);
    await checkClean(p);
  });

  it("the same table name in two schemas gets two export names", async () => {
    const other = await createScratchDatabase("postgresql");
    try {
      await applyWithClient(other, "CREATE SCHEMA audit; CREATE TABLE log (id integer); CREATE TABLE audit.log (id integer);");
      const p = pullProject(other.url);
      projects.push(p);
      const source = await pullOk(p, ["--schema", "public", "--schema", "audit"]);
      expect(exportNames(source).sort()).toEqual(["auditLog", "log"]);
      await checkClean(p);
    } finally {
      await other.drop();
    }
  });
});

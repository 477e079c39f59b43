/**
 * `--json` (issue 15): every command prints exactly one JSON document on stdout and nothing else there, whatever
 * user code prints (the config here console.logs), with the shapes README documents (json-shapes.ts); errors as
 * { error: { message, kind } } with exit 1. One SQLite project taken through every command, then one PostgreSQL run.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  JsonCheck, JsonCurrent, JsonError, JsonInit, JsonLint, JsonListTemplates, JsonMerge, JsonMigrate, JsonOutput, JsonPull,
  JsonRevisionList, JsonRevisionWritten, JsonStamp,
} from "../../src/cli/json-shapes.js";
import { createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { SCHEMA_IMPORT } from "../helpers/autogen.js";
import { Project } from "../helpers/project.js";
import { query } from "../helpers/cli.js";
import { TEST_PASSWORDS } from "../helpers/secrets.js";

const A = "a0150000000a";
const B = "b0150000000b";
const C = "c0150000000c";
const M = "d0150000000d";

function config(url: string): string {
  return [
    'import { defineConfig } from "athanor";',
    // User code printing on stdout: with --json it must reach stderr, not the document's stream.
    'console.log("hello from the config");',
    "export default defineConfig({",
    `  url: ${JSON.stringify(url)},`,
    '  models: "./models.ts",',
    '  migrations: "./migrations",',
    "  lockTimeout: 30,",
    "});",
    "",
  ].join("\n");
}

const USERS = 'export const users = table("users", { id: integer().primaryKey(), name: varchar(100).notNull() });';
const USERS_WITH_AGE = 'export const users = table("users", { id: integer().primaryKey(), name: varchar(100).notNull(), age: integer() });';

let lastStderr = "";

/**
 * Runs `migrate ARGS --json`, expects the exit code, and returns the document. stdout must be that one document
 * exactly as JSON.stringify(doc, null, 2) writes it: nothing before it, nothing after it but one newline.
 */
async function json<T extends JsonOutput>(project: Project, args: readonly string[], code = 0): Promise<T> {
  const result = await project.run([...args, "--json"]);
  lastStderr = result.stderr;
  expect(result.code, `migrate ${args.join(" ")}\nstdout: ${result.stdout}\nstderr: ${result.stderr}`).toBe(code);
  const doc = JSON.parse(result.stdout) as T;
  expect(result.stdout).toBe(`${JSON.stringify(doc, null, 2)}\n`);
  if (code !== 0 && "error" in doc) expect(result.stderr).toContain("error: ");
  return doc;
}

describe("--json (sqlite): one document per command", () => {
  let db: ScratchDatabase;
  let project: Project;

  beforeAll(async () => {
    db = await createScratchDatabase("sqlite");
    project = new Project(db.url, { config: config(db.url) });
    writeFileSync(join(project.dir, "models.ts"), `${SCHEMA_IMPORT}\n${USERS}\n`);
  });
  afterAll(async () => {
    project?.remove();
    await db?.drop();
  });

  it("init and list-templates", async () => {
    const dir = mkdtempSync(join(tmpdir(), "athanor-json-init-"));
    try {
      const empty = new Project("sqlite:///unused.db", { dir });
      rmSync(join(dir, "migrate.config.ts"));
      rmSync(join(dir, "migrations"), { recursive: true });
      const init = await json<JsonInit>(empty, ["init", "migrations"]);
      expect(init.command).toBe("init");
      expect(init.kept).toEqual([]);
      expect(init.created).toContain(join(dir, "migrate.config.ts"));
      for (const path of init.created) expect(existsSync(path), path).toBe(true);
      const templates = await json<JsonListTemplates>(empty, ["list-templates"]);
      expect(templates.command).toBe("list-templates");
      expect(templates.templates.map((t) => t.name)).toEqual(expect.arrayContaining(["generic", "multidb"]));
      for (const t of templates.templates) expect(t.description).toEqual(expect.any(String));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("revision, upgrade (--sql and online), current, history, heads, branches, show, merge, stamp, downgrade", async () => {
    const first = await json<JsonRevisionWritten>(project, ["revision", "--autogenerate", "-m", "users", "--rev-id", A]);
    expect(first).toEqual({
      command: "revision", database: null, revision: A, path: join(project.dir, "migrations/versions", `${A}_users.ts`),
      changes: [{ sign: "+", text: "table users" }], dropsAllTables: null,
    });
    expect(existsSync(first.path)).toBe(true);

    const offline = await json<JsonMigrate>(project, ["upgrade", "base:head", "--sql"]);
    expect(offline).toMatchObject({ command: "upgrade", ok: true, databases: [{ database: null, from: [], to: [A] }] });
    expect(offline.sql).toMatch(/CREATE TABLE "users"/);
    expect(offline.databases[0]!.applied).toEqual([{ revision: A, direction: "upgrade", message: "users" }]);

    const up = await json<JsonMigrate>(project, ["upgrade"]);
    expect(up).toEqual({
      command: "upgrade", ok: true, sql: null, jobs: 1, failFast: false, durationMs: expect.any(Number),
      totals: { databases: 1, ok: 1, failed: 0, notStarted: 0, revisionsApplied: 1 },
      databases: [{
        database: null, status: "ok", durationMs: expect.any(Number), error: null,
        from: [], to: [A], applied: [{ revision: A, direction: "upgrade", message: "users" }], warnings: [], atBoundary: null,
      }],
    });
    const again = await json<JsonMigrate>(project, ["upgrade", "-q"]);
    expect(again.databases[0]).toMatchObject({ from: [A], to: [A], applied: [] });
    // The config's console.log reached stderr (stdout held the document alone: json() checked).
    expect(lastStderr).toContain("hello from the config");

    const plain = await json<JsonRevisionWritten>(project, ["revision", "-m", "second", "--rev-id", B]);
    expect(plain).toMatchObject({ command: "revision", revision: B, changes: null, dropsAllTables: null });
    await json<JsonMigrate>(project, ["upgrade"]);

    // A branch from A, then a merge of the two heads; then the read-only commands, at once.
    await json<JsonRevisionWritten>(project, ["revision", "-m", "side", "--rev-id", C, "--head", A, "--splice"]);
    const merge = await json<JsonMerge>(project, ["merge", "heads", "-m", "join", "--rev-id", M]);
    expect(merge).toEqual({ command: "merge", database: null, revision: M, path: join(project.dir, "migrations/versions", `${M}_join.ts`) });
    const [current, heads, branches, history, show] = await Promise.all([
      json<JsonCurrent>(project, ["current"]),
      json<JsonRevisionList>(project, ["heads"]),
      json<JsonRevisionList>(project, ["branches"]),
      json<JsonRevisionList>(project, ["history", "-i"]),
      json<JsonRevisionList>(project, ["show", A.slice(0, 6)]),
    ]);

    expect(current.command).toBe("current");
    expect(current.databases).toHaveLength(1);
    expect(current.databases[0]).toMatchObject({ database: null, current: [B], unknown: [], failure: null });
    expect(current.databases[0]!.revisions[0]).toMatchObject({
      revision: B, message: "second", downRevisions: [A], children: [M], isHead: false, isCurrent: true, path: plain.path,
    });
    expect(current.databases[0]!.revisions[0]!.appliedAt).toEqual(expect.any(String));

    expect(heads).toMatchObject({ command: "heads", databases: [{ database: null, revisions: [{ revision: M, isHead: true }] }] });
    expect(heads.databases[0]!.revisions).toHaveLength(1);
    expect(branches.command).toBe("branches");
    expect(branches.databases[0]!.revisions).toHaveLength(1);
    expect(branches.databases[0]!.revisions[0]).toMatchObject({ revision: A, isBranchPoint: true });
    expect([...branches.databases[0]!.revisions[0]!.children].sort()).toEqual([B, C]);

    expect(history.command).toBe("history");
    const revs = history.databases[0]!.revisions;
    expect(revs[0]).toMatchObject({ revision: M, isMerge: true, isHead: true, isCurrent: false });
    expect([...revs[0]!.downRevisions].sort()).toEqual([B, C]);
    expect(revs.map((r) => r.revision).sort()).toEqual([A, B, C, M]);
    expect(revs.find((r) => r.revision === B)!.isCurrent).toBe(true);
    for (const r of revs) {
      expect(Object.keys(r).sort()).toEqual(["appliedAt", "branchLabels", "children", "createDate", "dependsOn", "downRevisions",
        "isBranchPoint", "isCurrent", "isHead", "isMerge", "labels", "message", "path", "revision", "transactional"]);
    }
    expect(show).toMatchObject({ command: "show", databases: [{ database: null, revisions: [{ revision: A, message: "users" }] }] });

    const stampSql = await json<JsonStamp>(project, ["stamp", C, "--sql"]);
    expect(stampSql.command).toBe("stamp");
    expect(stampSql.sql).toContain(C);
    const stamp = await json<JsonStamp>(project, ["stamp", C, "--purge"]);
    expect(stamp).toMatchObject({ command: "stamp", ok: true, sql: null, databases: [{ database: null, status: "ok", error: null, from: [B], to: [C] }] });

    const down = await json<JsonMigrate>(project, ["downgrade", "base"]);
    expect(down).toMatchObject({ command: "downgrade", ok: true, sql: null, databases: [{ from: [C], to: [] }] });
    expect(down.databases[0]!.applied.map((s) => [s.revision, s.direction])).toEqual([[C, "downgrade"], [A, "downgrade"]]);
    await json<JsonMigrate>(project, ["upgrade", "heads"]);
  });

  it("check: ok, then the differences as ops with exit 1; pull; lint", async () => {
    expect(await json<JsonCheck>(project, ["check"])).toEqual({
      command: "check", ok: true, databases: [{ database: null, changes: [], operations: [], diff: null }],
    });
    writeFileSync(join(project.dir, "models.ts"), `${SCHEMA_IMPORT}\n${USERS_WITH_AGE}\n`);
    try {
      const check = await json<JsonCheck>(project, ["check", "--diff"], 1);
      expect(check.ok).toBe(false);
      const found = check.databases[0]!;
      expect(found.changes).toEqual([{ sign: "+", text: "column users.age" }]);
      expect(found.operations).toHaveLength(1);
      expect(found.operations[0]).toMatchObject({ kind: "addColumn", table: { name: "users", schema: null }, column: { name: "age" } });
      expect(found.diff).toContain("age");
    } finally {
      writeFileSync(join(project.dir, "models.ts"), `${SCHEMA_IMPORT}\n${USERS}\n`);
    }

    const out = join(project.dir, "pulled.ts");
    const pulled = await json<JsonPull>(project, ["pull", "--out", out]);
    expect(pulled).toEqual({ command: "pull", database: null, format: "ts", path: out, text: null, tables: 1, enums: 0, warnings: [] });
    expect(existsSync(out)).toBe(true);
    const schema = await json<JsonPull>(project, ["pull", "--format", "json"]);
    expect(schema).toMatchObject({ format: "json", path: null, tables: 1 });
    expect(JSON.parse(schema.text!)).toMatchObject({ format: "athanor-schema", tables: [{ name: "users" }] });

    // lint's own --json of before is the global one now: same document, plus command and ok.
    const lint = await json<JsonLint>(project, ["lint", "base:head"]);
    expect(lint).toMatchObject({ command: "lint", ok: true, databases: [{ database: null, dialect: "sqlite", failures: 0 }] });
    expect(lint.databases[0]!.revisions.map((r) => r.revision)).toContain(A);
  });

  it("errors: one document { error: { message, kind } } and exit 1", async () => {
    const [unknownTarget, unreachable, usage, badConfig] = await Promise.all([
      json<JsonError>(project, ["upgrade", "nosuchrev"], 1),
      json<JsonError>(project, ["current", "--url", `postgresql://u:${TEST_PASSWORDS.unreachable}@127.0.0.1:1/x`], 1),
      json<JsonError>(project, ["upgrade", "--no-such-option"], 1),
      json<JsonError>(project, ["current", "-c", "missing.config.ts"], 1),
    ]);
    expect(unknownTarget).toEqual({ error: { kind: "TargetError", message: expect.stringContaining("nosuchrev") } });
    expect(unreachable.error.kind).toBe("DatabaseError");
    expect(unreachable.error.message).toContain("127.0.0.1:1");
    expect(JSON.stringify(unreachable)).not.toContain(TEST_PASSWORDS.unreachable);
    expect(usage).toEqual({ error: { kind: "UsageError", message: expect.stringContaining("--no-such-option") } });
    expect(badConfig.error.kind).toBe("ConfigError");
    expect(Object.keys(badConfig.error).sort()).toEqual(["kind", "message"]);
  });

  it("a failing revision: MigrationError with where it failed", async () => {
    project.writeRevision({ id: "e0150000000e", down: M, message: "breaks", upgrade: '  await op.execute("SELECT * FROM no_such_table");' });
    try {
      const failed = await json<JsonError>(project, ["upgrade"], 1);
      expect(failed.error).toMatchObject({
        kind: "MigrationError",
        migration: { revision: "e0150000000e", direction: "upgrade", atBoundary: expect.any(Boolean), appliedOps: [] },
      });
      expect(failed.error.message).toContain("no_such_table");
    } finally {
      rmSync(join(project.dir, "migrations/versions/e0150000000e_rev.ts"));
    }
  });
});

describe("--json with several databases", () => {
  let dir: string;
  let project: Project;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "athanor-json-multi-"));
    project = new Project("", {
      dir,
      config: [
        'import { defineConfig } from "athanor";',
        "export default defineConfig({ databases: {",
        `  main: { url: ${JSON.stringify(`sqlite:///${join(dir, "main.db")}`)}, migrations: "./migrations" },`,
        `  analytics: { url: ${JSON.stringify(`sqlite:///${join(dir, "analytics.db")}`)}, migrations: "./migrations" },`,
        "} });",
        "",
      ].join("\n"),
    });
    project.writeRevision({ id: A, down: null, message: "t", upgrade: '  await op.createTable("t", { id: integer().primaryKey() });' });
  });
  afterAll(() => project?.remove());

  it("one entry per database, by name, in config order; a failed one with its error, exit 1", async () => {
    const up = await json<JsonMigrate>(project, ["upgrade", "--jobs", "2"]);
    expect(up).toMatchObject({ command: "upgrade", ok: true, jobs: 2, totals: { databases: 2, ok: 2, failed: 0 } });
    expect(up.databases.map((d) => [d.database, d.status, d.to])).toEqual([["main", "ok", [A]], ["analytics", "ok", [A]]]);
    const current = await json<JsonCurrent>(project, ["current"]);
    expect(current.databases.map((d) => [d.database, d.current])).toEqual([["main", [A]], ["analytics", [A]]]);
    const one = await json<JsonCurrent>(project, ["current", "-n", "analytics"]);
    expect(one.databases.map((d) => d.database)).toEqual(["analytics"]);

    // B creates a table analytics already has: analytics fails, main goes on.
    await query(`sqlite:///${join(dir, "analytics.db")}`, "CREATE TABLE taken (id INTEGER)");
    project.writeRevision({ id: B, down: A, message: "taken", upgrade: '  await op.createTable("taken", { id: integer().primaryKey() });' });
    const failed = await json<JsonMigrate>(project, ["upgrade"], 1);
    expect(failed).toMatchObject({ ok: false, totals: { databases: 2, ok: 1, failed: 1, notStarted: 0, revisionsApplied: 1 } });
    expect(failed.databases[0]).toMatchObject({ database: "main", status: "ok", error: null, from: [A], to: [B] });
    expect(failed.databases[1]).toMatchObject({
      database: "analytics", status: "failed", from: [A], to: [A], applied: [], atBoundary: true,
      error: { kind: "MigrationError", revision: B, message: expect.stringContaining("taken") },
    });
    const stamp = await json<JsonStamp>(project, ["stamp", A]);
    expect(stamp).toMatchObject({ command: "stamp", ok: true, databases: [{ database: "main", from: [B], to: [A] }, { database: "analytics", from: [A], to: [A] }] });
  });
});

describe.skipIf(await skipWithoutServer("postgresql"))("--json (postgresql)", () => {
  let db: ScratchDatabase;
  let project: Project;

  beforeAll(async () => {
    db = await createScratchDatabase("postgresql");
    project = new Project(db.url, { config: config(db.url) });
    writeFileSync(join(project.dir, "models.ts"), `${SCHEMA_IMPORT}\n${USERS}\n`);
  });
  afterAll(async () => {
    project?.remove();
    await db?.drop();
  });

  it("autogenerate, upgrade, current, check with a difference", async () => {
    await json<JsonRevisionWritten>(project, ["revision", "--autogenerate", "-m", "users", "--rev-id", A]);
    const up = await json<JsonMigrate>(project, ["upgrade"]);
    expect(up.databases[0]).toMatchObject({ database: null, from: [], to: [A], applied: [{ revision: A }] });
    const current = await json<JsonCurrent>(project, ["current"]);
    expect(current.databases[0]!.current).toEqual([A]);
    writeFileSync(join(project.dir, "models.ts"), `${SCHEMA_IMPORT}\n${USERS_WITH_AGE}\n`);
    const check = await json<JsonCheck>(project, ["check"], 1);
    expect(check.ok).toBe(false);
    expect(check.databases[0]!.operations[0]).toMatchObject({ kind: "addColumn", table: { name: "users", schema: null } });
  });
});

/**
 * Tenant schemas: one migration history serving many tenants through the `schema` setting, as a fleet's config
 * describes them (a config function listing tenants from a catalog table with the `pg` driver).
 *
 * PostgreSQL: three tenants at different revisions; upgrade (which creates a new tenant's schema), downgrade,
 * current and check per tenant; every tenant's tables, version table and history inside its own schema and nothing
 * in public; autogenerate against a tenant writes unqualified names; an offline script starts in the tenant's
 * schema and, applied by itself, brings a new tenant to head; a tenant's lock does not block another tenant.
 * MySQL: two tenant databases, one per entry. And the setting's validation, and SQLite's refusal.
 */
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveConfig } from "../../src/config/load.js";
import { expectCleanError, query, snapshotFiles } from "../helpers/cli.js";
import { connectUrl, createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { advisoryKey } from "../helpers/locks.js";
import { Project, ROOT, type CliResult } from "../helpers/project.js";

const MODELS_V1 = `import { table, integer, varchar, index, foreignKey } from "athanor/schema";
export const users = table("users", {
  id: integer().primaryKey().autoIncrement(),
  email: varchar(200).notNull(),
}, [index("ix_users_email", ["email"], { unique: true })]);
export const posts = table("posts", {
  id: integer().primaryKey().autoIncrement(),
  user_id: integer().notNull(),
  title: varchar(200).notNull(),
}, [foreignKey("fk_posts_user", ["user_id"], "users", ["id"], { onDelete: "cascade" })]);
`;
const MODELS_V2 = MODELS_V1.replace("email: varchar(200).notNull(),", "email: varchar(200).notNull(),\n  nickname: varchar(50),");

/** `pg` (or `mysql2`) importable from the project's folder, as it is from an application's. */
function linkPackage(project: Project, name: string): void {
  mkdirSync(join(project.dir, "node_modules"), { recursive: true });
  const target = join(project.dir, "node_modules", name);
  if (!existsSync(target)) symlinkSync(join(ROOT, "node_modules", name), target, "dir");
}

/** A fleet's failed database: exit 1, its one error line (labelled with its name by a run over the fleet), no stack trace; the message. */
function tenantError(result: CliResult, name: string): string {
  expect(result.code, result.stderr).toBe(1);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  const lines = result.stderr.split("\n").filter((line) => line.startsWith(`[${name}] error: `) || line.startsWith("error: "));
  expect(lines, result.stderr).toHaveLength(1);
  return lines[0]!;
}

function revisionFiles(project: Project): string[] {
  return project.files().map((f) => readFileSync(join(project.dir, "migrations/versions", f), "utf8"));
}

describe.skipIf(await skipWithoutServer("postgresql"))("tenant schemas (postgresql)", () => {
  let db: ScratchDatabase;
  let project: Project;
  let r1 = "";
  let r2 = "";
  const schemaTables = async (schema: string): Promise<string[]> => (await query(db.url,
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = '${schema}' ORDER BY 1`)).map((r) => String(r.name));
  const versionOf = async (schema: string): Promise<string[]> =>
    (await query(db.url, `SELECT version_num FROM "${schema}".migrate_version`)).map((r) => String(r.version_num));
  const schemaExists = async (schema: string): Promise<boolean> =>
    (await query(db.url, `SELECT 1 FROM pg_namespace WHERE nspname = '${schema}'`)).length === 1;

  beforeAll(async () => {
    db = await createScratchDatabase("postgresql");
    // The fleet's catalog, in a schema of its own: public is to stay empty.
    await query(db.url, "CREATE SCHEMA catalog; CREATE TABLE catalog.tenants (name text PRIMARY KEY, active boolean NOT NULL);"
      + " INSERT INTO catalog.tenants VALUES ('tenant_a', true), ('tenant_b', true), ('tenant_c', true), ('tenant_gone', false)");
    project = new Project(db.url, {
      config: [
        'import { defineConfig } from "athanor";',
        'import pg from "pg";',
        `const url = ${JSON.stringify(db.url)};`,
        "export default defineConfig(async () => {",
        "  const client = new pg.Client({ connectionString: url });",
        "  await client.connect();",
        "  try {",
        '    const { rows } = await client.query("SELECT name FROM catalog.tenants WHERE active ORDER BY name");',
        "    return { databases: Object.fromEntries(rows.map((r: { name: string }) => [r.name,",
        '      { url, schema: r.name, migrations: "./migrations", models: "./models.ts", lockTimeout: 30 }])) };',
        "  } finally {",
        "    await client.end();",
        "  }",
        "});",
        "",
      ].join("\n"),
    });
    linkPackage(project, "pg");
    writeFileSync(join(project.dir, "models.ts"), MODELS_V1);
  });
  afterAll(async () => {
    project?.remove();
    await db?.drop();
  });

  it("autogenerate against a tenant's schema writes unqualified names; a new tenant's schema is created by upgrade", async () => {
    // A table of the same name in public must not pass for the tenant's (public is on the tenant's search path).
    await query(db.url, "CREATE TABLE public.users (id integer)");
    const idOf = (path: string): string => /\/([0-9a-f]{12})_[^/]*\.ts$/.exec(path.trim())![1]!;
    // A new fleet: no tenant's schema exists yet. The first revision is everything the models want, and
    // autogenerate creates nothing.
    const first = await project.ok(["revision", "--autogenerate", "-m", "users and posts", "-n", "tenant_a"]);
    r1 = idOf(first.stdout);
    expect(await schemaExists("tenant_a")).toBe(false);
    await project.ok(["upgrade", "-n", "tenant_a"]);
    writeFileSync(join(project.dir, "models.ts"), MODELS_V2);
    r2 = idOf((await project.ok(["revision", "--autogenerate", "-m", "nickname", "-n", "tenant_a"])).stdout);
    await query(db.url, "DROP TABLE public.users");
    const sources = revisionFiles(project);
    expect(sources).toHaveLength(2);
    for (const source of sources) expect(source).not.toMatch(/tenant_|schema:|public/);
    expect(sources.join("\n")).toMatch(/op\.createTable\("users"/);
    expect(sources.join("\n")).toMatch(/op\.addColumn\("users", "nickname"/);

    await project.ok(["upgrade", "-n", "tenant_a"]);
    await project.ok(["upgrade", r1, "-n", "tenant_b"]);
    expect(await versionOf("tenant_a")).toEqual([r2]);
    expect(await versionOf("tenant_b")).toEqual([r1]);
    expect(await schemaExists("tenant_c")).toBe(false);
  });

  it("a read-only command on a tenant whose schema does not exist: one line, nothing created", async () => {
    const error = tenantError(await project.run(["current", "-n", "tenant_c"]), "tenant_c");
    expect(error).toMatch(/schema "tenant_c" does not exist on postgresql:\/\/.*'migrate upgrade' creates it/);
    tenantError(await project.run(["downgrade", "base", "-n", "tenant_c"]), "tenant_c");
    // With revisions, a missing schema is at base, behind them: autogenerate refuses as for any database behind.
    const files = project.files().length;
    expect(tenantError(await project.run(["revision", "--autogenerate", "-m", "x", "-n", "tenant_c"]), "tenant_c"))
      .toMatch(/schema "tenant_c" does not exist yet, so it is at base, behind the revisions .*'migrate upgrade heads' first/);
    expect(project.files()).toHaveLength(files);
    expect(await schemaExists("tenant_c")).toBe(false);
  });

  it("one history, three tenants at different revisions: upgrade all, check each, downgrade one", async () => {
    // public's own version table (a database that was one app before it was a fleet) is not the tenants'.
    await query(db.url, "CREATE TABLE public.migrate_version (version_num varchar(32) PRIMARY KEY); INSERT INTO public.migrate_version VALUES ('0ld0a0000000')");
    const upgraded = await project.ok(["upgrade"]);
    await query(db.url, "DROP TABLE public.migrate_version");
    expect(upgraded.stderr).toContain(`[tenant_b] Running upgrade ${r1} -> ${r2}`);
    expect(upgraded.stderr).toContain(`[tenant_c] Running upgrade base -> ${r1}`);
    expect(upgraded.stderr).not.toContain("[tenant_a] Running");
    expect(upgraded.stderr).not.toContain("tenant_gone");
    for (const tenant of ["tenant_a", "tenant_b", "tenant_c"]) {
      expect(await versionOf(tenant)).toEqual([r2]);
      expect(await schemaTables(tenant)).toEqual(["migrate_history", "migrate_version", "posts", "users"]);
    }
    const checked = await project.run(["check"]);
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stdout.match(/No differences/g)).toHaveLength(3);

    await project.ok(["downgrade", r1, "-n", "tenant_b"]);
    const current = await project.ok(["current"]);
    expect(current.stdout.replace(/\s+/g, " ").trim())
      .toBe(`[tenant_a] ${r2} (head) [tenant_b] ${r1} [tenant_c] ${r2} (head)`);
    const columns = async (schema: string): Promise<string[]> => (await query(db.url, `SELECT column_name AS c
      FROM information_schema.columns WHERE table_schema = '${schema}' AND table_name = 'users' ORDER BY 1`)).map((r) => String(r.c));
    expect(await columns("tenant_b")).toEqual(["email", "id"]);
    expect(await columns("tenant_c")).toEqual(["email", "id", "nickname"]);
    // tenant_b is behind its models now: check says so for it alone.
    const behind = await project.run(["check", "-n", "tenant_b"]);
    expect(behind.code).toBe(1);
    expect(await project.run(["check", "-n", "tenant_c"])).toMatchObject({ code: 0 });

    // pull reads the tenant's schema as the default one: its tables unqualified, nothing of public's or another's.
    const pulled = JSON.parse((await project.ok(["pull", "--format", "json", "-n", "tenant_c"])).stdout) as
      { tables: { name: string; schema: string | null }[] };
    expect(pulled.tables.map((t) => [t.name, t.schema])).toEqual([["posts", null], ["users", null]]);

    const history = await query(db.url, "SELECT count(*)::int AS n FROM tenant_c.migrate_history WHERE status = 'ok'");
    expect(history[0]!.n).toBe(2);
    // Nothing of any tenant landed in public, and the foreign key points inside the tenant's schema.
    expect(await schemaTables("public")).toEqual([]);
    const fk = await query(db.url, `SELECT confrelid::regclass::text AS ref FROM pg_constraint
      WHERE conname = 'fk_posts_user' AND connamespace = 'tenant_c'::regnamespace`);
    expect(fk).toEqual([{ ref: "tenant_c.users" }]);
  });

  it("an offline script starts in the tenant's schema, creating it for an upgrade, and brings a new tenant to head", async () => {
    await query(db.url, "INSERT INTO catalog.tenants VALUES ('tenant_d', true)");
    const { stdout } = await project.ok(["upgrade", "-n", "tenant_d", "--sql"]);
    const lines = stdout.split("\n").filter((l) => l.trim() !== "");
    expect(lines.slice(0, 3)).toEqual(['CREATE SCHEMA IF NOT EXISTS "tenant_d";', 'SET search_path TO "tenant_d", "public";', "BEGIN;"]);
    expect(stdout).not.toMatch(/"tenant_d"\.|tenant_d\./);
    const connection = await connectUrl(db.url);
    try {
      await connection.execute({ sql: stdout, params: [] });
    } finally {
      await connection.close();
    }
    expect(await versionOf("tenant_d")).toEqual([r2]);
    expect(await project.run(["check", "-n", "tenant_d"])).toMatchObject({ code: 0 });
    expect(await schemaTables("public")).toEqual([]);

    const down = await project.ok(["downgrade", `${r2}:${r1}`, "-n", "tenant_d", "--sql"]);
    expect(down.stdout.split("\n")[0]).toBe('SET search_path TO "tenant_d", "public";');
  });

  it("the lock is per tenant: tenant_a's lock held elsewhere stops tenant_a's run only", async () => {
    const holder = await connectUrl(db.url);
    try {
      await holder.query({ sql: `SELECT pg_advisory_lock(${advisoryKey("athanor:tenant_a.migrate_version")})`, params: [] });
      const other = await project.run(["downgrade", r1, "-n", "tenant_c", "--lock-timeout", "5"]);
      expect(other.code, other.stderr).toBe(0);
      expect(await versionOf("tenant_c")).toEqual([r1]);
      const blocked = tenantError(await project.run(["downgrade", r1, "-n", "tenant_a", "--lock-timeout", "1"]), "tenant_a");
      expect(blocked).toMatch(/migration lock "athanor:tenant_a\.migrate_version" is held by another session/);
      expect(await versionOf("tenant_a")).toEqual([r2]);
    } finally {
      await holder.close();
    }
  });
});

describe.skipIf(await skipWithoutServer("mysql"))("tenant databases (mysql)", () => {
  let db: ScratchDatabase;
  let project: Project;
  const tenants = ["a", "b"].map((t) => `athanor_tenants_${process.pid}_${t}`);

  beforeAll(async () => {
    db = await createScratchDatabase("mysql");
    project = new Project(db.url, {
      config: `export default { databases: {\n${tenants.map((t) =>
        `  ${t}: { url: ${JSON.stringify(db.url)}, schema: "${t}", migrations: "./migrations", models: "./models.ts" },`).join("\n")}\n} };\n`,
    });
    writeFileSync(join(project.dir, "models.ts"), MODELS_V1);
    project.writeRevision({
      id: "7e0a00000001",
      imports: 'import { integer, varchar, foreignKey } from "athanor/schema";',
      upgrade: [
        '  await op.createTable("users", { id: integer().primaryKey().autoIncrement(), email: varchar(200).notNull() });',
        '  await op.createIndex("ix_users_email", "users", ["email"], { unique: true });',
        '  await op.createTable("posts", { id: integer().primaryKey().autoIncrement(), user_id: integer().notNull(),',
        '    title: varchar(200).notNull() }, [foreignKey("fk_posts_user", ["user_id"], "users", ["id"], { onDelete: "cascade" })]);',
      ].join("\n"),
      downgrade: '  await op.dropTable("posts");\n  await op.dropTable("users");',
    });
  });
  afterAll(async () => {
    for (const t of tenants) await query(db.url, `DROP DATABASE IF EXISTS ${t}`).catch(() => undefined);
    project?.remove();
    await db?.drop();
  });

  it("each entry's schema is a database of its own, created by upgrade; check and current read it", async () => {
    await project.ok(["upgrade"]);
    for (const t of tenants) {
      const tables = await query(db.url, `SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = '${t}' ORDER BY 1`);
      expect(tables.map((r) => r.name)).toEqual(["migrate_history", "migrate_version", "posts", "users"]);
      expect(await query(db.url, `SELECT version_num FROM ${t}.migrate_version`)).toEqual([{ version_num: "7e0a00000001" }]);
    }
    expect(await query(db.url, "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()")).toEqual([]);
    expect(await project.run(["check"])).toMatchObject({ code: 0 });
    await project.ok(["downgrade", "base", "-n", tenants[1]!]);
    const current = await project.ok(["current"]);
    expect(current.stdout.replace(/\s+/g, " ").trim()).toBe(`[${tenants[0]}] 7e0a00000001 (head) [${tenants[1]}]`);
    const sql = await project.ok(["upgrade", "-n", tenants[1]!, "--sql"]);
    expect(sql.stdout).toMatch(new RegExp(`^SET NAMES utf8mb4;\\n\\nCREATE DATABASE IF NOT EXISTS \`${tenants[1]}\`;\\n\\nUSE \`${tenants[1]}\`;\\n`));
  });
});

describe("the schema setting", () => {
  const resolve = (config: object) => resolveConfig(config, "/app/migrate.config.ts", { env: {} });

  it("is carried on each database, null when absent", () => {
    const resolved = resolve({ databases: { a: { url: "postgresql://h/db", schema: "tenant_a" }, b: { url: "postgresql://h/db" } } });
    expect(resolved.databases.map((d) => d.schema)).toEqual(["tenant_a", null]);
    expect(resolve({ url: "mysql://h/db", schema: "Tenant-42 $x" }).databases[0]!.schema).toBe("Tenant-42 $x");
  });

  it("refuses what is not a schema name", () => {
    for (const bad of ["", " t", "x".repeat(64), 42, "a\nb"]) {
      expect(() => resolve({ url: "postgresql://h/db", schema: bad })).toThrow(/"schema" must be a schema name/);
    }
  });

  it("is a one-line config error on SQLite, before the file is created", async () => {
    const project = new Project("sqlite:///app.db", {
      config: 'export default { url: "sqlite:///app.db", schema: "tenant_a", migrations: "./migrations" };\n',
    });
    try {
      project.writeRevision({ id: "7e0a00000002", upgrade: '  await op.createTable("t", { id: integer().primaryKey() });' });
      const before = snapshotFiles(project.dir);
      for (const args of [["upgrade"], ["upgrade", "--sql"], ["current"]]) {
        const error = expectCleanError(await project.run(args));
        expect(error).toMatch(/"schema" is for PostgreSQL \(a schema\) and MySQL \(a database\); a sqlite database is one schema/);
      }
      expect(snapshotFiles(project.dir)).toEqual(before);
    } finally {
      project.remove();
    }
  });
});

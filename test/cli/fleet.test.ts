/**
 * The fleet of issue 15's "Done when": 200 PostgreSQL tenant schemas and 50
 * MySQL tenant databases from one migration history, listed at run time by a
 * config function from a catalog table, migrated with --jobs 4. One tenant
 * already has the table the second revision creates, so it fails there: the
 * others reach head, the failed one stays at the first revision (a boundary:
 * one transaction per revision), the --json document names it with its
 * error, and the exit status is 1. (The text summary: fanout.test.ts.)
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { query } from "../helpers/cli.js";
import { createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { Project, ROOT } from "../helpers/project.js";

const PG_TENANTS = 200;
const MYSQL_TENANTS = 50;
const FAILING = "tenant_pg_123";

const skip = (await skipWithoutServer("postgresql")) || (await skipWithoutServer("mysql"));

describe.skipIf(skip)("a fleet of 200 PostgreSQL tenant schemas and 50 MySQL tenant databases", () => {
  let pg: ScratchDatabase;
  let mysql: ScratchDatabase;
  let project: Project;
  const prefix = `athanor_fanout_${randomBytes(3).toString("hex")}`;
  const pgTenants = Array.from({ length: PG_TENANTS }, (_, i) => `tenant_pg_${String(i).padStart(3, "0")}`);
  const mysqlTenants = Array.from({ length: MYSQL_TENANTS }, (_, i) => `${prefix}_${String(i).padStart(2, "0")}`);

  beforeAll(async () => {
    [pg, mysql] = await Promise.all([createScratchDatabase("postgresql"), createScratchDatabase("mysql")]);
    // The catalog the config reads its tenants from, in a schema of its own.
    const rows = [...pgTenants.map((t) => `('${t}', '${pg.url}')`), ...mysqlTenants.map((t) => `('${t}', '${mysql.url}')`)];
    await query(pg.url, "CREATE SCHEMA catalog; CREATE TABLE catalog.tenants (position serial, name text PRIMARY KEY, url text NOT NULL);"
      + ` INSERT INTO catalog.tenants (name, url) VALUES ${rows.join(", ")};`
      + ` CREATE SCHEMA ${FAILING}; CREATE TABLE ${FAILING}.invoices (id integer PRIMARY KEY)`);
    project = new Project(pg.url, {
      config: [
        'import pg from "pg";',
        "export default async () => {",
        `  const client = new pg.Client({ connectionString: ${JSON.stringify(pg.url)} });`,
        "  await client.connect();",
        "  try {",
        '    const { rows } = await client.query("SELECT name, url FROM catalog.tenants ORDER BY position");',
        "    return { databases: Object.fromEntries(rows.map((r: { name: string; url: string }) => [r.name,",
        '      { url: r.url, schema: r.name, migrations: "./migrations", transactionPerMigration: true, lockTimeout: 30 }])) };',
        "  } finally {",
        "    await client.end();",
        "  }",
        "};",
        "",
      ].join("\n"),
    });
    mkdirSync(join(project.dir, "node_modules"), { recursive: true });
    if (!existsSync(join(project.dir, "node_modules/pg"))) symlinkSync(join(ROOT, "node_modules/pg"), join(project.dir, "node_modules/pg"), "dir");
    project.writeRevision({ id: "f1ee70000001", message: "accounts",
      upgrade: '  await op.execute("CREATE TABLE accounts (id integer PRIMARY KEY, name varchar(100) NOT NULL)");',
      downgrade: '  await op.execute("DROP TABLE accounts");' });
    project.writeRevision({ id: "f1ee70000002", down: "f1ee70000001", message: "invoices",
      upgrade: '  await op.execute("CREATE TABLE invoices (id integer PRIMARY KEY, account_id integer NOT NULL)");',
      downgrade: '  await op.execute("DROP TABLE invoices");' });
    project.writeRevision({ id: "f1ee70000003", down: "f1ee70000002", message: "invoice index",
      upgrade: '  await op.createIndex("ix_invoices_account", "invoices", ["account_id"]);',
      downgrade: '  await op.dropIndex("ix_invoices_account", "invoices");' });
  }, 60_000);

  afterAll(async () => {
    await Promise.all(mysqlTenants.map((t) => query(mysql.url, `DROP DATABASE IF EXISTS ${t}`).catch(() => undefined)));
    await Promise.all([pg?.drop(), mysql?.drop()]);
    project?.remove();
  }, 60_000);

  /** Every tenant's version rows, in two queries (one per server). */
  async function versions(): Promise<Map<string, string[]>> {
    const found = new Map<string, string[]>();
    const union = (tenants: string[], table: (t: string) => string): string =>
      tenants.map((t) => `SELECT '${t}' AS tenant, version_num FROM ${table(t)}`).join(" UNION ALL ");
    const pgRows = await query(pg.url, union(pgTenants, (t) => `${t}.migrate_version`));
    const mysqlRows = await query(mysql.url, union(mysqlTenants, (t) => `${t}.migrate_version`));
    for (const r of [...pgRows, ...mysqlRows]) found.set(String(r.tenant), [...(found.get(String(r.tenant)) ?? []), String(r.version_num)]);
    return found;
  }

  it("migrates them with --jobs 4: the others reach head, the failed one stays at a boundary; exit 1; the JSON summary says so", async () => {
    const started = Date.now();
    const result = await project.run(["upgrade", "--jobs", "4", "--json"]);
    const seconds = (Date.now() - started) / 1000;
    console.log(`fleet: 250 tenants x 3 revisions with --jobs 4 in ${seconds.toFixed(1)}s`);
    expect(result.code, result.stderr.slice(-2000)).toBe(1);

    const at = await versions();
    for (const tenant of [...pgTenants, ...mysqlTenants]) {
      expect(at.get(tenant), tenant).toEqual([tenant === FAILING ? "f1ee70000001" : "f1ee70000003"]);
    }
    // The failed tenant holds what its first revision made, and its own invoices table, untouched.
    const tables = await query(pg.url, `SELECT tablename FROM pg_tables WHERE schemaname = '${FAILING}' ORDER BY 1`);
    expect(tables.map((r) => r.tablename)).toEqual(["accounts", "invoices", "migrate_history", "migrate_version"]);
    // A MySQL tenant got the whole history too.
    const index = await query(mysql.url, `SELECT INDEX_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = '${mysqlTenants[49]}'`
      + " AND TABLE_NAME = 'invoices' AND INDEX_NAME = 'ix_invoices_account'");
    expect(index).toHaveLength(1);

    const document = JSON.parse(result.stdout) as {
      ok: boolean; jobs: number; totals: Record<string, number>;
      databases: { database: string; status: string; from: string[] | null; to: string[] | null; atBoundary: boolean | null;
        applied: { revision: string }[]; error: { message: string; kind: string; revision: string | null } | null }[];
    };
    expect(document).toMatchObject({ ok: false, jobs: 4, totals: { databases: 250, ok: 249, failed: 1, notStarted: 0, revisionsApplied: 748 } });
    expect(document.databases.map((db) => db.database)).toEqual([...pgTenants, ...mysqlTenants]);
    expect(document.databases.filter((db) => db.status !== "ok")).toEqual([expect.objectContaining({
      database: FAILING, status: "failed", from: [], to: ["f1ee70000001"], atBoundary: true, applied: [expect.objectContaining({ revision: "f1ee70000001" })],
      error: expect.objectContaining({ kind: "MigrationError", revision: "f1ee70000002", message: expect.stringMatching(/"invoices" already exists/) }),
    })]);
    expect(new Set(document.databases.filter((db) => db.status === "ok").map((db) => JSON.stringify([db.from, db.to]))))
      .toEqual(new Set(['[[],["f1ee70000003"]]']));
    // Every progress line on stderr says which tenant it is about.
    for (const line of result.stderr.split("\n").filter(Boolean)) expect(line).toMatch(/^\[(tenant_pg_\d{3}|athanor_fanout_\w+_\d\d)\] /);
  }, 120_000);
});

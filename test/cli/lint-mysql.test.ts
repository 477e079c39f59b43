/**
 * `migrate lint` on MariaDB (test/cli/lint.test.ts has SQLite and PostgreSQL): the report follows the server
 * version. Revision A (applied) creates the tables; B (pending) makes the change the plain way (an index
 * and a NOT NULL column with a default, which MariaDB 10.11 runs INPLACE / INSTANT without blocking writes) plus
 * what MariaDB copies the table for (a foreign key, a CHECK, a type change) and a FULLTEXT index (LOCK=SHARED):
 * those FAIL, exit 1. C states the algorithm of each op: the index and the column pass, and the type change
 * with ALGORITHM=INPLACE is reported as refused by the server rather than as blocking: exit 0.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectUrl, createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { Project } from "../helpers/project.js";

const A = "1b2000000001";
const B = "1b2000000002";

const config = (url: string): string =>
  `export default { url: ${JSON.stringify(url)}, migrations: "./migrations", lockTimeout: 30, lint: { failOn: "blocking", minRows: 0 } };\n`;

describe.skipIf(await skipWithoutServer("mysql"))("migrate lint (mysql)", () => {
  let db: ScratchDatabase;
  let project: Project;

  beforeAll(async () => {
    db = await createScratchDatabase("mysql");
    project = new Project(db.url, { config: config(db.url) });
    project.writeRevision({ id: A, down: null, message: "tables", upgrade: [
      '  await op.createTable("users", { id: integer().primaryKey() });',
      '  await op.createTable("events", { id: integer().primaryKey(), user_id: integer().notNull(), payload: varchar(50) });',
    ].join("\n") });
    await project.ok(["upgrade", "head"]);
    // A few rows, counted: a table of 0 rows blocks nobody, and lint lets it pass.
    const connection = await connectUrl(db.url);
    try {
      await connection.execute({ sql: "INSERT INTO users VALUES (1), (2)", params: [] });
      await connection.execute({ sql: "INSERT INTO events VALUES (1, 1, 'a'), (2, 2, 'b'), (3, 1, 'c')", params: [] });
      await connection.execute({ sql: "ANALYZE TABLE users, events", params: [] });
    } finally {
      await connection.close();
    }
  });
  afterAll(async () => {
    project?.remove();
    await db?.drop();
  });

  it("reports each op as the server version runs it; COPY and LOCK=SHARED fail: exit 1", async () => {
    project.writeRevision({ id: B, down: A, message: "plain", upgrade: [
      '  await op.createIndex("ix_events_user_id", "events", ["user_id"]);',
      '  await op.addColumn("events", "status", integer().notNull().default(0));',
      '  await op.createForeignKey("fk_events_user", "events", "users", ["user_id"], ["id"]);',
      '  await op.createCheckConstraint("ck_events_user", "events", "user_id > 0");',
      '  await op.alterColumn("events", "user_id", { type: bigint(), existingType: integer(), existingNullable: false });',
      '  await op.createIndex("ft_events_payload", "events", ["payload"], { using: "fulltext" });',
    ].join("\n") });
    const result = await project.run(["lint"]);
    expect(result.code, result.stderr).toBe(1);
    const out = result.stdout;
    expect(out).toMatch(/^Lock report \(mysql 10\.\d+\.\d+-MariaDB/m);
    const after = (op: string): string => out.slice(out.indexOf(op)).split("\n")[1]!.trim();
    expect(after("createIndex ix_events_user_id on events")).toMatch(/^info: ALGORITHM=INPLACE, LOCK=NONE on events \(~3 rows\), scans the table: does not block reads or writes/);
    expect(after("addColumn events.status")).toMatch(/^info: ALGORITHM=INSTANT, exclusive metadata lock on events/);
    expect(after("createForeignKey fk_events_user on events")).toMatch(/^FAIL blocking: ALGORITHM=COPY, LOCK=SHARED on events .*rewrites the table: blocks writes \(with foreign_key_checks on/);
    expect(after("createCheckConstraint ck_events_user on events")).toMatch(/^FAIL blocking: ALGORITHM=COPY, LOCK=SHARED on events .*blocks writes/);
    expect(after("alterColumn events.user_id (type)")).toMatch(/^FAIL blocking: ALGORITHM=COPY.*changing a column's type copies the table/);
    expect(after("createIndex ft_events_payload on events")).toMatch(/^FAIL blocking: ALGORITHM=INPLACE, LOCK=SHARED on events.*blocks writes/);
    expect(out).toContain('4 op(s) at or above "blocking" would block writes');

    const json = await project.run(["lint", "--json"]);
    const report = (JSON.parse(json.stdout) as { databases: Array<{ revisions: Array<{ ops: Array<{ kind: string; severity: string }> }> }> })
      .databases[0]!;
    expect(report.revisions[0]!.ops.map((o) => `${o.kind}:${o.severity}`)).toEqual([
      "createIndex:info", "addColumn:info", "createForeignKey:blocking", "createCheckConstraint:blocking", "alterColumn:blocking",
      "createIndex:blocking",
    ]);
  });

  it("ops that state their algorithm pass; one the server would refuse is reported so, not as blocking: exit 0", async () => {
    project.writeRevision({ id: B, down: A, message: "online", upgrade: [
      '  await op.createIndex("ix_events_user_id", "events", ["user_id"], { algorithm: "INPLACE", lock: "NONE" });',
      '  await op.addColumn("events", "status", integer().notNull().default(0), { algorithm: "INSTANT" });',
      '  await op.alterColumn("events", "user_id", { type: bigint(), existingType: integer(), existingNullable: false, algorithm: "INPLACE", lock: "NONE" });',
    ].join("\n") });
    const result = await project.run(["lint"]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/warning: ALGORITHM=COPY, LOCK=SHARED on events.*changing a column's type copies the table; with ALGORITHM=INPLACE, LOCK=NONE the server refuses the statement instead/);
    expect(result.stdout).toContain('No op at or above "blocking" blocks writes');
  });
});

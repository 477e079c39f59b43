/**
 * `migrate lint` from the outside, on SQLite and PostgreSQL: revision A (applied) creates a table, revision B
 * (pending) indexes it. A plain createIndex blocks writes (SHARE on PostgreSQL, the write lock on SQLite): lint
 * reports it and exits 1 with failOn "blocking" and minRows 0. CONCURRENTLY does not block writes: exit 0. The
 * --json document has the shape README documents. (The 1,000,000-row test with a concurrent writer is not here:
 * too slow for this CI.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { Project } from "../helpers/project.js";

const A = "1b1000000001";
const B = "1b1000000002";

function config(url: string): string {
  return `export default { url: ${JSON.stringify(url)}, migrations: "./migrations", lockTimeout: 30, lint: { failOn: "blocking", minRows: 0 } };\n`;
}

for (const dialect of ["sqlite", "postgresql"] as const) {
  describe.skipIf(await skipWithoutServer(dialect))(`migrate lint (${dialect})`, () => {
    let db: ScratchDatabase;
    let project: Project;

    beforeAll(async () => {
      db = await createScratchDatabase(dialect);
      project = new Project(db.url, { config: config(db.url) });
      project.writeRevision({ id: A, down: null, message: "users",
        upgrade: '  await op.createTable("users", { id: integer().primaryKey(), email: varchar(100) });' });
      await project.ok(["upgrade", "head"]);
      project.writeRevision({ id: B, down: A, message: "index email",
        upgrade: '  await op.createIndex("ix_users_email", "users", ["email"]);' });
    });
    afterAll(async () => {
      project?.remove();
      await db?.drop();
    });

    it("reports a plain createIndex as blocking writes and exits 1", async () => {
      const result = await project.run(["lint"]);
      expect(result.code, result.stderr).toBe(1);
      expect(result.stdout).toContain(B);
      expect(result.stdout).not.toContain(`${A}  users`);
      expect(result.stdout).toMatch(dialect === "postgresql" ? /FAIL blocking: SHARE on users.*scans the table: blocks writes/
        : /FAIL blocking: database write lock on users.*scans the table: blocks writes/);
      expect(result.stdout).toContain('1 op(s) at or above "blocking"');
    });

    it("--json: one document per run, every database's report", async () => {
      const result = await project.run(["lint", "--json"]);
      expect(result.code).toBe(1);
      const doc = JSON.parse(result.stdout) as { databases: Array<Record<string, unknown>> };
      const report = doc.databases[0]!;
      expect(report).toMatchObject({ database: null, dialect, online: true, failOn: "blocking", minRows: 0, failures: 1 });
      const revisions = report.revisions as Array<{ revision: string; complete: boolean; ops: Array<Record<string, unknown>> }>;
      expect(revisions.map((r) => r.revision)).toEqual([B]);
      expect(revisions[0]!.complete).toBe(true);
      expect(revisions[0]!.ops[0]).toMatchObject({ kind: "createIndex", severity: "blocking" });
      const impact = (revisions[0]!.ops[0]!.impacts as Array<Record<string, unknown>>)[0]!;
      expect(impact).toMatchObject({ table: { name: "users", schema: null }, rewrites: false, scans: true, blocksWrites: true,
        blocksReads: false, severity: "blocking", fails: true });
      expect(impact).toHaveProperty("rows");
    });

    it("a range covers applied revisions too; --fail-on and --min-rows override the config", async () => {
      const all = await project.run(["lint", "base:head", "--json"]);
      const revisions = (JSON.parse(all.stdout) as { databases: Array<{ revisions: Array<{ revision: string }> }> }).databases[0]!.revisions;
      expect(revisions.map((r) => r.revision)).toEqual([A, B]);
      // Offline the table's size is unknown, so a row threshold does not excuse it.
      expect((await project.run(["lint", "--offline", "--min-rows", "1000000"])).code).toBe(1);
      expect((await project.run(["lint", "--fail-on", "nonsense"])).code).toBe(1);
    });

    if (dialect === "postgresql") {
      it("createIndex CONCURRENTLY does not block writes: exit 0", async () => {
        const other = new Project(db.url, { config: config(db.url) });
        try {
          other.writeRevision({ id: A, down: null, message: "users" });
          other.writeRevision({ id: B, down: A, message: "index email", transactional: false,
            upgrade: '  await op.createIndex("ix_users_email", "users", ["email"], { concurrently: true });' });
          const result = await other.run(["lint"]);
          expect(result.code, result.stdout + result.stderr).toBe(0);
          expect(result.stdout).toMatch(/info: SHARE UPDATE EXCLUSIVE on users.*does not block reads or writes/);
        } finally {
          other.remove();
        }
      });
    }
  });
}

/**
 * A linear chain of five revisions taken up and down through the real CLI:
 * after every step the version table (read by `migrate current` and by a
 * direct query) and the catalog must say exactly where the database is.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHAIN, R1, R2, R3, R4, R5, writeChain } from "../helpers/chain.js";
import { catalogOf, currentIds, DIALECTS, query, versionRows } from "../helpers/cli.js";
import { createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { Project } from "../helpers/project.js";

for (const dialect of DIALECTS) {
  describe.skipIf(await skipWithoutServer(dialect))(`lifecycle (${dialect})`, () => {
    let db: ScratchDatabase;
    let project: Project;

    beforeAll(async () => {
      db = await createScratchDatabase(dialect);
      project = new Project(db.url);
      writeChain(project);
    });
    afterAll(async () => {
      project?.remove();
      await db?.drop();
    });

    /** Both readings of the version table, and the tables present. */
    async function expectAt(rows: string[], tables: string[]): Promise<void> {
      expect(currentIds(await project.ok(["current"]))).toEqual(rows);
      expect(await versionRows(dialect, db.url)).toEqual(rows);
      const catalog = await catalogOf(dialect, db.url);
      expect(Object.keys(catalog).sort()).toEqual([...tables, "migrate_history", "migrate_version"].sort());
      // The version table has the shape of Alembic's alembic_version.
      expect(catalog.migrate_version!.columns.map((c) => [c.name, c.nullable])).toEqual([["version_num", false]]);
    }

    async function columns(table: string): Promise<string[]> {
      return ((await catalogOf(dialect, db.url))[table]?.columns ?? []).map((c) => c.name);
    }

    async function emailIndex(): Promise<{ columns: string[]; unique: boolean } | undefined> {
      return (await catalogOf(dialect, db.url)).users?.indexes.find((ix) => ix.name === "ix_users_email");
    }

    async function users(): Promise<{ email: string; bio: string | null }[]> {
      const rows = await query(db.url, "SELECT email, bio FROM users ORDER BY email");
      return rows.map((r) => ({ email: String(r.email), bio: r.bio === null ? null : String(r.bio) }));
    }

    it("has the five revisions in its history, newest first", async () => {
      const lines = (await project.ok(["history"])).stdout.trim().split("\n");
      expect(lines.map((line) => line.split(" -> ")[1]!.split(/[ ,]/)[0])).toEqual([R5, R4, R3, R2, R1]);
      expect(lines[0]).toContain("(head)");
      expect(CHAIN).toHaveLength(5);
    });

    it("upgrade head applies every revision", async () => {
      const result = await project.ok(["upgrade", "head"]);
      expect(result.stderr).toContain(`Running upgrade ${R4} -> ${R5}, rename posts, drop name`);
      await expectAt([R5], ["users", "articles"]);
      expect(await columns("users")).toEqual(["id", "email", "active", "balance", "created_at", "bio"]);
      expect(await emailIndex()).toEqual({ name: "ix_users_email", columns: ["email"], unique: true });
      const articles = (await catalogOf(dialect, db.url)).articles!;
      expect(articles.columns.map((c) => c.name)).toEqual(["id", "user_id", "title"]);
      expect(articles.foreignKeys).toHaveLength(1);
      // autoincrement filled the ids, defaults filled active and balance.
      const admin = (await query(db.url, "SELECT id, active, balance FROM users WHERE email = 'admin@example.com'"))[0]!;
      expect([Number(admin.id), Number(admin.active), Number(admin.balance)]).toEqual([1, 1, 0]);
      expect((await query(db.url, "SELECT id FROM users ORDER BY id")).map((r) => Number(r.id))).toEqual([1, 2, 3]);
      expect(await users()).toEqual([
        { email: "admin@example.com", bio: null },
        { email: "ann@example.com", bio: "hi" },
        { email: "bob@example.com", bio: null },
      ]);
      const post = await query(db.url, "SELECT u.email FROM articles a JOIN users u ON u.id = a.user_id");
      expect(post.map((r) => r.email)).toEqual(["ann@example.com"]);
    });

    it("upgrade head again does nothing", async () => {
      const result = await project.ok(["upgrade", "head"]);
      expect(result.stderr).not.toContain("Running upgrade");
      await expectAt([R5], ["users", "articles"]);
    });

    it("downgrade -1 reverts the rename and the dropped column; rows survive", async () => {
      await project.ok(["downgrade", "-1"]);
      await expectAt([R4], ["users", "posts"]);
      expect(await columns("users")).toEqual(["id", "email", "active", "balance", "created_at", "bio", "name"]);
      expect(await users()).toHaveLength(3);
      expect((await users())[1]).toEqual({ email: "ann@example.com", bio: "hi" });
      expect((await query(db.url, "SELECT title FROM posts")).map((r) => r.title)).toEqual(["Hello"]);
    });

    it("downgrade -2 reverts the data and the index", async () => {
      await project.ok(["downgrade", "-2"]);
      await expectAt([R2], ["users"]);
      expect(await emailIndex()).toBeUndefined();
      expect(await columns("users")).toContain("bio");
      expect(await users()).toEqual([{ email: "admin@example.com", bio: null }]);
    });

    it("upgrade +2 applies them again", async () => {
      await project.ok(["upgrade", "+2"]);
      await expectAt([R4], ["users", "posts"]);
      expect(await emailIndex()).toMatchObject({ columns: ["email"], unique: true });
      expect((await users()).map((u) => u.email)).toEqual(["admin@example.com", "ann@example.com", "bob@example.com"]);
    });

    it("downgrade base empties the schema and the version table", async () => {
      const result = await project.ok(["downgrade", "base"]);
      expect(result.stderr).toContain(`Running downgrade ${R1} -> base, create users`);
      await expectAt([], []);
    });

    it("upgrade to a 4-character prefix stops at that revision", async () => {
      await project.ok(["upgrade", R3.slice(0, 4)]);
      await expectAt([R3], ["users", "posts"]);
      expect(await emailIndex()).toMatchObject({ unique: true });
      expect(await users()).toEqual([{ email: "admin@example.com", bio: null }]);
      expect((await project.ok(["current"])).stdout.trim()).toBe(R3);
    });
  });
}

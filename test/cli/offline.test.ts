/**
 * Offline mode: the SQL of `upgrade base:head --sql`, fed to the database's
 * own client (psql, mariadb, sqlite3), must build the same schema and the
 * same version table as an online `upgrade head`; `downgrade head:base --sql`
 * must take it back to an empty schema. `--sql` never connects.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DialectName } from "../../src/dialects/dialect.js";
import { R5, writeChain } from "../helpers/chain.js";
import { applyWithClient, catalogOf, DIALECTS, query, versionRows } from "../helpers/cli.js";
import { createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { Project } from "../helpers/project.js";

/** A URL of the dialect where nothing answers (SQLite: a file in a folder that does not exist). */
function deadUrl(dialect: DialectName, dir: string): string {
  if (dialect === "postgresql") return "postgresql://u:p@127.0.0.1:1/x";
  if (dialect === "mysql") return "mysql://u:p@127.0.0.1:1/x";
  return `sqlite:///${join(dir, "missing", "x.db")}`;
}

for (const dialect of DIALECTS) {
  describe.skipIf(await skipWithoutServer(dialect))(`offline --sql (${dialect})`, () => {
    let online: ScratchDatabase;
    let offline: ScratchDatabase;
    let project: Project;
    let upgradeSql = "";
    let downgradeSql = "";

    beforeAll(async () => {
      [online, offline] = await Promise.all([createScratchDatabase(dialect), createScratchDatabase(dialect)]);
      project = new Project(offline.url);
      writeChain(project);
    });
    afterAll(async () => {
      project?.remove();
      await Promise.all([online?.drop(), offline?.drop()]);
    });

    const users = async (url: string) =>
      (await query(url, "SELECT id, email, bio FROM users ORDER BY id")).map((r) => [Number(r.id), r.email, r.bio]);

    it("upgrade base:head --sql writes SQL and creates nothing", async () => {
      const result = await project.ok(["upgrade", "base:head", "--sql"]);
      upgradeSql = result.stdout;
      expect(upgradeSql).toContain("Running upgrade");
      expect(upgradeSql).toContain(R5);
      expect(await catalogOf(dialect, offline.url)).toEqual({});
    });

    it("applied with the database's own client, it builds what an online upgrade builds", async () => {
      await project.ok(["upgrade", "head", "--url", online.url]);
      await applyWithClient(offline, upgradeSql);
      const expected = await catalogOf(dialect, online.url);
      expect(Object.keys(expected).sort()).toEqual(["articles", "migrate_history", "migrate_version", "users"]);
      expect(await catalogOf(dialect, offline.url)).toEqual(expected);
      expect(await versionRows(dialect, offline.url)).toEqual([R5]);
      expect(await versionRows(dialect, online.url)).toEqual([R5]);
      expect(await users(offline.url)).toEqual(await users(online.url));
      expect(await users(offline.url)).toHaveLength(3);
      // And the CLI agrees about where the script left the database.
      expect((await project.ok(["current"])).stdout.trim()).toBe(`${R5} (head)`);
    });

    it("downgrade head:base --sql takes it back to an empty schema", async () => {
      downgradeSql = (await project.ok(["downgrade", "head:base", "--sql"])).stdout;
      expect(downgradeSql).toContain("Running downgrade");
      await applyWithClient(offline, downgradeSql);
      await project.ok(["downgrade", "base", "--url", online.url]);
      const empty = await catalogOf(dialect, offline.url);
      expect(Object.keys(empty)).toEqual(["migrate_history", "migrate_version"]);
      expect(empty).toEqual(await catalogOf(dialect, online.url));
      expect(await versionRows(dialect, offline.url)).toEqual([]);
    });

    it("leaves the history an online run leaves: every run finished, none left running", async () => {
      const history = async (url: string) => (await query(url, "SELECT revision, direction, status FROM migrate_history ORDER BY id"))
        .map((r) => `${r.direction} ${r.revision} ${r.status}`);
      const rows = await history(online.url);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((row) => row.endsWith(" ok"))).toBe(true);
      expect(await history(offline.url)).toEqual(rows);
    });

    it("does not connect: the same SQL comes out for a URL where nothing listens", async () => {
      const dir = mkdtempSync(join(tmpdir(), "athanor-offline-"));
      try {
        const dead = deadUrl(dialect, dir);
        const up = await project.ok(["upgrade", "base:head", "--sql", "--url", dead]);
        expect(up.stdout).toBe(upgradeSql);
        const down = await project.ok(["downgrade", "head:base", "--sql", "--url", dead]);
        expect(down.stdout).toBe(downgradeSql);
        // Without a range, upgrade --sql starts from base (no database to read).
        expect((await project.ok(["upgrade", "--sql", "--url", dead])).stdout).toBe(upgradeSql);
        await project.ok(["stamp", "head", "--sql", "--url", dead]);
        expect(existsSync(join(dir, "missing"))).toBe(false);
        for (const secret of [":p@"]) expect(up.stderr + down.stderr).not.toContain(secret);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

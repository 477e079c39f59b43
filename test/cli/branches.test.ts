/**
 * Branches, merges and dependencies through the real CLI:
 *
 *   root ─┬─ a1 (label a) ─ a2 ─┬─ merge (made by `migrate merge heads`)
 *         └─ b1 (label b) ─ b2 ─┘
 *
 * and two independent roots x1 and y1 ← y2 where y1 dependsOn x1. Every
 * revision creates a table t_<name>, so the catalog shows what is applied.
 */
import { basename } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentIds, DIALECTS, expectCleanError, snapshotFiles, tablesOf, versionRows } from "../helpers/cli.js";
import { createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { Project } from "../helpers/project.js";

const ROOT = "100000000000";
const A1 = "a10000000000";
const A2 = "a20000000000";
const B1 = "b10000000000";
const B2 = "b20000000000";
const X1 = "c10000000000";
const Y1 = "d10000000000";
const Y2 = "d20000000000";

function tableRevision(project: Project, id: string, name: string, down: string | string[] | null,
  extra: { branchLabels?: string[]; dependsOn?: string[] } = {}): void {
  project.writeRevision({
    id, down, message: `create t_${name}`, ...extra,
    upgrade: `  await op.createTable("t_${name}", { id: integer().primaryKey() });`,
    downgrade: `  await op.dropTable("t_${name}");`,
  });
}

for (const dialect of DIALECTS) {
  describe.skipIf(await skipWithoutServer(dialect))(`branches (${dialect})`, () => {
    let db: ScratchDatabase;
    let project: Project;
    let merge = "";

    beforeAll(async () => {
      db = await createScratchDatabase(dialect);
      project = new Project(db.url);
      tableRevision(project, ROOT, "root", null);
      tableRevision(project, A1, "a1", ROOT, { branchLabels: ["a"] });
      tableRevision(project, A2, "a2", A1);
      tableRevision(project, B1, "b1", ROOT, { branchLabels: ["b"] });
      tableRevision(project, B2, "b2", B1);
    });
    afterAll(async () => {
      project?.remove();
      await db?.drop();
    });

    /** The version table (and, with viaCli, what `migrate current` says) and the tables present. */
    async function expectAt(rows: string[], tables: string[], viaCli = false): Promise<void> {
      if (viaCli) expect(currentIds(await project.ok(["current"]))).toEqual([...rows].sort());
      expect(await versionRows(dialect, db.url)).toEqual([...rows].sort());
      expect(await tablesOf(dialect, db.url)).toEqual([...tables.map((t) => `t_${t}`), "migrate_history", "migrate_version"].sort());
    }

    it("lists both heads and the branch point", async () => {
      const heads = (await project.ok(["heads"])).stdout.trim().split("\n").sort();
      expect(heads).toEqual([`${A2} (a) (head)`, `${B2} (b) (head)`]);
      expect((await project.ok(["branches"])).stdout.trim()).toBe(`${ROOT} (branchpoint) -> ${A1}, ${B1}`);
    });

    it("refuses a plain revision while two heads exist, naming both", async () => {
      const before = snapshotFiles(project.dir);
      const line = expectCleanError(await project.run(["revision", "-m", "x"]));
      expect(line).toContain(A2);
      expect(line).toContain(B2);
      expect(snapshotFiles(project.dir)).toEqual(before);
    });

    it("upgrade a@head applies only branch a", async () => {
      await project.ok(["upgrade", "a@head"]);
      await expectAt([A2], ["root", "a1", "a2"], true);
    });

    it("upgrade heads applies branch b next to it", async () => {
      const result = await project.ok(["upgrade", "heads"]);
      expect(result.stderr).not.toContain(`Running upgrade ${ROOT} -> ${A1}`);
      await expectAt([A2, B2], ["root", "a1", "a2", "b1", "b2"]);
    });

    it("merge heads writes a revision joining both heads", async () => {
      const result = await project.ok(["merge", "heads", "-m", "join a and b"]);
      const path = result.stdout.trim();
      merge = basename(path).split("_")[0]!;
      expect(merge).toMatch(/^[0-9a-f]{12}$/);
      expect(project.files()).toContain(basename(path));
      expect((await project.ok(["heads"])).stdout.trim()).toBe(`${merge} (a, b) (head) (mergepoint)`);
      // Writing a revision reads the graph only: the database is untouched.
      await expectAt([A2, B2], ["root", "a1", "a2", "b1", "b2"]);
    });

    it("history lists every revision newest first with its marks", async () => {
      const lines = (await project.ok(["history"])).stdout.trim().split("\n");
      expect(lines).toHaveLength(6);
      expect(lines[0]).toBe(`${A2}, ${B2} -> ${merge} (a, b) (head) (mergepoint), join a and b`);
      expect(lines.at(-1)).toBe(`<base> -> ${ROOT} (branchpoint), create t_root`);
      const order = lines.map((line) => line.split(" -> ")[1]!.split(/[ ,]/)[0]!);
      expect(new Set(order)).toEqual(new Set([merge, A2, A1, B2, B1, ROOT]));
      // Newest first: every revision is listed before its parents.
      for (const [child, parent] of [[A2, A1], [A1, ROOT], [B2, B1], [B1, ROOT], [merge, A2], [merge, B2]]) {
        expect(order.indexOf(child!)).toBeLessThan(order.indexOf(parent!));
      }
      expect(lines).toContain(`${A1} -> ${A2} (a), create t_a2`);
      const current = (await project.ok(["history", "-i"])).stdout;
      expect(current).toContain(`${A1} -> ${A2} (a) (current), create t_a2`);
    });

    it("upgrade head moves to the merge: one row", async () => {
      await project.ok(["upgrade", "head"]);
      await expectAt([merge], ["root", "a1", "a2", "b1", "b2"], true);
    });

    it("downgrade -1 from the merge restores both parents' rows", async () => {
      await project.ok(["downgrade", "-1"]);
      await expectAt([A2, B2], ["root", "a1", "a2", "b1", "b2"], true);
    });

    it("downgrade b@-1 steps back on branch b only", async () => {
      await project.ok(["downgrade", "b@-1"]);
      await expectAt([A2, B1], ["root", "a1", "a2", "b1"]);
    });

    it("downgrade b@base removes branch b, keeps a and the root", async () => {
      await project.ok(["downgrade", "b@base"]);
      await expectAt([A2], ["root", "a1", "a2"]);
    });

    it("upgrade head from one branch applies the other and the merge", async () => {
      const result = await project.ok(["upgrade", "head"]);
      expect(result.stderr.match(/Running upgrade/g)).toHaveLength(3);
      await expectAt([merge], ["root", "a1", "a2", "b1", "b2"]);
      await project.ok(["downgrade", "base"]);
      await expectAt([], []);
    });

    it("--head REV needs --splice to branch from a revision that is not a head", async () => {
      const line = expectCleanError(await project.run(["revision", "-m", "fork", "--head", A1]));
      expect(line).toContain("--splice");
      const path = (await project.ok(["revision", "-m", "fork", "--head", A1.slice(0, 4), "--splice"])).stdout.trim();
      const fork = basename(path).split("_")[0]!;
      const shown = (await project.ok(["show", fork])).stdout;
      expect(shown).toContain(`Parent: ${A1}`);
      const heads = (await project.ok(["heads"])).stdout.trim().split("\n").map((l) => l.split(" ")[0]).sort();
      expect(heads).toEqual([merge, fork].sort());
      const branchLine = (await project.ok(["branches"])).stdout.split("\n").find((l) => l.startsWith(A1));
      expect(branchLine).toMatch(new RegExp(`^${A1} \\(a\\) \\(branchpoint\\) -> (${A2}, ${fork}|${fork}, ${A2})$`));
    });
  });

  describe.skipIf(await skipWithoutServer(dialect))(`dependsOn (${dialect})`, () => {
    let db: ScratchDatabase;
    let project: Project;

    beforeAll(async () => {
      db = await createScratchDatabase(dialect);
      project = new Project(db.url);
      tableRevision(project, X1, "x1", null, { branchLabels: ["x"] });
      tableRevision(project, Y1, "y1", null, { branchLabels: ["y"], dependsOn: [X1] });
      tableRevision(project, Y2, "y2", Y1);
    });
    afterAll(async () => {
      project?.remove();
      await db?.drop();
    });

    /** The version table (and, with viaCli, what `migrate current` says) and the tables present. */
    async function expectAt(rows: string[], tables: string[], viaCli = false): Promise<void> {
      if (viaCli) expect(currentIds(await project.ok(["current"]))).toEqual([...rows].sort());
      expect(await versionRows(dialect, db.url)).toEqual([...rows].sort());
      expect(await tablesOf(dialect, db.url)).toEqual([...tables.map((t) => `t_${t}`), "migrate_history", "migrate_version"].sort());
    }

    it("upgrading y applies its dependency x1 first; both stay rows", async () => {
      const result = await project.ok(["upgrade", "y@head"]);
      const order = [...result.stderr.matchAll(/Running upgrade \S+ -> (\w+)/g)].map((m) => m[1]);
      expect(order).toEqual([X1, Y1, Y2]);
      await expectAt([X1, Y2], ["x1", "y1", "y2"], true);
      expect((await project.ok(["show", Y1])).stdout).toContain(`Also depends on: ${X1}`);
    });

    it("downgrade y@base reverts only branch y", async () => {
      await project.ok(["downgrade", "y@base"]);
      await expectAt([X1], ["x1"]);
    });

    it("downgrade x@base reverts its dependents first", async () => {
      await project.ok(["upgrade", "heads"]);
      await expectAt([X1, Y2], ["x1", "y1", "y2"]);
      const result = await project.ok(["downgrade", "x@base"]);
      const order = [...result.stderr.matchAll(/Running downgrade (\w+) ->/g)].map((m) => m[1]);
      expect(order).toEqual([Y2, Y1, X1]);
      await expectAt([], []);
    });
  });
}

/**
 * Two deploys at once: several `migrate upgrade head` processes started
 * together against one database must serialise on the migration lock, so
 * every revision runs exactly once and all of them exit 0.
 */
import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS, query, versionRows } from "../helpers/cli.js";
import { createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { Project } from "../helpers/project.js";

const REVISIONS = ["c0a000000001", "c0a000000002", "c0a000000003", "c0a000000004"];
const PROCESSES = 3;
const ROUNDS = 3;

interface Finished { code: number | null; stdout: string; stderr: string }

function finished(child: ChildProcess): Promise<Finished> {
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk: Buffer) => { stdout += chunk.toString(); });
  child.stderr!.on("data", (chunk: Buffer) => { stderr += chunk.toString(); });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

for (const dialect of DIALECTS) {
  describe.skipIf(await skipWithoutServer(dialect))(`concurrent runs (${dialect})`, () => {
    let db: ScratchDatabase;
    let project: Project;

    beforeAll(async () => {
      db = await createScratchDatabase(dialect);
      project = new Project(db.url);
      REVISIONS.forEach((id, i) => {
        // The pause keeps the lock held while the other processes arrive, so the runs really overlap.
        const pause = i === 1 ? "  await new Promise((resolve) => setTimeout(resolve, 300));\n" : "";
        const log = `${pause}  await op.execute("INSERT INTO run_log (rev) VALUES ('${id}')");`;
        project.writeRevision({
          id, down: i === 0 ? null : REVISIONS[i - 1]!, message: `step ${i + 1}`,
          upgrade: i === 0
            ? `  await op.createTable("run_log", { id: integer().primaryKey().autoIncrement(), rev: varchar(32).notNull() });\n${log}`
            : log,
          downgrade: i === 0 ? '  await op.dropTable("run_log");' : `  await op.execute("DELETE FROM run_log WHERE rev = '${id}'");`,
        });
      });
    });
    afterAll(async () => {
      project?.remove();
      await db?.drop();
    });

    for (let round = 1; round <= ROUNDS; round++) {
      it(`round ${round}: ${PROCESSES} simultaneous upgrades apply each revision once`, async () => {
        const runs = await Promise.all(Array.from({ length: PROCESSES }, () => finished(project.spawn(["upgrade", "head"]))));
        for (const run of runs) expect(run.code, run.stderr).toBe(0);
        // Exactly one process did the work; the others found nothing to do.
        const workers = runs.filter((run) => run.stderr.includes("Running upgrade"));
        expect(workers, runs.map((r) => r.stderr).join("\n---\n")).toHaveLength(1);

        const counts = await query(db.url, "SELECT rev, COUNT(*) AS n FROM run_log GROUP BY rev ORDER BY rev");
        expect(counts.map((r) => [r.rev, Number(r.n)])).toEqual(REVISIONS.map((id) => [id, 1]));
        expect(await versionRows(dialect, db.url)).toEqual([REVISIONS.at(-1)!]);

        await project.ok(["downgrade", "base"]);
        expect(await versionRows(dialect, db.url)).toEqual([]);
      });
    }

    it("simultaneous upgrade and downgrade end in one of the two states, consistently", async () => {
      await project.ok(["upgrade", "head"]);
      const runs = await Promise.all([
        finished(project.spawn(["downgrade", "base"])),
        finished(project.spawn(["upgrade", "head"])),
      ]);
      for (const run of runs) expect(run.code, run.stderr).toBe(0);
      const rows = await versionRows(dialect, db.url);
      const logged = (await query(db.url, "SELECT rev FROM run_log ORDER BY rev").catch(() => [])).map((r) => r.rev);
      // Whatever order the lock gave them, the log and the version table agree.
      expect([[[], []], [[REVISIONS.at(-1)], REVISIONS]]).toContainEqual([rows, logged]);
    });
  });
}

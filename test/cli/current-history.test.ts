/**
 * `current` reads only the history rows it shows (the last row, and those of the revisions in the version table),
 * not a long history whole: what it reports must be what the whole history says.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentIds, DIALECTS, query } from "../helpers/cli.js";
import { createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { Project } from "../helpers/project.js";

const A = "c0a000000001";
const B = "c0b000000002";
const C = "c0c000000003";
const D = "c0d000000004";

/** The "Applied:" line of each revision's verbose block. */
function appliedDates(stdout: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const block of stdout.split(/^Rev: /m).slice(1)) {
    const applied = /^Applied: (.*)$/m.exec(block);
    if (applied) out.set(block.split(/\s/)[0]!, applied[1]!);
  }
  return out;
}

for (const dialect of DIALECTS) {
  describe.skipIf(await skipWithoutServer(dialect))(`current and a long history (${dialect})`, () => {
    let db: ScratchDatabase;
    let project: Project;

    beforeAll(async () => {
      db = await createScratchDatabase(dialect);
      project = new Project(db.url);
      // Two heads: C on A-B, D on A.
      for (const [id, down] of [[A, null], [B, A], [C, B], [D, A]] as const) {
        project.writeRevision({
          id, down,
          upgrade: `  await op.createTable("t_${id}", { id: integer().primaryKey() });`,
          downgrade: `  await op.dropTable("t_${id}");`,
        });
      }
    });
    afterAll(async () => {
      project?.remove();
      await db?.drop();
    });

    it("shows each current revision's latest upgrade, as `history -v` (which reads it all) does", async () => {
      await project.ok(["upgrade", "heads"]);
      await project.ok(["downgrade", `${C}-1`]);
      await project.ok(["upgrade", "heads"]);
      await project.ok(["downgrade", "base"]);
      await project.ok(["upgrade", "heads"]);
      await project.ok(["downgrade", `${C}-2`]);
      await project.ok(["upgrade", B]);
      await project.ok(["stamp", C]);
      const rows = await query(db.url, "SELECT revision FROM migrate_history");
      expect(rows.length).toBeGreaterThan(15);

      const current = await project.ok(["current", "-v"]);
      expect(currentIds(await project.ok(["current"]))).toEqual([C, D]);
      const shown = appliedDates(current.stdout);
      const all = appliedDates((await project.ok(["history", "-v"])).stdout);
      // D's latest run is an upgrade; C's is a downgrade (then it was stamped, which runs nothing): no date.
      expect(shown.get(D)).toBeDefined();
      expect(shown.get(D)).toBe(all.get(D));
      expect(shown.has(C)).toBe(false);
      expect(all.has(C)).toBe(false);
      expect(shown.has(B)).toBe(false);
      expect((await project.ok(["current"])).stdout).not.toContain("FAILED");
    });
  });
}

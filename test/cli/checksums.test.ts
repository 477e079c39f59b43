/**
 * The history table and revision checksums: a row per revision run with its
 * direction, status, the SHA-256 of its file (line endings normalised, so a
 * CRLF checkout matches), duration and athanor version; `upgrade` warns about
 * applied revision files edited or deleted since they ran and `--strict`
 * refuses, changing nothing; `history -v` shows when each one was applied.
 */
import { createHash } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { catalogOf, DIALECTS, expectCleanError, query, versionRows } from "../helpers/cli.js";
import { createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { Project, ROOT } from "../helpers/project.js";

const A = "c5a000000001";
const B = "c5b000000002";
const C = "c5c000000003";
const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

/** The checksum as documented: SHA-256 (hex) of the file's text with \r\n turned into \n. */
const sha256 = (text: string) => createHash("sha256").update(text.replace(/\r\n/g, "\n")).digest("hex");

const createTable = (name: string) => ({
  upgrade: `  await op.createTable("${name}", { id: integer().primaryKey() });`,
  downgrade: `  await op.dropTable("${name}");`,
});

for (const dialect of DIALECTS) {
  describe.skipIf(await skipWithoutServer(dialect))(`history and checksums (${dialect})`, () => {
    let db: ScratchDatabase;
    let project: Project;
    const paths: Record<string, string> = {};
    beforeEach(async () => {
      db = await createScratchDatabase(dialect);
      project = new Project(db.url);
      paths[A] = project.writeRevision({ id: A, down: null, message: "first", ...createTable("t_a") });
      paths[B] = project.writeRevision({ id: B, down: A, message: "second", ...createTable("t_b") });
    });
    afterEach(async () => {
      project?.remove();
      await db?.drop();
    });

    const history = async () => (await query(db.url,
      "SELECT revision, direction, status, checksum, duration_ms, athanor_version, applied_at FROM migrate_history ORDER BY id"));
    /** Everything a refused run must leave as it was. */
    const state = async () => ({ catalog: await catalogOf(dialect, db.url), rows: await versionRows(dialect, db.url), history: await history() });

    it("one row per run: direction, status, checksum of the file, duration, version", async () => {
      await project.ok(["upgrade", "head"]);
      await project.ok(["downgrade", "-1"]);
      // A CRLF copy of the file (a Windows checkout) has the same checksum: no warning, same value recorded.
      const crlf = readFileSync(paths[A]!, "utf8").replace(/\n/g, "\r\n");
      writeFileSync(paths[A]!, crlf);
      const again = await project.ok(["upgrade", "head"]);
      expect(again.stderr).not.toContain("warning");
      const rows = await history();
      expect(rows.map((r) => `${r.revision} ${r.direction} ${r.status}`)).toEqual([
        `${A} upgrade ok`, `${B} upgrade ok`, `${B} downgrade ok`, `${B} upgrade ok`]);
      const expected: Record<string, string> = { [A]: sha256(crlf), [B]: sha256(readFileSync(paths[B]!, "utf8")) };
      expect(sha256(crlf)).toBe(sha256(crlf.replace(/\r\n/g, "\n")));
      for (const row of rows) {
        expect(row.checksum).toBe(expected[String(row.revision)]);
        expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
        expect(Number(row.duration_ms)).toBeGreaterThanOrEqual(0);
        expect(row.athanor_version).toBe(VERSION);
        const at = new Date(row.applied_at instanceof Date ? row.applied_at : `${String(row.applied_at).replace(" ", "T")}Z`);
        expect(Math.abs(at.getTime() - Date.now())).toBeLessThan(24 * 3600_000);
      }
    });

    it("an edited applied revision: upgrade warns naming it and exits 0; --strict refuses and changes nothing", async () => {
      await project.ok(["upgrade", "head"]);
      writeFileSync(paths[A]!, `${readFileSync(paths[A]!, "utf8")}// edited after it ran\n`);
      paths[C] = project.writeRevision({ id: C, down: B, message: "third", ...createTable("t_c") });

      const before = await state();
      const strict = expectCleanError(await project.run(["upgrade", "head", "--strict"]));
      expect(strict).toMatch(new RegExp(`^error: --strict: revision ${A} was edited after it was applied at .*; restore the files, or run without --strict$`));
      expect(await state()).toEqual(before);

      const warned = await project.ok(["upgrade", "head"]);
      const warnings = warned.stderr.split("\n").filter((line) => line.includes("warning"));
      expect(warnings).toEqual([expect.stringMatching(new RegExp(`^warning: revision ${A} was edited after it was applied at .* \\(use --strict to refuse\\)$`))]);
      expect(await versionRows(dialect, db.url)).toEqual([C]);
      // An unapplied revision's file may change: C, downgraded then edited, is not reported (A still is).
      await project.ok(["downgrade", "-1"]);
      writeFileSync(paths[C]!, `${readFileSync(paths[C]!, "utf8")}// edited while not applied\n`);
      const rerun = await project.ok(["upgrade", "head"]);
      expect(rerun.stderr.split("\n").filter((line) => line.includes("warning"))).toEqual([expect.stringContaining(`revision ${A} was edited`)]);
      expect((await history()).at(-1)!.checksum).toBe(sha256(readFileSync(paths[C]!, "utf8")));
    });

    it("applied revisions squashed into one and their files deleted: reported, and refused with --strict", async () => {
      await project.ok(["upgrade", "head"]);
      rmSync(paths[A]!);
      rmSync(paths[B]!);
      project.writeRevision({ id: C, down: null, message: "squashed", upgrade: `${createTable("t_a").upgrade}\n${createTable("t_b").upgrade}` });
      await project.ok(["stamp", C, "--purge"]);
      const before = await state();
      const strict = expectCleanError(await project.run(["upgrade", "head", "--strict"]));
      expect(strict).toContain(`revision ${A} was applied at`);
      expect(strict).toContain(`revision ${B} was applied at`);
      expect(strict).toContain("its file has been deleted");
      expect(await state()).toEqual(before);
      const warned = await project.ok(["upgrade", "head"]);
      expect(warned.stderr).toMatch(new RegExp(`^warning: revision ${A} was applied at .* but its file has been deleted`, "m"));
      expect(warned.stderr).toMatch(new RegExp(`^warning: revision ${B} was applied at .* but its file has been deleted`, "m"));
    });

    it("history -v shows Applied: for applied revisions only", async () => {
      await project.ok(["upgrade", A]);
      const out = (await project.ok(["history", "-v"])).stdout;
      const blocks = out.split(/\n(?=Rev: )/);
      const block = (id: string) => blocks.find((b) => b.startsWith(`Rev: ${id}`)) ?? "";
      expect(block(A)).toMatch(/^Applied: \d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d/m);
      expect(block(B)).not.toContain("Applied:");
      await project.ok(["upgrade", "head"]);
      await project.ok(["downgrade", "base"]);
      // Downgraded: no longer applied, so no date.
      expect((await project.ok(["history", "-v"])).stdout).not.toContain("Applied:");
    });
  });
}

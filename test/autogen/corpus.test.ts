/**
 * Reflect and restore, on every real schema of the corpus (test-fixtures/corpus):
 * the schema is built with the database's own client; a models module that
 * declares nothing makes `revision --autogenerate` drop every table;
 * `upgrade head` drops them, `downgrade base` must rebuild exactly what was
 * there: the same Schema IR and the same catalog as the database prints it.
 * A second autogenerate against the restored database must write the same
 * file, byte for byte (its header aside).
 *
 * CORPUS_ONLY=netbox (or netbox/postgresql, or mysql; comma-separated) runs a part.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyWithClient, query } from "../helpers/cli.js";
import {
  corpusSchemas, corpusSql, dropViews, irOf, ownTable, printedCatalog, runSharingLocks, type CorpusSchema,
} from "../helpers/corpus.js";
import { createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { Project, type CliResult } from "../helpers/project.js";

const show = (result: CliResult): string => `exit ${result.code}\nstdout: ${result.stdout}\nstderr: ${result.stderr}`;

/** A revision file without its header (id, date) and its revision id lines: what autogenerate decided. */
const body = (source: string): string => source.slice(source.indexOf("export async function upgrade("));

/** Roles a dump assigns ownership to (pg_dump's OWNER TO) exist on the server, as on the one it came from. */
async function ensureRoles(db: ScratchDatabase, sql: string): Promise<void> {
  if (db.dialect !== "postgresql") return;
  const roles = new Set([...sql.matchAll(/OWNER TO ("?)(\w+)\1;/g)].map((m) => m[2]!));
  for (const role of roles) {
    await query(db.url, `DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${role}') THEN CREATE ROLE "${role}"; END IF; END $$`);
  }
}

const byDialect = new Map<string, CorpusSchema[]>();
for (const schema of corpusSchemas()) byDialect.set(schema.dialect, [...byDialect.get(schema.dialect) ?? [], schema]);

for (const [dialect, schemas] of byDialect) {
  describe.skipIf(await skipWithoutServer(schemas[0]!.dialect))(`reflect and restore on ${dialect}`, () => {
    for (const schema of schemas) {
      describe(schema.name, () => {
        let db: ScratchDatabase;
        let project: Project;

        beforeAll(async () => {
          db = await createScratchDatabase(schema.dialect);
          const sql = corpusSql(schema);
          await ensureRoles(db, sql);
          await applyWithClient(db, sql);
          await dropViews(schema.dialect, db.url);
          project = new Project(db.url, { config: [
            'import { defineConfig } from "athanor";',
            `export default defineConfig({ url: ${JSON.stringify(db.url)}, models: "./models.ts", migrations: "./migrations", lockTimeout: 30 });`,
            "",
          ].join("\n") });
          writeFileSync(join(project.dir, "models.ts"), "// The target: an empty schema.\nexport {};\n");
        }, 300_000);
        afterAll(async () => {
          project?.remove();
          await db?.drop();
        });

        it("drops every table, then downgrade base rebuilds the same catalog, and a second autogenerate writes the same file", async () => {
          const ir = await irOf(schema.dialect, db.url);
          const printed = await printedCatalog(schema.dialect, db.url);
          expect((ir as { tables: unknown[] }).tables.length).toBeGreaterThan(0);

          const first = await project.run(["revision", "--autogenerate", "-m", "drop everything"]);
          expect(first.code, show(first)).toBe(0);
          const firstPath = first.stdout.trim().split("\n").at(-1)!;
          const firstSource = readFileSync(firstPath, "utf8");

          const up = await runSharingLocks(project, ["upgrade", "head"]);
          expect(up.code, show(up)).toBe(0);
          const left = (await irOf(schema.dialect, db.url)) as { tables: { name: string }[] };
          expect(left.tables.map((t) => t.name).filter((name) => !ownTable(name))).toEqual([]);

          const down = await runSharingLocks(project, ["downgrade", "base"]);
          expect(down.code, show(down)).toBe(0);
          expect(await irOf(schema.dialect, db.url)).toEqual(ir);
          expect(await printedCatalog(schema.dialect, db.url)).toEqual(printed);

          // The database is at base again: the first revision, still pending, would make autogenerate refuse.
          rmSync(firstPath);
          const second = await project.run(["revision", "--autogenerate", "-m", "drop everything"]);
          expect(second.code, show(second)).toBe(0);
          const secondSource = readFileSync(second.stdout.trim().split("\n").at(-1)!, "utf8");
          expect(body(secondSource)).toBe(body(firstSource));
        }, 600_000);
      });
    }
  });
}

/**
 * An empty models module declares an empty schema (issue 13): a new project, or a deliberate "drop
 * everything". Against an empty database `check` finds nothing; against a database with tables (foreign
 * keys between them, a cycle among them) `check` lists the drops, autogenerate says it drops every table,
 * upgrade head drops them all and downgrade base rebuilds the same catalog. A module that exports values
 * but no table keeps its error. And the revision is the same whatever order the tables were created in.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { DialectName } from "../../src/dialects/dialect.js";
import { DIALECTS, expectCleanError } from "../helpers/cli.js";
import { skipWithoutServer } from "../helpers/databases.js";
import { changeLines, ModelProject, quoteFor } from "../helpers/autogen.js";

/** Three tables in a foreign-key cycle (a → b → c → a), one pointing into it, one on its own. */
function cycleDdl(dialect: DialectName, order: readonly string[]): string[] {
  const q = quoteFor(dialect);
  const id = dialect === "sqlite" ? "INTEGER PRIMARY KEY" : "INTEGER NOT NULL PRIMARY KEY";
  const refs: Record<string, [string, string][]> = {
    a: [["b_id", "b"]], b: [["c_id", "c"]], c: [["a_id", "a"]], d: [["a_id", "a"], ["c_id", "c"]], e: [],
  };
  const create = (t: string): string => {
    const columns = [`${q("id")} ${id}`, `${q("label")} VARCHAR(40)`, ...refs[t]!.map(([c]) => `${q(c)} INTEGER`)];
    // SQLite takes references to tables that do not exist yet; the servers get them once all tables exist.
    const fks = dialect === "sqlite"
      ? refs[t]!.map(([c, target]) => `CONSTRAINT ${q(`fk_${t}_${c}`)} FOREIGN KEY (${q(c)}) REFERENCES ${q(target)} (${q("id")})`)
      : [];
    return `CREATE TABLE ${q(t)} (${[...columns, ...fks].join(", ")})`;
  };
  const later = dialect === "sqlite" ? [] : order.flatMap((t) => refs[t]!.map(([c, target]) =>
    `ALTER TABLE ${q(t)} ADD CONSTRAINT ${q(`fk_${t}_${c}`)} FOREIGN KEY (${q(c)}) REFERENCES ${q(target)} (${q("id")})`));
  return [...order.map(create), ...later, `CREATE INDEX ${q("ix_d_label")} ON ${q("d")} (${q("label")})`];
}

const header = /^[\s\S]*?export async function upgrade/;

for (const dialect of DIALECTS) {
  describe.skipIf(await skipWithoutServer(dialect))(`an empty models module (${dialect})`, () => {
    const projects: ModelProject[] = [];
    const open = async (): Promise<ModelProject> => {
      const project = await ModelProject.open(dialect);
      projects.push(project);
      return project;
    };
    afterEach(async () => {
      for (const project of projects.splice(0)) await project.close();
    });

    it("against an empty database: check finds nothing", async () => {
      const project = await open();
      writeFileSync(join(project.dir, "models.ts"), "");
      const result = await project.run(["check"]);
      expect(result.code, result.stderr).toBe(0);
      // Only imports, or an empty default export: still nothing declared.
      writeFileSync(join(project.dir, "models.ts"), 'import { table } from "athanor/schema";\n');
      expect((await project.run(["check"])).code).toBe(0);
      writeFileSync(join(project.dir, "models.ts"), "export default [];\n");
      expect((await project.run(["check"])).code).toBe(0);
    });

    it("exporting values but no table is still an error", async () => {
      const project = await open();
      writeFileSync(join(project.dir, "models.ts"), "export const answer = 42;\n");
      const line = expectCleanError(await project.run(["check"]));
      expect(line).toContain("exports no table() or enumType(), only answer");
    });

    it("drops every table (a foreign-key cycle among them), and downgrade base rebuilds the same catalog", async () => {
      const project = await open();
      await project.exec(...cycleDdl(dialect, ["a", "b", "c", "d", "e"]));
      const before = await project.catalog();
      expect(Object.keys(before.tables).sort()).toEqual(["a", "b", "c", "d", "e"]);
      writeFileSync(join(project.dir, "models.ts"), "");

      const check = await project.run(["check"]);
      expect(check.code).toBe(1);
      const lines = changeLines(check.stdout).sort();
      expect(lines.filter((l) => l.startsWith("- table "))).toEqual(["- table a", "- table b", "- table c", "- table d", "- table e"]);
      // On the servers the foreign key closing the cycle goes first (SQLite drops tables whatever points at them).
      expect(lines.filter((l) => !l.startsWith("- table "))).toEqual(dialect === "sqlite" ? [] : ["- foreign key fk_c_a_id on c"]);

      const generated = await project.autogenerate("drop everything");
      expect(generated.result.stderr).toContain("the models declare no table, so this revision drops all 5 tables");
      for (const t of ["a", "b", "c", "d", "e"]) expect(generated.source).toContain(`// WARNING: drops table ${t} and all its rows`);

      await project.ok(["upgrade", "head"]);
      expect(Object.keys((await project.catalog()).tables)).toEqual([]);
      expect((await project.run(["check"])).code).toBe(0);
      await project.ok(["downgrade", "base"]);
      expect(await project.catalog()).toEqual(before);
    });

    it("writes the same revision whatever order the tables were created in", async () => {
      const bodies: string[] = [];
      for (const order of [["a", "b", "c", "d", "e"], ["e", "d", "c", "b", "a"], ["c", "e", "a", "d", "b"]]) {
        const project = await open();
        await project.exec(...cycleDdl(dialect, order));
        writeFileSync(join(project.dir, "models.ts"), "");
        const generated = await project.autogenerate("drop everything");
        bodies.push(generated.source.replace(header, ""));
        // And back: models declaring the same tables, listed in that order, against an empty database.
        await project.ok(["upgrade", "head"]);
        project.writeModels(`${modelTables()}\nexport default [${order.join(", ")}];`);
        bodies.push((await project.autogenerate("create everything")).source.replace(header, ""));
      }
      expect(bodies[2]).toEqual(bodies[0]);
      expect(bodies[4]).toEqual(bodies[0]);
      expect(bodies[3]).toEqual(bodies[1]);
      expect(bodies[5]).toEqual(bodies[1]);
      // On the servers the cycle is closed by a foreign key added once its tables exist.
      if (dialect !== "sqlite") expect(bodies[1]).toContain("await op.createForeignKey(");
    });
  });
}

/** The cycle of cycleDdl as models (not exported by name: the default export's order is the one under test). */
function modelTables(): string {
  const t = (name: string, refs: [string, string][]) => `const ${name} = table("${name}", {
  id: integer().primaryKey(),
  label: varchar(40),
${refs.map(([c, target]) => `  ${c}: integer().references("${target}.id", { name: "fk_${name}_${c}" }),`).join("\n")}
});`;
  return [t("a", [["b_id", "b"]]), t("b", [["c_id", "c"]]), t("c", [["a_id", "a"]]), t("d", [["a_id", "a"], ["c_id", "c"]]), t("e", [])].join("\n");
}

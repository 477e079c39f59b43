/**
 * `migrate check` and `migrate revision --autogenerate` as users meet them,
 * on every dialect: the list of differences and the exit code, no password
 * in any output, postWrite, the includeObject filter and the compareType /
 * compareServerDefault switches, a database behind its revisions, and bad
 * models modules (a one-line error naming file, table and column; nothing
 * written). And the programmatic revision({ autogenerate }) API.
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { DIALECTS, expectCleanError, snapshotFiles } from "../helpers/cli.js";
import { skipWithoutServer } from "../helpers/databases.js";
import { changeLines, expectNoDiff, ModelProject, opCalls, quoteFor } from "../helpers/autogen.js";
import { ROOT } from "../helpers/project.js";

const skip = new Map(await Promise.all(DIALECTS.map(async (d) => [d, await skipWithoutServer(d)] as const)));

const PASSWORD = "Pw-n0t-for-your-eyes";

/** The scratch database's URL with a password in it (PostgreSQL's trust authentication accepts any). */
function withPassword(url: string): string {
  const u = new URL(url);
  u.password = PASSWORD;
  return u.toString();
}

const before = `
export const items = table("items", {
  id: integer().primaryKey().autoIncrement(),
  name: varchar(50),
  qty: integer().default(0),
}, [index("ix_items_name", ["name"])]);

export const old_stuff = table("old_stuff", { id: integer().primaryKey() });
`;

const after = `
export const items = table("items", {
  id: integer().primaryKey().autoIncrement(),
  name: varchar(50).notNull(),
  qty: integer().default(0),
});

export const things = table("things", { id: integer().primaryKey(), item_id: integer().references("items.id") });
`;

describe.concurrent("autogenerate and check, as users meet them", () => {
  for (const dialect of DIALECTS) {
    describe.skipIf(skip.get(dialect))(dialect, () => {
      it("check lists the differences and exits 1, then 0; no password in any output; postWrite runs", { timeout: 120_000 }, async () => {
        // PostgreSQL's test server trusts local connections, so a password in the URL is accepted (and must never be shown).
        const passworded = dialect === "postgresql";
        const postWrite = `node -e "require('fs').appendFileSync(process.argv[1], '// post-write ran\\\\n')"`;
        const project = await ModelProject.open(dialect, {
          configExtra: `  postWrite: [${JSON.stringify(postWrite)}],`,
        });
        const outputs: string[] = [];
        const url = passworded ? withPassword(project.db.url) : project.db.url;
        project.writeConfig(`  postWrite: [${JSON.stringify(postWrite)}],`, url);
        const cli = async (args: string[]) => {
          const result = await project.run([...args, "--url", url]);
          outputs.push(result.stdout, result.stderr);
          return result;
        };
        try {
          project.writeModels(before);
          const first = await cli(["revision", "--autogenerate", "-m", "first"]);
          expect(first.code, first.stderr).toBe(0);
          expect(changeLines(first.stderr)).toEqual(["+ table items", "+ table old_stuff"]);
          const firstPath = first.stdout.trim();
          expect(readFileSync(firstPath, "utf8")).toMatch(/\/\/ post-write ran\n$/);
          expect((await cli(["upgrade", "head"])).code).toBe(0);

          project.writeModels(after);
          const check = await cli(["check"]);
          expect(check.code, check.stdout + check.stderr).toBe(1);
          expect(check.stdout.split("\n").filter(Boolean)).toEqual([
            "The models and the database differ:",
            "- table old_stuff",
            "+ table things",
            "- index ix_items_name on items",
            "~ column items.name (nullable)",
          ]);

          const second = await cli(["revision", "--autogenerate", "-m", "second"]);
          expect(second.code, second.stderr).toBe(0);
          const source = readFileSync(second.stdout.trim(), "utf8");
          expect(source).toContain("// WARNING: drops table old_stuff and all its rows");
          expect(source).toMatch(/\/\/ post-write ran\n$/);
          expect((await cli(["upgrade", "head"])).code).toBe(0);
          const clean = await cli(["check"]);
          expect(clean.code, clean.stdout + clean.stderr).toBe(0);
          expect(clean.stdout.trim()).toBe("No differences: the models and the database agree.");

          // An error names what went wrong, still without the password.
          project.project.writeRevision({ id: "abcdef012345", down: basename(second.stdout.trim()).slice(0, 12) });
          const behind = await cli(["check"]);
          expectCleanError(behind, [PASSWORD]);
          if (passworded) expect(url).toContain(PASSWORD);
          for (const text of outputs) expect(text).not.toContain(PASSWORD);
        } finally {
          await project.close();
        }
      });

      it("includeObject leaves objects out on both sides; compareType and compareServerDefault switch type and default changes off", { timeout: 120_000 }, async () => {
        const include = `  includeObject: (obj) => !(obj.kind === "table" && obj.name.startsWith("legacy_"))
    && !(obj.kind === "index" && obj.name === "ix_gadgets_manual")
    && !(obj.kind === "column" && obj.name === "scratch")
    && !(obj.kind === "table" && obj.name === "gadget_drafts" && !obj.reflected),`;
        const project = await ModelProject.open(dialect, { configExtra: include });
        const q = quoteFor(dialect);
        const gadgets = (label: string, extra = "") => `
export const gadgets = table("gadgets", {
  id: integer().primaryKey(),
  label: ${label},
  size: integer(),${extra}
});
export const gadget_drafts = table("gadget_drafts", { id: integer().primaryKey() });
`;
        try {
          project.writeModels(gadgets('varchar(20).default("x")'));
          await project.autogenerate("gadgets");
          await project.ok(["upgrade", "head"]);
          // Made by hand, outside the models: left alone because includeObject says so.
          await project.exec(
            `CREATE TABLE ${q("legacy_log")} (${q("id")} INTEGER PRIMARY KEY)`,
            `CREATE INDEX ${q("ix_gadgets_manual")} ON ${q("gadgets")} (${q("size")})`,
            `ALTER TABLE ${q("gadgets")} ADD ${dialect === "sqlite" ? "COLUMN " : ""}${q("scratch")} INTEGER`,
          );
          await expectNoDiff(project, `includeObject (${dialect})`);
          const catalog = await project.catalog();
          expect(Object.keys(catalog.tables).sort()).toEqual(["gadgets", "legacy_log"]);

          // Switched off, a type or default change is not a difference; nullability still is.
          project.writeConfig(`${include}\n  compareType: false,\n  compareServerDefault: false,`);
          project.writeModels(gadgets('varchar(40).default("y")'));
          await expectNoDiff(project, `switches off (${dialect})`);
          project.writeModels(gadgets('varchar(40).notNull().default("y")'));
          const off = await project.run(["check"]);
          expect(off.code).toBe(1);
          expect(changeLines(off.stdout)).toEqual(["~ column gadgets.label (nullable)"]);

          // Switched on (the default), all three are.
          project.writeConfig(include);
          const on = await project.run(["check"]);
          expect(on.code).toBe(1);
          expect(changeLines(on.stdout)).toEqual(["~ column gadgets.label (type, nullable, default)"]);
          const generated = await project.autogenerate("label");
          expect(opCalls(generated.source, "upgrade")).toEqual(["op.alterColumn"]);
          await project.ok(["upgrade", "head"]);
          await expectNoDiff(project, `switches on (${dialect})`);
          expect(Object.keys((await project.catalog()).tables).sort()).toEqual(["gadgets", "legacy_log"]);
        } finally {
          await project.close();
        }
      });

      it("refuses a database behind its revisions, and bad models, with one line naming file, table and column; writes nothing", { timeout: 120_000 }, async () => {
        const project = await ModelProject.open(dialect);
        const models = join(project.dir, "models.ts");
        const refuse = async (source: string, expected: (string | RegExp)[], commands = [["revision", "--autogenerate", "-m", "x"]]): Promise<void> => {
          project.writeModels(source);
          const files = snapshotFiles(project.dir);
          for (const args of commands) {
            const line = expectCleanError(await project.run(args));
            for (const e of expected) expect(line).toMatch(e);
            expect(snapshotFiles(project.dir)).toEqual(files);
          }
        };
        try {
          project.writeModels(`export const a = table("a", { id: integer().primaryKey() });`);
          await project.autogenerate("a");
          // Not applied yet: autogenerate would repeat what the revision does.
          const line = expectCleanError(await project.run(["revision", "--autogenerate", "-m", "again"]));
          expect(line).toMatch(/not up to date .*upgrade/);
          expect(project.project.files()).toHaveLength(1);
          await project.ok(["upgrade", "head"]);

          const file = new RegExp(models.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
          await refuse(`export const b = table("b", { id: integer().primaryKey(), a_id: integer().references("nowhere.id") });`,
            [file, /"b"/, /missing table "nowhere"/], [["revision", "--autogenerate", "-m", "x"], ["check"]]);
          await refuse(`export const a = table("a", { id: integer().primaryKey() });
export const b = table("b", { id: integer().primaryKey(), a_id: integer().references("a.nope") });`,
          [file, /"b"/, /"a\.nope"/]);
          await refuse(`export const a = table("a", { id: integer().primaryKey() });
export const a2 = table("a", { id: integer().primaryKey() });`, [file, /two tables are named "a"/]);
          await refuse(`export const c = table("c", { id: integer().primaryKey() }, [index("ix_c_ghost", ["ghost"])]);`,
            [file, /"c"/, /"ghost"/]);
          await refuse(`throw new Error("models exploded");`, [file, /models exploded/]);
          await refuse(`export const nothing = 1;`, [file, /exports no table/]);
          // Rename hints must name what exists, and go with --autogenerate.
          await refuse(`export const a = table("a", { id: integer().primaryKey() });`, [/--rename-table ghost:a: the database has no table "ghost"/],
            [["revision", "--autogenerate", "-m", "x", "--rename-table", "ghost:a"]]);
          await refuse(`export const a = table("a", { id: integer().primaryKey() });`, [/--rename-column a\.id:key: the models have no column "a\.key"/],
            [["revision", "--autogenerate", "-m", "x", "--rename-column", "a.id:key"]]);
          await refuse(`export const a = table("a", { id: integer().primaryKey() });`, [/go with autogenerate/],
            [["revision", "-m", "x", "--rename-table", "a:b"]]);
          if (dialect === "mysql") {
            await refuse(`export const p = table("p", { id: integer().primaryKey(), n: integer() }, [index("ix_p_n", ["n"], { where: "n > 0" })]);`,
              [file, /"p"/, /ix_p_n/, /partial/]);
          }
        } finally {
          await project.close();
        }
      });
    });
  }

  it.skipIf(skip.get("sqlite"))("the programmatic revision({ autogenerate, renames }) matches the CLI", { timeout: 60_000 }, async () => {
    const api = await import(join(ROOT, "dist/index.js")) as typeof import("../../src/index.js");
    const project = await ModelProject.open("sqlite");
    try {
      project.writeModels(`export const notes = table("notes", { id: integer().primaryKey(), body: text() });`);
      const first = await api.revision({ cwd: project.dir, message: "notes", autogenerate: true });
      expect(first.changes).toEqual([{ sign: "+", text: "table notes" }]);
      expect(opCalls(readSource(first.path), "upgrade")).toEqual(["op.createTable"]);
      await project.ok(["upgrade", "head"]);
      await project.exec("INSERT INTO notes (id, body) VALUES (1, 'kept')");

      project.writeModels(`export const memos = table("memos", { id: integer().primaryKey(), text: text() });`);
      await expect(api.revision({ cwd: project.dir, message: "plain", renames: { tables: [{ from: "notes", to: "memos" }] } }))
        .rejects.toThrow(/go with autogenerate/);
      const second = await api.revision({
        cwd: project.dir, message: "rename", autogenerate: true,
        renames: { tables: [{ from: "notes", to: "memos" }], columns: [{ table: "notes", from: "body", to: "text" }] },
      });
      expect(second.changes).toEqual([{ sign: "~", text: "table notes renamed to memos" }, { sign: "~", text: "column memos.body (renamed to text)" }]);
      await project.ok(["upgrade", "head"]);
      expect(await project.counts(["memos"])).toEqual({ memos: 1 });
      expect(await api.check({ cwd: project.dir })).toEqual([{ database: null, changes: [], operations: [], diff: null, invalidIndexes: null }]);
      const plain = await api.revision({ cwd: project.dir, message: "by hand" });
      expect(plain.changes).toBeUndefined();
    } finally {
      await project.close();
    }
  });
});

function readSource(path: string): string {
  return readFileSync(path, "utf8");
}

/**
 * `migrate check --diff` (issue 16, readable diffs): after the change list, a unified diff per differing table
 * of its DDL as the database has it against what the models want, coloured only where colour is wanted.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/project.js";
import type { DialectName } from "../../src/dialects/dialect.js";
import { DIALECTS } from "../helpers/cli.js";
import { skipWithoutServer } from "../helpers/databases.js";
import { changeLines, ModelProject } from "../helpers/autogen.js";

const ANSI = /\u001b\[[0-9;]*m/;

const BEFORE = `
export const mood = enumType("mood", ["happy", "sad"]);
export const users = table("users", {
  id: integer().primaryKey(),
  name: varchar(100).notNull(),
  email: varchar(200),
}, [index("ix_users_email", ["email"]), unique(null, ["email"]), check(null, "id > 0")]);
export const old_stuff = table("old_stuff", { id: integer().primaryKey(), note: varchar(50) });
export const kept = table("kept", { id: integer().primaryKey(), label: varchar(40), owner_id: integer().references("users.id") });
export const moods = table("moods", { id: integer().primaryKey(), mood: mood.column() });
`;

const AFTER = `
export const mood = enumType("mood", ["happy", "sad", "calm"]);
export const users = table("users", {
  id: integer().primaryKey(),
  name: text().notNull(),
  email: varchar(200),
  age: integer(),
}, [unique(null, ["email"]), check(null, "id > 0")]);
export const kept = table("kept", { id: integer().primaryKey(), label: varchar(40), owner_id: integer().references("users.id") });
export const moods = table("moods", { id: integer().primaryKey(), mood: mood.column() });
export const posts = table("posts", { id: integer().primaryKey(), title: varchar(200).notNull() });
`;

// The CLI's stdout is a pipe here; a FORCE_COLOR inherited from the runner would colour it anyway.
let forced: string | undefined;
beforeAll(() => {
  forced = process.env.FORCE_COLOR;
  delete process.env.FORCE_COLOR;
});
afterAll(() => {
  if (forced !== undefined) process.env.FORCE_COLOR = forced;
});

const skip = Object.fromEntries(await Promise.all(DIALECTS.map(async (d) => [d, await skipWithoutServer(d)] as const)));

// One test per dialect, the three at once: each has its own scratch database and project.
describe.concurrent("check --diff", () => {
  for (const dialect of DIALECTS) {
    it.skipIf(skip[dialect])(`${dialect}: the change list, then a diff per differing table`, async () => {
      const project = await ModelProject.open(dialect, { configExtra: "  compareType: true," });
      try {
        await scenario(dialect, project);
      } finally {
        await project.close();
      }
    });
  }
});

async function scenario(dialect: DialectName, project: ModelProject): Promise<void> {
  project.writeModels(BEFORE);
  await project.autogenerate("before");
  await project.ok(["upgrade", "head"]);
  const agreed = await project.run(["check", "--diff"]);
  expect(agreed.code, agreed.stderr).toBe(0);
  expect(agreed.stdout.trim()).toBe("No differences: the models and the database agree.");

  project.writeModels(AFTER);
  const result = await project.run(["check", "--diff"]);
  expect(result.code, result.stderr).toBe(1);
  const out = result.stdout;
  expect(out).not.toMatch(ANSI);
  const q = (name: string): string => (dialect === "mysql" ? `\`${name}\`` : `"${name}"`);
  const int = dialect === "mysql" ? "INT" : "INTEGER";

  // The change list comes first, as without --diff.
  expect(changeLines(out)).toEqual(expect.arrayContaining(["- table old_stuff", "+ table posts", "+ column users.age",
    "~ column users.name (type)", "- index ix_users_email on users"]));
  const firstDiff = out.indexOf("\n--- ");
  expect(firstDiff).toBeGreaterThan(out.indexOf("~ column users.name (type)"));

  const lines = out.split("\n");
  const file = (name: string): string[] => {
    const from = lines.findIndex((l, i) => (l === `--- database/${name}.sql`
      || (l === "--- /dev/null" && lines[i + 1] === `+++ models/${name}.sql`)));
    expect(from, `no diff for ${name} in:\n${out}`).toBeGreaterThanOrEqual(0);
    const end = lines.findIndex((l, i) => i > from + 1 && (l === "" || l.startsWith("--- ")));
    return lines.slice(from, end < 0 ? undefined : end);
  };

  const users = file("users");
  expect(users.slice(0, 2)).toEqual(["--- database/users.sql", "+++ models/users.sql"]);
  expect(users).toContain(`-  ${q("name")} VARCHAR(100) NOT NULL,`);
  expect(users).toContain(`+  ${q("name")} TEXT NOT NULL,`);
  expect(users).toContain(`+  ${q("age")} ${int},`);
  expect(users).toContain(`-CREATE INDEX ${q("ix_users_email")} ON ${q("users")} (${q("email")});`);
  // Unchanged lines are context, the primary key's database-given name (PostgreSQL) included.
  expect(users).toContain(` CREATE TABLE ${q("users")} (`);
  expect(users).toContain(`   ${q("email")} VARCHAR(200),`);
  // Unnamed in the models, named by the database or autogenerate, spelled its own way by the server: no line.
  const constraints = users.filter((l) => /PRIMARY KEY|UNIQUE|CHECK/.test(l));
  expect(constraints.length).toBeGreaterThanOrEqual(3);
  expect(constraints.every((l) => l.startsWith(" ")), users.join("\n")).toBe(true);

  const dropped = file("old_stuff");
  expect(dropped.slice(0, 3)).toEqual(["--- database/old_stuff.sql", "+++ /dev/null", "@@ -1,5 +0,0 @@"]);
  expect(dropped).toContain(`-CREATE TABLE ${q("old_stuff")} (`);
  expect(dropped.slice(3).every((l) => l.startsWith("-"))).toBe(true);

  const created = file("posts");
  expect(created.slice(0, 3)).toEqual(["--- /dev/null", "+++ models/posts.sql", "@@ -0,0 +1,5 @@"]);
  expect(created).toContain(`+  ${q("title")} VARCHAR(200) NOT NULL,`);
  expect(created.slice(3).every((l) => l.startsWith("+"))).toBe(true);

  const moods = file("moods");
  if (dialect === "postgresql") {
    // The enum type is its own statement, shown with the table that uses it.
    expect(moods).toContain(`-CREATE TYPE "mood" AS ENUM ('happy', 'sad');`);
    expect(moods).toContain(`+CREATE TYPE "mood" AS ENUM ('happy', 'sad', 'calm');`);
    expect(moods).toContain(`   ${q("mood")} "mood",`);
  } else {
    expect(moods.filter((l) => l.startsWith("+  ") && l.includes("'calm'"))).toHaveLength(1);
    expect(moods.filter((l) => l.startsWith("-  ") && l.includes("'sad')"))).toHaveLength(1);
  }

  // The table that did not change has no diff.
  expect(out).not.toContain("kept.sql");
  expect(out.match(/^\+\+\+ /gm)).toHaveLength(4);

  // Without --diff: the change list alone, as before.
  const plain = await project.run(["check"]);
  expect(plain.code).toBe(1);
  expect(out.startsWith(plain.stdout)).toBe(true);
  expect(plain.stdout).not.toContain("--- ");

  // FORCE_COLOR: the same text, coloured.
  const coloured = await project.project.run(["check", "--diff"], { FORCE_COLOR: "1" });
  expect(coloured.code).toBe(1);
  expect(coloured.stdout).toMatch(ANSI);
  expect(coloured.stdout.replace(new RegExp(ANSI.source, "g"), "")).toBe(out);
  expect(coloured.stdout).toContain(`\u001b[31m-  ${q("name")} VARCHAR(100) NOT NULL,\u001b[39m`);
  expect(coloured.stdout).toContain(`\u001b[32m+  ${q("name")} TEXT NOT NULL,\u001b[39m`);

  // The programmatic API: the same diff, uncoloured, in the report; none unless asked for.
  if (dialect === "sqlite") {
    const api = await import(join(ROOT, "dist/index.js")) as typeof import("../../src/index.js");
    const [report] = await api.check({ cwd: project.dir, diff: true });
    expect(report!.diff).not.toMatch(ANSI);
    expect(out).toContain(report!.diff!.trimEnd());
    expect((await api.check({ cwd: project.dir }))[0]!.diff).toBeNull();
  }
}

/**
 * Rename prompts of `revision --autogenerate` (issue 16, item 4), on SQLite: asked on a terminal (stdin and
 * stderr on a pseudo-terminal), answered, and turned into renameTable / alterColumn({ newName }); never asked
 * without a terminal or with --no-interactive, where drops and creates are written as before.
 */
import { readFileSync, rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ModelProject, opCalls } from "../helpers/autogen.js";
import { runOnTerminal, type PtyResult } from "../helpers/pty.js";

const MEMOS = `export const memos = table("memos", { id: integer().primaryKey(), body: text().notNull() });`;
const PROMPT = /renamed|Which one/;

/**
 * Runs `test` on a project whose database has a table "notes" with two rows. Made with SQL rather than a first revision (a
 * project with no revisions yet is up to date), which keeps each test to the runs it is about.
 */
async function withNotes(test: (project: ModelProject) => Promise<void>): Promise<void> {
  const project = await ModelProject.open("sqlite");
  try {
    await project.exec("CREATE TABLE notes (id INTEGER NOT NULL PRIMARY KEY, body TEXT NOT NULL)",
      "INSERT INTO notes (id, body) VALUES (1, 'one')", "INSERT INTO notes (id, body) VALUES (2, 'two')");
    await test(project);
  } finally {
    await project.close();
  }
}

/** The revision file the run wrote (the last line of its stdout). */
function written(result: PtyResult): string {
  expect(result.code, result.transcript).toBe(0);
  return readFileSync(result.stdout.trim().split("\n").pop()!.trim(), "utf8");
}

const REVISION = ["revision", "--autogenerate", "-m", "x"];

describe.concurrent("rename prompts on a terminal", () => {
  it("answer yes: renameTable, and the rows are kept", { timeout: 30_000 }, () => withNotes(async (project) => {
    project.writeModels(MEMOS);
    const result = await runOnTerminal(project.dir, REVISION, [{ waitFor: 'Was it renamed to "memos"? [y/n] ', answer: "y\n" }]);
    expect(result.transcript).toContain('The table "notes" is not in the models, and the new table "memos" has a compatible shape.');
    const source = written(result);
    expect(opCalls(source, "upgrade")).toEqual(["op.renameTable"]);
    expect(source).toContain('op.renameTable("notes", "memos")');
    await project.ok(["upgrade", "head"]);
    expect(await project.counts(["memos"])).toEqual({ memos: 2 });
  }));

  it("answer no: dropTable and createTable", { timeout: 30_000 }, () => withNotes(async (project) => {
    project.writeModels(MEMOS);
    // An answer that is neither y nor n is asked again.
    const result = await runOnTerminal(project.dir, REVISION, [
      { waitFor: "[y/n] ", answer: "maybe\n" },
      { waitFor: "Please answer y or n.", answer: "n\n" },
    ]);
    expect(opCalls(written(result), "upgrade").sort()).toEqual(["op.createTable", "op.dropTable"]);
  }));

  it("several candidates: a numbered list, and 2 picks the second", { timeout: 30_000 }, () => withNotes(async (project) => {
    // Both new tables have notes' columns; "entries" has one more, so "memos" (the same columns) comes first.
    project.writeModels([MEMOS,
      `export const entries = table("entries", { id: integer().primaryKey(), body: text().notNull(), at: text() });`].join("\n"));
    const result = await runOnTerminal(project.dir, REVISION, [{ waitFor: "Which one [1-3]? ", answer: "2\n" }]);
    expect(result.transcript).toContain('  1) renamed to "memos"\n  2) renamed to "entries"\n  3) no: "notes" was dropped and the new tables are created');
    const source = written(result);
    expect(source).toContain('op.renameTable("notes", "entries")');
    expect(opCalls(source, "upgrade")).toContain("op.createTable");
    await project.ok(["upgrade", "head"]);
    expect(await project.counts(["entries", "memos"])).toEqual({ entries: 2, memos: 0 });
  }));

  it("a column: renamed with alterColumn({ newName }), the values kept", { timeout: 30_000 }, () => withNotes(async (project) => {
    project.writeModels(`export const notes = table("notes", { id: integer().primaryKey(), text: text().notNull() });`);
    const result = await runOnTerminal(project.dir, REVISION, [{ waitFor: 'Was it renamed to "text"? [y/n] ', answer: "yes\n" }]);
    expect(result.transcript).toContain('The column "notes.body" is not in the models, and the new column "text" has a compatible type.');
    const source = written(result);
    expect(source).toMatch(/newName: "text"/);
    expect(source).not.toMatch(/dropColumn|addColumn/);
    await project.ok(["upgrade", "head"]);
    expect((await project.rows(["notes"])).notes!.map((r) => r.text)).toEqual(["one", "two"]);
  }));

  it("stdin ending instead of an answer (Ctrl-D): an error, and no revision written", { timeout: 30_000 }, () => withNotes(async (project) => {
    project.writeModels(MEMOS);
    const result = await runOnTerminal(project.dir, REVISION, [{ waitFor: "[y/n] ", answer: "\x04" }]);
    expect(result.code).toBe(1);
    expect(result.transcript).toContain('error: no answer to the rename question about table "notes" (stdin ended)');
    expect(project.project.files()).toEqual([]);
  }));

  it("--no-interactive and explicit --rename-* hints ask nothing", { timeout: 30_000 }, () => withNotes(async (project) => {
    project.writeModels(MEMOS);
    const quiet = await runOnTerminal(project.dir, [...REVISION, "--no-interactive"]);
    expect(quiet.transcript).not.toMatch(PROMPT);
    const path = quiet.stdout.trim().split("\n").pop()!.trim();
    expect(opCalls(written(quiet), "upgrade").sort()).toEqual(["op.createTable", "op.dropTable"]);
    rmSync(path);
    // The hint covers the table; the column that also changed is still asked about.
    project.writeModels(`export const memos = table("memos", { id: integer().primaryKey(), text: text().notNull() });`);
    const hinted = await runOnTerminal(project.dir, [...REVISION, "--rename-table", "notes:memos"],
      [{ waitFor: 'Was it renamed to "text"? [y/n] ', answer: "n\n" }]);
    expect(hinted.transcript).not.toContain('table "notes"');
    expect(opCalls(written(hinted), "upgrade")).toEqual(["op.renameTable", "op.batchAlterTable", "batch.addColumn", "batch.dropColumn"]);
  }));
});

describe("rename prompts without a terminal", () => {
  it("stdin not a terminal: no question, drop and create as before", { timeout: 30_000 }, () => withNotes(async (project) => {
    project.writeModels(MEMOS);
    const result = await project.ok(REVISION);
    expect(result.stderr).not.toMatch(PROMPT);
    const source = readFileSync(result.stdout.trim().split("\n").pop()!.trim(), "utf8");
    expect(opCalls(source, "upgrade").sort()).toEqual(["op.createTable", "op.dropTable"]);
  }));
});

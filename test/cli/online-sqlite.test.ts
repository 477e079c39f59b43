/**
 * `--online` on SQLite changes nothing: SQLite has one writer at a time and no statement form that avoids its
 * write lock, so the online revision is the plain one, in one transactional file. Also the programmatic option.
 */
import { readFileSync, unlinkSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { body, ModelProject } from "../helpers/autogen.js";
import * as api from "../../dist/index.js";

describe("--online on SQLite", () => {
  let project: ModelProject;

  beforeAll(async () => {
    project = await ModelProject.open("sqlite");
    project.writeModels('export const notes = table("notes", { id: integer().primaryKey(), title: varchar(50), org: integer() });');
    await project.autogenerate("notes");
    await project.ok(["upgrade", "head"]);
    project.writeModels('export const notes = table("notes", { id: integer().primaryKey(), title: varchar(50).notNull(), org: integer() },\n'
      + '  [index("ix_notes_title", ["title"])]);');
  }, 60_000);
  afterAll(async () => {
    await project?.close();
  });

  it("writes the same single transactional revision as without it", async () => {
    const online = await project.ok(["revision", "--autogenerate", "--online", "-m", "online", "--rev-id", "online1"]);
    const paths = online.stdout.trim().split("\n");
    expect(paths).toHaveLength(1);
    const onlineSource = readFileSync(paths[0]!, "utf8");
    expect(onlineSource).not.toContain("transactional");
    expect(onlineSource).toContain('await batch.createIndex("ix_notes_title", ["title"]);');
    // The programmatic option, from the same database state.
    unlinkSync(paths[0]!);
    const plain = await api.revision({ cwd: project.dir, message: "plain", autogenerate: true, online: false, revId: "plain1" });
    expect(plain.files).toEqual([{ revision: "plain1", path: plain.path, transactional: true }]);
    const plainSource = readFileSync(plain.path, "utf8");
    expect(body(onlineSource, "upgrade")).toBe(body(plainSource, "upgrade"));
    expect(body(onlineSource, "downgrade")).toBe(body(plainSource, "downgrade"));
  }, 60_000);

  it("the config's online is checked: true or false", async () => {
    project.writeConfig('  online: "yes",');
    const result = await project.run(["revision", "--autogenerate", "-m", "x"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/"online" must be true or false/);
    const stray = await project.run(["revision", "--online", "-m", "x"]);
    expect(stray.code).toBe(1);
    expect(stray.stderr).toMatch(/--online goes with --autogenerate/);
  });
});

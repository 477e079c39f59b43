/**
 * A hand-made SQLite WITHOUT ROWID table whose key is declared INT: in such a table INT and INTEGER keys are the
 * same thing (no rowid alias), so `check` against `integer().primaryKey()` in a table declared withoutRowid must find nothing, through the CLI,
 * with and without an includeObject in the config.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { query } from "../helpers/cli.js";
import { createScratchDatabase, type ScratchDatabase } from "../helpers/databases.js";
import { Project } from "../helpers/project.js";

const config = (url: string, include: string) => `import { defineConfig } from "athanor";
export default defineConfig({ url: ${JSON.stringify(url)}, models: "./models.ts", migrations: "./migrations"${include} });
`;

describe("SQLite WITHOUT ROWID tables in check", () => {
  let db: ScratchDatabase;
  let project: Project;

  beforeAll(async () => {
    db = await createScratchDatabase("sqlite");
    await query(db.url, "CREATE TABLE kv (id INT PRIMARY KEY, name TEXT) WITHOUT ROWID");
    project = new Project(db.url, { config: config(db.url, "") });
    writeFileSync(join(project.dir, "models.ts"), `import { integer, table, text } from "athanor/schema";
export const kv = table("kv", { id: integer().primaryKey(), name: text() }, [], { withoutRowid: true });
`);
  });
  afterAll(async () => {
    project?.remove();
    await db?.drop();
  });

  it("finds no difference for an INT key", async () => {
    expect((await project.run(["check"])).code).toBe(0);
  });

  it("finds none either when includeObject is asked about every object", async () => {
    writeFileSync(join(project.dir, "migrate.config.ts"), config(db.url, ", includeObject: (obj) => obj.name !== \"skipped\""));
    expect((await project.run(["check"])).code).toBe(0);
  });
});

/**
 * PostgreSQL: model tables in another schema (table options `{ schema }`) are introspected and compared like
 * the default schema's, so autogenerate creates them once, `check` is clean afterwards, and a reference into
 * the default schema ("public.users.id") orders and compares right.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { query } from "../helpers/cli.js";
import { createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { Project } from "../helpers/project.js";

const MODELS = `import { table, integer, varchar } from "athanor/schema";
export const users = table("users", { id: integer().primaryKey(), name: varchar(20) });
export const log = table("log", {
  id: integer().primaryKey(),
  user_id: integer().references("public.users.id"),
  note: varchar(NOTE_LENGTH),
}, [], { schema: "audit" });
`;

describe.skipIf(await skipWithoutServer("postgresql"))("tables in another schema (postgresql)", () => {
  let db: ScratchDatabase;
  let project: Project;

  beforeAll(async () => {
    db = await createScratchDatabase("postgresql");
    await query(db.url, "CREATE SCHEMA audit");
    project = new Project(db.url, { config: `import { defineConfig } from "athanor";
export default defineConfig({ url: ${JSON.stringify(db.url)}, models: "./models.ts" });
` });
  });
  afterAll(async () => {
    project?.remove();
    await db?.drop();
  });

  const models = (length: number): void => writeFileSync(join(project.dir, "models.ts"), MODELS.replace("NOTE_LENGTH", String(length)));
  const tables = async (): Promise<string[]> => (await query(db.url,
    "SELECT table_schema || '.' || table_name AS t FROM information_schema.tables WHERE table_schema IN ('public', 'audit') ORDER BY 1"))
    .map((r) => String(r.t));

  it("creates them once, compares them after, and changes them in place", async () => {
    models(50);
    await project.ok(["revision", "--autogenerate", "-m", "one"]);
    await project.ok(["upgrade", "head"]);
    expect(await tables()).toEqual(["audit.log", "public.migrate_history", "public.migrate_version", "public.users"]);
    expect((await project.run(["check"])).code).toBe(0);

    models(80);
    const changed = await project.run(["check"]);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain("~ column audit.log.note (type)");
    await project.ok(["revision", "--autogenerate", "-m", "two"]);
    await project.ok(["upgrade", "head"]);
    expect((await project.run(["check"])).code).toBe(0);

    await project.ok(["downgrade", "base"]);
    expect(await tables()).toEqual(["public.migrate_history", "public.migrate_version"]);
  });
});

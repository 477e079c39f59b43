/**
 * Autogenerate never writes a revision that athanor would refuse (issue 13): the rendered upgrade and
 * downgrade are run against a compile-only op first, and what cannot be built or compiled for the dialect
 * stops autogenerate with one line naming the object, and no file.
 */
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { renderOperations } from "../../src/autogenerate/render.js";
import { downgradeOperations } from "../../src/autogenerate/downgrade.js";
import type { Operation } from "../../src/operations/operation.js";
import { buildTable } from "../../src/schema/table.js";
import { integer, varchar } from "../../src/schema/index.js";
import { expectCleanError } from "../helpers/cli.js";
import { skipWithoutServer } from "../helpers/databases.js";
import { ModelProject } from "../helpers/autogen.js";
import { ROOT } from "../helpers/project.js";

const cases = [
  // The models drop a column that a generated column they keep is computed from: SQLite's rebuild cannot.
  { dialect: "sqlite", ddl: ["CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, lower_email TEXT GENERATED ALWAYS AS (lower(email)) VIRTUAL)"],
    models: 'import { table, integer, text, sql } from "athanor/schema";\nexport const users = table("users", {\n'
      + '  id: integer().primaryKey(),\n  lower_email: text().generatedAlwaysAs(sql`lower(email)`),\n});\n',
    direction: "upgrade", names: ["users", "email"] },
] as const;

for (const { dialect, ddl, models, direction, names } of cases) {
  describe.skipIf(await skipWithoutServer(dialect))(`autogenerate refuses what it could not run (${dialect})`, () => {
    let project: ModelProject | undefined;
    afterEach(async () => { await project?.close(); project = undefined; });

    it("names the object, exits 1 and writes no file", async () => {
      project = await ModelProject.open(dialect);
      await project.exec(...ddl);
      writeFileSync(join(project.dir, "models.ts"), models);
      const line = expectCleanError(await project.run(["revision", "--autogenerate", "-m", "drop email"]));
      expect(line).toContain(`the generated ${direction} would be refused`);
      for (const name of names) expect(line).toContain(name);
      expect(line).toContain("no revision was written");
      expect(readdirSync(join(project.dir, "migrations/versions"))).toEqual([]);
    });
  });
}

// As built: the revision is loaded by athanor's loader, whose "athanor/schema" is the built package.
const dist = async <T>(path: string): Promise<T> => import(pathToFileURL(join(ROOT, "dist", path)).href) as Promise<T>;

describe("checkRevision", () => {
  let checkRevision: typeof import("../../src/autogenerate/check-revision.js").checkRevision;
  let getDialect: typeof import("../../src/dialects/index.js").getDialect;
  beforeAll(async () => {
    ({ checkRevision } = await dist<typeof import("../../src/autogenerate/check-revision.js")>("autogenerate/check-revision.js"));
    ({ getDialect } = await dist<typeof import("../../src/dialects/index.js")>("dialects/index.js"));
  });
  const table = buildTable("t", { id: integer().primaryKey(), name: varchar(20) });
  const partial: Operation = { kind: "createIndex", table: { name: "t", schema: null },
    index: { name: "ix_t_name", columns: ["name"], unique: false, where: "name IS NOT NULL" }, concurrently: false };
  const bodies = (ops: Operation[]) => {
    const up = renderOperations(ops);
    const down = renderOperations(downgradeOperations(ops));
    const names = [...new Set([...up.imports, ...down.imports])];
    return { imports: names.length ? [`import { ${names.join(", ")} } from "athanor/schema";`] : [], upgrade: up.lines, downgrade: down.lines };
  };
  const near = join(ROOT, "migrate.config.ts");

  it("refuses an op the dialect refuses, naming it", async () => {
    await expect(checkRevision(bodies([partial]), getDialect("mysql"), { tables: [table], enums: [] }, near))
      .rejects.toThrow(/the generated upgrade would be refused on mysql at createIndex ix_t_name/);
  });

  it("refuses a downgrade that undoes a drop the dialect cannot recreate", async () => {
    const withPartial = { ...table, indexes: [partial.kind === "createIndex" ? partial.index : never()] };
    const drop: Operation = { kind: "dropTable", table: { name: "t", schema: null }, definition: withPartial };
    await expect(checkRevision(bodies([drop]), getDialect("mysql"), { tables: [withPartial], enums: [] }, near))
      .rejects.toThrow(/the generated downgrade would be refused on mysql/);
  });

  it("passes what compiles, in both directions, from the schema it starts at", async () => {
    await expect(checkRevision(bodies([partial]), getDialect("postgresql"), { tables: [table], enums: [] }, near)).resolves.toBeUndefined();
    const add: Operation = { kind: "addColumn", table: { name: "t", schema: null },
      column: { ...table.columns[1]!, name: "extra" }, unique: null, foreignKey: null } as Operation;
    await expect(checkRevision(bodies([add]), getDialect("sqlite"), { tables: [table], enums: [] }, near)).resolves.toBeUndefined();
  });
});

function never(): never {
  throw new Error("unreachable");
}

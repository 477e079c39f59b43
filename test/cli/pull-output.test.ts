/**
 * What `migrate pull` writes, as a reader and the tools of a TypeScript
 * project see it: the same bytes however often and in whatever order the
 * tables were made; one export per table and enum, referenced before
 * referencing; `tsc --noEmit --strict` clean; and `prettier --check` clean
 * when prettier is a postWrite command.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DialectName } from "../../src/dialects/dialect.js";
import { applyWithClient, DIALECTS } from "../helpers/cli.js";
import { createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import type { Project } from "../helpers/project.js";
import {
  AWKWARD, checkClean, expectGoodExportNames, exportNames, PRETTIER, prettierCheck, pullOk, pullProject, readModels, show, typecheck,
} from "../helpers/pull.js";

/**
 * A chain whose alphabetical order is the reverse of its dependency order (a_child references z_parent,
 * m_grandchild references a_child), a table outside it, and (PostgreSQL) enums, as table statements and what
 * goes after them (foreign keys, indexes). SQLite has no ALTER TABLE ADD CONSTRAINT: its keys are inline,
 * which it accepts before the table they name exists.
 */
interface Chain { readonly types: string[]; readonly tables: string[]; readonly after: string[] }

const CHAIN: Record<DialectName, Chain> = {
  sqlite: {
    types: [],
    tables: [
      "CREATE TABLE z_parent (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);",
      "CREATE TABLE a_child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL CONSTRAINT fk_child_parent REFERENCES z_parent (id), status TEXT NOT NULL DEFAULT 'new');",
      "CREATE TABLE m_grandchild (id INTEGER PRIMARY KEY, child_id INTEGER CONSTRAINT fk_grandchild_child REFERENCES a_child (id) ON DELETE CASCADE);",
      "CREATE TABLE b_loner (id INTEGER, kind TEXT);",
    ],
    after: ["CREATE INDEX ix_child_parent ON a_child (parent_id);", "CREATE UNIQUE INDEX ux_parent_name ON z_parent (name);"],
  },
  postgresql: {
    types: ["CREATE TYPE zz_status AS ENUM ('new', 'done');", "CREATE TYPE aa_kind AS ENUM ('x', 'y');"],
    tables: [
      "CREATE TABLE z_parent (id integer PRIMARY KEY, name varchar(50) NOT NULL);",
      "CREATE TABLE a_child (id integer PRIMARY KEY, parent_id integer NOT NULL, status zz_status NOT NULL DEFAULT 'new');",
      "CREATE TABLE m_grandchild (id integer PRIMARY KEY, child_id integer);",
      "CREATE TABLE b_loner (id integer, kind aa_kind);",
    ],
    after: [
      "ALTER TABLE a_child ADD CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES z_parent (id);",
      "ALTER TABLE m_grandchild ADD CONSTRAINT fk_grandchild_child FOREIGN KEY (child_id) REFERENCES a_child (id) ON DELETE CASCADE;",
      "CREATE INDEX ix_child_parent ON a_child (parent_id);",
      "CREATE UNIQUE INDEX ux_parent_name ON z_parent (name);",
      "COMMENT ON TABLE z_parent IS 'the top';",
    ],
  },
  mysql: {
    types: [],
    tables: [
      "CREATE TABLE z_parent (id integer PRIMARY KEY, name varchar(50) NOT NULL);",
      "CREATE TABLE a_child (id integer PRIMARY KEY, parent_id integer NOT NULL, status enum('new', 'done') NOT NULL DEFAULT 'new');",
      "CREATE TABLE m_grandchild (id integer PRIMARY KEY, child_id integer);",
      "CREATE TABLE b_loner (id integer, kind varchar(10));",
    ],
    // Indexes before the keys: a key on a column without an index would make one of its own.
    after: [
      "CREATE INDEX ix_child_parent ON a_child (parent_id);",
      "CREATE INDEX ix_grandchild_child ON m_grandchild (child_id);",
      "CREATE UNIQUE INDEX ux_parent_name ON z_parent (name);",
      "ALTER TABLE a_child ADD CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES z_parent (id);",
      "ALTER TABLE m_grandchild ADD CONSTRAINT fk_grandchild_child FOREIGN KEY (child_id) REFERENCES a_child (id) ON DELETE CASCADE;",
    ],
  },
};

const inOrder = (chain: Chain): string => [...chain.types, ...chain.tables, ...chain.after].join("\n");
/** The same schema, its types and tables made last to first (SQLite: its indexes too). */
const reversed = (chain: Chain): string => [...chain.types].reverse().concat([...chain.tables].reverse(), chain.after).join("\n");

for (const dialect of DIALECTS) {
  describe.skipIf(await skipWithoutServer(dialect))(`pulled models on ${dialect}`, () => {
    const scratch: ScratchDatabase[] = [];
    const projects: Project[] = [];
    const database = async (sql: string): Promise<ScratchDatabase> => {
      const db = await createScratchDatabase(dialect);
      scratch.push(db);
      await applyWithClient(db, sql);
      return db;
    };
    const project = (url: string, extra: readonly string[] = []): Project => {
      const made = pullProject(url, extra);
      projects.push(made);
      return made;
    };
    let chain: ScratchDatabase;
    let awkward: ScratchDatabase;
    beforeAll(async () => {
      chain = await database(inOrder(CHAIN[dialect]));
      awkward = await database(AWKWARD[dialect]);
    });
    afterAll(async () => {
      for (const p of projects) p.remove();
      for (const db of scratch) await db.drop();
    });

    it("is the same file, byte for byte, when pulled twice and when the tables were made in another order", async () => {
      const p = project(chain.url);
      const first = await pullOk(p);
      expect(await pullOk(p, ["--force"])).toBe(first);
      const other = await database(reversed(CHAIN[dialect]));
      const q = project(other.url);
      expect(await pullOk(q)).toBe(first);
      await checkClean(q);
    });

    it("has one export per table and enum, enums first, a referenced table before the tables that reference it", async () => {
      const p = project(chain.url);
      const source = await pullOk(p);
      const names = exportNames(source);
      const enums = dialect === "postgresql" ? ["aaKind", "zzStatus"] : [];
      expect([...names].sort()).toEqual(["aChild", "bLoner", "mGrandchild", "zParent", ...enums].sort());
      expect(names.slice(0, enums.length)).toEqual(enums);
      expect(names.indexOf("zParent")).toBeLessThan(names.indexOf("aChild"));
      expect(names.indexOf("aChild")).toBeLessThan(names.indexOf("mGrandchild"));
      for (const table of ["z_parent", "a_child", "m_grandchild", "b_loner"]) {
        expect(source.split(`= table(${JSON.stringify(table)}, {`)).toHaveLength(2);
      }
      if (dialect === "postgresql") expect(source).toContain("status: zzStatus.column()");
      expectGoodExportNames(source);
      await checkClean(p);
    });

    it("passes tsc --noEmit --strict", async () => {
      for (const db of [chain, awkward]) {
        const p = project(db.url);
        await pullOk(p);
        await typecheck(p, ["models.ts"]);
      }
    });

    it("with prettier as postWrite: prettier --check passes, and the file still loads, checks clean and type-checks", async () => {
      for (const db of [chain, awkward]) {
        const p = project(db.url, [`postWrite: [${JSON.stringify(`${PRETTIER} --write {path}`)}],`]);
        const source = await pullOk(p);
        const checked = await prettierCheck(p, "models.ts");
        expect(checked.code, show(checked)).toBe(0);
        expect(readModels(p)).toBe(source);
        await checkClean(p);
        await typecheck(p, ["models.ts"]);
      }
    });
  });
}

/**
 * SQLite table alterations on temp files: native ALTER where SQLite has it,
 * move-and-copy rebuilds otherwise. Each case fills a parent table (with a
 * child table whose rows cascade from it, a view and triggers on both), runs
 * the op in a transaction with the table state read from the catalog,
 * checks the catalog, the rows and the foreign keys, then runs the op's
 * reverse and checks that the catalog is back to what it was.
 */
import { copyFileSync } from "node:fs";
import BetterSqlite3 from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CompileContext, Connection, QueryFn, Statement } from "../../src/dialects/dialect.js";
import { UnsupportedOperationError } from "../../src/errors.js";
import type { Operation, TableAlteration, TableRef } from "../../src/operations/operation.js";
import { reverseOperation } from "../../src/operations/reverse.js";
import { offlineRunner } from "../../src/runtime/runner.js";
import * as t from "../../src/schema/builders.js";
import { enumType } from "../../src/schema/enum.js";
import type { Column, Index } from "../../src/schema/ir.js";
import { buildTable, check, index } from "../../src/schema/table.js";
import { sql } from "../../src/schema/types.js";
import { connectUrl, createScratchDatabase, type ScratchDatabase } from "../helpers/databases.js";

const P: TableRef = { name: "parent", schema: null };
const C: TableRef = { name: "child", schema: null };
const status = enumType("status", ["new", "done"]);
const parent = buildTable("parent", {
  id: t.integer().primaryKey().autoIncrement(),
  code: t.varchar(10).notNull().unique("uq_parent_code"),
  name: t.text(),
  qty: t.integer().notNull().default(0),
  status: status.column().notNull().default("new"),
}, [check("ck_parent_qty", "qty >= 0"), index("ix_parent_name", ["name"]), index("ix_parent_big", ["qty"], { where: "qty > 5" })]);
const child = buildTable("child", {
  id: t.integer().primaryKey(),
  parent_id: t.integer().notNull().references("parent.id", { onDelete: "cascade", name: "fk_child_parent" }),
  parent_code: t.varchar(10),
  note: t.text(),
});
const column = (table: typeof parent, name: string): Column => table.columns.find((c) => c.name === name)!;
const ix = (name: string): Index => parent.indexes.find((i) => i.name === name)!;
const built = (name: string, builder: ReturnType<typeof t.text>) => buildTable("x", { [name]: builder }).columns[0]!;
const batch = (ops: TableAlteration[], recreate: "auto" | "always" | "never" = "auto"): Operation =>
  ({ kind: "batchAlterTable", table: P, ops, recreate });

describe("sqlite table alterations (live)", () => {
  let db: ScratchDatabase;
  let conn: Connection;
  const q = <R = Record<string, unknown>>(text: string) => conn.query<R>({ sql: text, params: [] });
  const query: QueryFn = (statement) => conn.query(statement);

  async function compile(op: Operation): Promise<Statement[]> {
    const states = await conn.dialect.tableStates(query, conn.dialect.tablesNeeded(op));
    const context: CompileContext = {
      table: (ref) => states.find((s) => s.table.name === ref.name) ?? (() => { throw new UnsupportedOperationError(`no table ${ref.name}`); })(),
    };
    return conn.dialect.compile(op, context);
  }

  /** Runs the op as the runtime does: one transaction, table states read inside it, checked at commit. */
  async function run(op: Operation): Promise<string[]> {
    await conn.begin();
    try {
      const statements = await compile(op);
      for (const statement of statements) await conn.execute(statement);
      await conn.commit();
      return statements.map((s) => s.sql);
    } catch (error) {
      await conn.rollback();
      throw error;
    }
  }

  /** The catalog as SQLite reports it: every schema object's SQL, and the pragmas of both tables. */
  async function catalog(): Promise<unknown> {
    const objects = await q("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name");
    const tables: Record<string, unknown> = {};
    for (const name of ["parent", "child"]) {
      tables[name] = {
        columns: await q(`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_xinfo('${name}')`),
        indexes: await q(`SELECT il.name, il."unique", il.origin, il.partial, group_concat(ii.name) AS cols
          FROM pragma_index_list('${name}') il JOIN pragma_index_info(il.name) ii GROUP BY il.name ORDER BY il.name`),
        foreignKeys: await q(`SELECT * FROM pragma_foreign_key_list('${name}')`),
      };
    }
    return { objects, tables };
  }

  const rows = () => q("SELECT * FROM parent ORDER BY id");
  const children = () => q("SELECT * FROM child ORDER BY id");
  const fkCheck = () => q("PRAGMA foreign_key_check");

  /** The op rebuilds (one CREATE TABLE), keeps every row and child row, and its reverse restores the catalog. */
  async function roundTrip(op: Operation, after?: (statements: string[]) => Promise<void>): Promise<void> {
    const before = await catalog();
    const [parentRows, childRows] = [await rows(), await children()];
    const statements = await run(op);
    expect(statements.filter((s) => s.startsWith("CREATE TABLE"))).toHaveLength(1);
    expect((await q<{ n: number }>("SELECT count(*) AS n FROM parent"))[0]!.n).toBe(parentRows.length);
    expect(await children()).toEqual(childRows);
    expect(await fkCheck()).toEqual([]);
    expect(await q("SELECT name FROM sqlite_schema WHERE name LIKE '%athanor_tmp%'")).toEqual([]);
    await after?.(statements);
    await run(reverseOperation(op));
    expect(await catalog()).toEqual(before);
    expect(await rows()).toEqual(parentRows);
    expect(await children()).toEqual(childRows);
  }

  beforeEach(async () => {
    db = await createScratchDatabase("sqlite");
    conn = await connectUrl(db.url);
    for (const table of [parent, child]) {
      for (const statement of conn.dialect.compile({ kind: "createTable", table }, { table: () => { throw new Error("none"); } })) await conn.execute(statement);
    }
    for (const statement of [
      "CREATE TABLE audit (what TEXT)",
      `CREATE TRIGGER tr_parent AFTER UPDATE OF qty ON parent BEGIN INSERT INTO audit VALUES ('qty ' || new."code"); END`,
      `CREATE TRIGGER tr_child AFTER INSERT ON child BEGIN UPDATE parent SET "name" = "name" WHERE id = new.parent_id; END`,
      'CREATE VIEW v_parent AS SELECT id, "code", "name" FROM parent',
      "INSERT INTO parent (code, name, qty, status) VALUES ('a', 'Ann', 1, 'new'), ('b', 'Bob', 7, 'done'), ('c', 'Cy', 0, 'new'), ('d', 'Di', 9, 'new')",
      "INSERT INTO child (parent_id, parent_code, note) VALUES (1, 'a', 'x'), (1, 'a', 'y'), (2, 'b', 'z'), (4, 'd', 'w')",
    ]) await conn.execute({ sql: statement, params: [] });
  });
  afterEach(async () => {
    await conn?.close();
    await db?.drop();
  });

  it("runs with foreign keys off and checks them at commit: a violation fails the commit and rolls back", async () => {
    expect(await q("PRAGMA foreign_keys")).toEqual([{ foreign_keys: 0 }]);
    const before = await children();
    await conn.begin();
    await conn.execute({ sql: "INSERT INTO child (parent_id, note) VALUES (99, 'orphan')", params: [] });
    const error = await conn.commit().catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^foreign key violation: child row 5 references a missing row of parent;/);
    await conn.rollback();
    expect(await children()).toEqual(before);
  });

  it.each<[string, () => Operation]>([
    ["alterColumn type", () => ({ kind: "alterColumn", table: P, name: "name", changes: { type: { kind: "varchar", length: 200 } }, existing: { type: { kind: "text" } } })],
    ["alterColumn nullability", () => ({ kind: "alterColumn", table: P, name: "name", changes: { nullable: false }, existing: { nullable: true } })],
    ["alterColumn default", () => ({ kind: "alterColumn", table: P, name: "qty", changes: { default: { kind: "literal", value: 7 } }, existing: { default: { kind: "literal", value: 0 } } })],
    ["alterColumn rename + type", () => ({ kind: "alterColumn", table: P, name: "code", changes: { newName: "sku", type: { kind: "varchar", length: 20 } }, existing: { type: { kind: "varchar", length: 10 } } })],
    ["alterColumn enum values", () => ({ kind: "alterColumn", table: P, name: "status", changes: { type: { kind: "enum", name: "status", values: ["new", "done", "gone"] } }, existing: { type: column(parent, "status").type } })],
    ["createUniqueConstraint", () => ({ kind: "createUniqueConstraint", table: P, unique: { name: "uq_parent_name_qty", columns: ["name", "qty"] } })],
    ["createCheckConstraint", () => ({ kind: "createCheckConstraint", table: P, check: { name: "ck_parent_name", expression: "length(name) > 0" } })],
    ["createForeignKey (on the child)", () => ({ kind: "createForeignKey", table: C, foreignKey: { name: "fk_child_code", columns: ["parent_code"], refTable: "parent", refSchema: null, refColumns: ["code"], onDelete: "set null", onUpdate: null } })],
    ["dropConstraint unique", () => ({ kind: "dropConstraint", table: P, name: "uq_parent_code", type: "unique", definition: { type: "unique", unique: parent.uniques[0]! } })],
    ["dropConstraint check", () => ({ kind: "dropConstraint", table: P, name: "ck_parent_qty", type: "check", definition: { type: "check", check: parent.checks[0]! } })],
    ["addColumn NOT NULL with a non-constant default", () => ({ kind: "addColumn", table: P, column: built("seen", t.text().notNull().default(sql`CURRENT_TIMESTAMP`)), unique: null, foreignKey: null })],
    ["addColumn UNIQUE", () => ({ kind: "addColumn", table: P, column: built("ext", t.text()), unique: { name: "uq_parent_ext", columns: ["ext"] }, foreignKey: null })],
    ["batch: several ops in one rebuild", () => batch([
      { kind: "alterColumn", table: P, name: "name", changes: { newName: "title", nullable: false }, existing: { nullable: true } },
      { kind: "addColumn", table: P, column: built("extra", t.integer().notNull().default(3)), unique: null, foreignKey: null },
      { kind: "createIndex", table: P, index: { name: "ix_parent_title", columns: ["title", "extra"], unique: false, where: "title <> ''" }, concurrently: false },
      { kind: "dropIndex", table: P, name: "ix_parent_big", definition: ix("ix_parent_big") },
      { kind: "createCheckConstraint", table: P, check: { name: "ck_title", expression: "title <> 'nobody'" } },
    ])],
    ["batch recreate always (native ops only)", () => batch([{ kind: "createIndex", table: P, index: { name: "ix_code_name", columns: ["code", "name"], unique: true, where: null }, concurrently: false }], "always")],
  ])("rebuilds for %s, keeping rows, child rows, foreign keys, views and triggers", async (_name, op) => {
    await roundTrip(op(), async () => {
      // The view, the triggers on both tables and the child's cascade still work against the new table.
      expect((await q("SELECT count(*) AS n FROM v_parent"))[0]).toEqual({ n: 4 });
      await conn.execute({ sql: "INSERT INTO child (parent_id, note) VALUES (3, 'new')", params: [] });
      await conn.execute({ sql: "DELETE FROM child WHERE note = 'new'", params: [] });
      expect(await q("SELECT sql FROM sqlite_schema WHERE name = 'child'")).toEqual([{ sql: expect.stringContaining('REFERENCES "parent" ("id") ON DELETE CASCADE') }]);
    });
  });

  it("keeps the cascade of the child's foreign key working after a rebuild of the parent", async () => {
    await run({ kind: "alterColumn", table: P, name: "name", changes: { type: { kind: "varchar", length: 50 } }, existing: {} });
    const enforcing = new BetterSqlite3(db.name);
    try {
      enforcing.pragma("foreign_keys = ON");
      enforcing.exec("UPDATE parent SET qty = 2 WHERE id = 1; DELETE FROM parent WHERE id = 1");
      expect(enforcing.prepare("SELECT count(*) AS n FROM child").get()).toEqual({ n: 2 });
      expect(enforcing.prepare("SELECT what FROM audit").all()).toEqual([{ what: "qty a" }]);
    } finally {
      enforcing.close();
    }
  });

  it("renames columns last, natively, so foreign keys of other tables follow them", async () => {
    await run({ kind: "createForeignKey", table: C, foreignKey: { name: "fk_child_code", columns: ["parent_code"], refTable: "parent", refSchema: null, refColumns: ["code"], onDelete: null, onUpdate: null } });
    const statements = await run(batch([
      { kind: "alterColumn", table: P, name: "code", changes: { newName: "sku" }, existing: {} },
      { kind: "alterColumn", table: P, name: "qty", changes: { type: { kind: "bigint" } }, existing: {} },
    ]));
    expect(statements.at(-1)).toBe('ALTER TABLE "parent" RENAME COLUMN "code" TO "sku"');
    expect((await q<{ sql: string }>("SELECT sql FROM sqlite_schema WHERE name = 'child'"))[0]!.sql).toContain('REFERENCES "parent" ("sku")');
    expect((await q<{ sql: string }>("SELECT sql FROM sqlite_schema WHERE name = 'tr_parent'"))[0]!.sql).toContain('new."sku"');
    expect(await fkCheck()).toEqual([]);
  });

  it("keeps the AUTOINCREMENT high-water mark, and rowids of tables without an INTEGER PRIMARY KEY", async () => {
    await conn.execute({ sql: "DELETE FROM child WHERE parent_id = 4; DELETE FROM parent WHERE id = 4", params: [] });
    await run({ kind: "createCheckConstraint", table: P, check: { name: "ck_x", expression: "qty < 100" } });
    await conn.execute({ sql: "INSERT INTO parent (code) VALUES ('e')", params: [] });
    expect(await q("SELECT max(id) AS id FROM parent")).toEqual([{ id: 5 }]);
    await conn.execute({ sql: "CREATE TABLE loose (a TEXT); INSERT INTO loose (rowid, a) VALUES (10, 'x'), (20, 'y')", params: [] });
    await run({ kind: "alterColumn", table: { name: "loose", schema: null }, name: "a", changes: { nullable: false }, existing: {} });
    expect(await q("SELECT rowid, a FROM loose")).toEqual([{ rowid: 10, a: "x" }, { rowid: 20, a: "y" }]);
  });

  it("carries over WITHOUT ROWID, STRICT, collations, expression, DESC and COLLATE index keys, and generated columns", async () => {
    await conn.execute({ sql: `CREATE TABLE kv (k TEXT COLLATE NOCASE PRIMARY KEY, v INT, w ANY) WITHOUT ROWID, STRICT;
      CREATE INDEX ix_kv ON kv (lower(k) DESC, v COLLATE RTRIM) WHERE v > 0; INSERT INTO kv VALUES ('a', 1, x'00'), ('B', 2, 2.5)`, params: [] });
    const index = () => q(`SELECT k.seqno, k.cid, k.name, k."desc", k.coll, k."key", l.partial FROM pragma_index_xinfo('ix_kv') k
      JOIN pragma_index_list('kv') l ON l.name = 'ix_kv' ORDER BY k.seqno`);
    const before = await index();
    await run({ kind: "alterColumn", table: { name: "kv", schema: null }, name: "v", changes: { nullable: false }, existing: {} });
    expect(await index()).toEqual(before);
    expect(await q("SELECT sql FROM sqlite_schema WHERE name = 'ix_kv'")).toEqual([{ sql: 'CREATE INDEX "ix_kv" ON "kv" ((lower(k)) DESC, "v" COLLATE "RTRIM") WHERE v > 0' }]);
    expect(await q("SELECT name, wr, strict FROM pragma_table_list WHERE name = 'kv'")).toEqual([{ name: "kv", wr: 1, strict: 1 }]);
    expect(await q("SELECT k, v, typeof(w) AS w FROM kv ORDER BY k")).toEqual([{ k: "a", v: 1, w: "blob" }, { k: "B", v: 2, w: "real" }]);
    await expect(conn.execute({ sql: "INSERT INTO kv VALUES ('A', 3, 1)", params: [] })).rejects.toThrow(/UNIQUE constraint failed/);
    await conn.execute({ sql: "CREATE TABLE gen (a INT, b INT AS (a * 2), c INT GENERATED ALWAYS AS (a + 1) STORED); INSERT INTO gen (a) VALUES (4)", params: [] });
    const columns = () => q("SELECT name, type, hidden FROM pragma_table_xinfo('gen') ORDER BY cid");
    const genBefore = await columns();
    await run({ kind: "alterColumn", table: { name: "gen", schema: null }, name: "a", changes: { nullable: false }, existing: {} });
    expect(await columns()).toEqual(genBefore);
    expect(await q("SELECT a, b, c FROM gen")).toEqual([{ a: 4, b: 8, c: 5 }]);
    const error = await run({ kind: "dropColumn", table: { name: "gen", schema: null }, name: "a", definition: null }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/generated column "b" uses the dropped column "a"/);
  });

  it("rebuilds tables of attached databases there, and checks their foreign keys at commit", async () => {
    await conn.execute({ sql: "ATTACH DATABASE ? AS aux", params: [`${db.name}.aux`] });
    await conn.execute({ sql: `CREATE TABLE aux.p (id INTEGER PRIMARY KEY, n TEXT); CREATE INDEX aux.ix_p ON p (n);
      CREATE TABLE aux.c (pid INT REFERENCES p (id)); CREATE TRIGGER aux.tr AFTER INSERT ON p BEGIN SELECT 1; END;
      INSERT INTO aux.p VALUES (1, 'a'); INSERT INTO aux.c VALUES (1)`, params: [] });
    // The table's own SQL and its index come back in the compiler's spelling; its trigger comes back verbatim, in aux.
    const objects = () => q(`SELECT type, name, tbl_name, CASE WHEN type = 'trigger' THEN sql END AS sql FROM aux.sqlite_schema
      WHERE type <> 'table' ORDER BY name`);
    const before = await objects();
    const op: Operation = { kind: "alterColumn", table: { name: "p", schema: "aux" }, name: "n", changes: { nullable: false }, existing: { nullable: true } };
    await run(op);
    await run(reverseOperation(op));
    expect(await objects()).toEqual(before);
    expect(await q("SELECT p.id, c.pid FROM aux.p JOIN aux.c ON c.pid = p.id")).toEqual([{ id: 1, pid: 1 }]);
    expect(await q("SELECT name FROM sqlite_schema WHERE name IN ('ix_p', 'tr')")).toEqual([]);
    const error = await run({ kind: "execute", sql: "INSERT INTO aux.c VALUES (9)", params: [] }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^foreign key violation: aux\.c row 2 references a missing row of aux\.p/);
  });

  it("writes --sql output that rebuilds a parent without cascading, even where foreign keys are ON", async () => {
    let script = "";
    const runner = offlineRunner(conn.dialect, (text) => { script += text; });
    await runner.begin();
    for (const statement of await compile({ kind: "alterColumn", table: P, name: "name", changes: { type: { kind: "varchar", length: 50 } }, existing: {} })) {
      await runner.run(statement);
    }
    await runner.commit();
    expect(script).toMatch(/^PRAGMA foreign_keys = OFF;\n\nBEGIN;\n\nCREATE TABLE "_athanor_tmp_parent" [^]*\nDROP TABLE "parent";\n[^]*COMMIT;\n\n$/);
    const childRows = await children();
    // Run as a script is, by a client that enforces foreign keys: the child rows survive the DROP TABLE.
    const runScript = (file: string, text: string): { children: unknown; parents: unknown } => {
      const client = new BetterSqlite3(file);
      try {
        client.pragma("foreign_keys = ON");
        client.exec(text);
        return {
          children: client.prepare("SELECT * FROM child ORDER BY id").all(),
          parents: client.prepare("SELECT type FROM pragma_table_info('parent') WHERE name = 'name'").all(),
        };
      } finally {
        client.close();
      }
    };
    // The same script without the pragma, on a copy: the DROP TABLE cascades (what the pragma is there to prevent).
    copyFileSync(db.name, `${db.name}.copy`);
    const without = runScript(`${db.name}.copy`, script.replace("PRAGMA foreign_keys = OFF;\n\n", ""));
    expect(without).toEqual({ children: [], parents: [{ type: "VARCHAR(50)" }] });
    expect(runScript(db.name, script)).toEqual({ children: childRows, parents: [{ type: "VARCHAR(50)" }] });
  });

  it("compiles DROP COLUMN natively when the table is unknown (offline), and refuses a rebuild then", () => {
    const unknown: CompileContext = { table: () => { throw new UnsupportedOperationError("unknown table"); } };
    expect(conn.dialect.compile({ kind: "dropColumn", table: P, name: "note", definition: null }, unknown))
      .toEqual([{ sql: 'ALTER TABLE "parent" DROP COLUMN "note"', params: [] }]);
    expect(() => conn.dialect.compile({ kind: "createCheckConstraint", table: P, check: { name: null, expression: "1" } }, unknown)).toThrow("unknown table");
  });

  it("uses SQLite's own ALTER TABLE where it can", async () => {
    const ops: Operation[] = [
      { kind: "addColumn", table: P, column: built("memo", t.text().default("m")), unique: null, foreignKey: null },
      { kind: "addColumn", table: C, column: built("other", t.integer()), unique: null, foreignKey: { name: "fk_other", columns: ["other"], refTable: "parent", refSchema: null, refColumns: ["id"], onDelete: null, onUpdate: null } },
      { kind: "alterColumn", table: P, name: "memo", changes: { newName: "memo2", comment: "c" }, existing: {} },
      { kind: "createIndex", table: P, index: { name: "ix_memo", columns: ["memo2"], unique: false, where: null }, concurrently: false },
      { kind: "dropIndex", table: P, name: "ix_memo", definition: null },
      { kind: "dropColumn", table: P, name: "memo2", definition: null },
      batch([{ kind: "addColumn", table: P, column: built("b1", t.integer()), unique: null, foreignKey: null },
        { kind: "dropColumn", table: P, name: "b1", definition: null }], "never"),
      { kind: "setTableComment", table: P, comment: "ignored", existing: null },
      { kind: "createEnum", enum: { name: "status", schema: null, values: ["a"] } },
      { kind: "dropEnum", name: "status", schema: null, definition: null },
    ];
    for (const op of ops) expect((await run(op)).filter((s) => /^(CREATE TABLE|DROP TABLE)/.test(s))).toEqual([]);
    expect(await compile(ops[1]!)).toEqual([{ sql: 'ALTER TABLE "child" ADD COLUMN "other" INTEGER CONSTRAINT "fk_other" REFERENCES "parent" ("id")', params: [] }]);
    expect(await compile(ops[7]!)).toEqual([]);
  });

  it("drops a column that an index uses by rebuilding, with the index; its reverse adds the column back", async () => {
    await run({ kind: "createIndex", table: P, index: { name: "ix_status", columns: ["status", "qty"], unique: false, where: null }, concurrently: false });
    const op: Operation = { kind: "dropColumn", table: P, name: "status", definition: column(parent, "status") };
    expect((await run(op)).some((s) => s.startsWith("CREATE TABLE"))).toBe(true);
    expect(await q("SELECT name FROM pragma_index_list('parent') WHERE origin = 'c' ORDER BY name")).toEqual([{ name: "ix_parent_big" }, { name: "ix_parent_name" }]);
    expect(await q("SELECT id, code FROM parent ORDER BY id")).toHaveLength(4);
    await run(reverseOperation(op));
    expect(await q("SELECT DISTINCT status FROM parent")).toEqual([{ status: "new" }]);
  });

  it("refuses what it cannot do, clearly, and leaves the database unchanged", async () => {
    await conn.execute({ sql: "CREATE VIEW v_status AS SELECT status FROM parent", params: [] });
    const before = await catalog();
    const attempts: [Operation, RegExp][] = [
      [batch([{ kind: "alterColumn", table: P, name: "qty", changes: { nullable: true }, existing: {} }], "never"), /cannot change a column's nullable; use recreate: "auto"/],
      [{ kind: "addEnumValue", name: "status", schema: null, value: "x", before: null, after: null }, /SQLite has no enum types .*op\.alterColumn/],
      [{ kind: "dropConstraint", table: P, name: "nope", type: "foreignkey", definition: null }, /table "parent" has no foreignkey constraint "nope"/],
      [{ kind: "dropColumn", table: P, name: "code", definition: null }, /trigger tr_parent uses the dropped column "code" and would be left broken/],
      [{ kind: "dropColumn", table: P, name: "name", definition: null }, /trigger tr_child uses the dropped column "name"/],
      [batch([{ kind: "dropColumn", table: P, name: "status", definition: null }], "always"), /view v_status uses the dropped column "status"/],
      [batch([{ kind: "alterColumn", table: P, name: "code", changes: { newName: "name", nullable: true }, existing: {} }]), /already has a column "name"/],
      [batch([{ kind: "alterColumn", table: P, name: "name", changes: { newName: "n2" }, existing: {} },
        { kind: "alterColumn", table: P, name: "code", changes: { newName: "name", nullable: true }, existing: {} },
        { kind: "alterColumn", table: P, name: "n2", changes: { newName: "code" }, existing: {} }]), /renamed onto each other's names/],
    ];
    for (const [op, message] of attempts) {
      const error = await run(op).catch((e: unknown) => e);
      expect(error, String(error)).toBeInstanceOf(UnsupportedOperationError);
      expect((error as Error).message).toMatch(message);
    }
    const failing = await run({ kind: "addColumn", table: P, column: built("must", t.text().notNull()), unique: null, foreignKey: null }).catch((e: unknown) => e);
    expect((failing as Error).message).toMatch(/NOT NULL constraint failed/);
    expect(await catalog()).toEqual(before);
  });
});

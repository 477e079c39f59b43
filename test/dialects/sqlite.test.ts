/** The SQLite dialect on temp files: compiled ops, read back with PRAGMAs and sqlite_master. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "../../src/dialects/dialect.js";
import { DatabaseError, LockTimeoutError } from "../../src/errors.js";
import * as t from "../../src/schema/builders.js";
import { buildTable, index } from "../../src/schema/table.js";
import { connectUrl, createScratchDatabase, type ScratchDatabase } from "../helpers/databases.js";
import { allTypes, apply, applyInline, childTable, parentTable, ref, TRICKY_ROWS, WEIRD_TABLE, weirdTable } from "./fixtures.js";

describe("sqlite dialect (live)", () => {
  let db: ScratchDatabase;
  let conn: Connection;
  const q = <R = Record<string, unknown>>(sql: string, params: unknown[] = []) => conn.query<R>({ sql, params });
  const columns = (table: string, schema = "main") => q<{ name: string; type: string; notnull: number; dflt_value: string | null; pk: number }>(
    `SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_xinfo(?, ?) ORDER BY cid`, [table, schema]);
  const indexes = async (table: string, schema = "main") => {
    const list = await q<{ name: string; unique: number; origin: string; partial: number }>(
      `SELECT name, "unique", origin, partial FROM pragma_index_list(?, ?) ORDER BY name`, [table, schema]);
    const out: string[] = [];
    for (const ix of list) {
      const cols = await q<{ name: string }>("SELECT name FROM pragma_index_info(?, ?) ORDER BY seqno", [ix.name, schema]);
      out.push(`${ix.name}${ix.unique ? " unique" : ""}${ix.partial ? " partial" : ""} ${ix.origin} (${cols.map((c) => c.name).join(",")})`);
    }
    return out;
  };
  const ddl = async (name: string) => (await q<{ sql: string }>("SELECT sql FROM sqlite_master WHERE name = ?", [name]))[0]?.sql;
  const tables = async () => (await q<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")).map((r) => r.name);

  beforeAll(async () => {
    db = await createScratchDatabase("sqlite");
    conn = await connectUrl(db.url);
  });
  afterAll(async () => {
    await conn?.close();
    await db?.drop();
  });

  it("runs every migration connection with foreign keys off (they are checked at commit instead)", async () => {
    expect(await q("PRAGMA foreign_keys")).toEqual([{ foreign_keys: 0 }]);
    const other = await connectUrl(db.url);
    try {
      await other.begin();
      expect(await other.query({ sql: "PRAGMA foreign_keys", params: [] })).toEqual([{ foreign_keys: 0 }]);
      await other.rollback();
    } finally {
      await other.close();
    }
  });

  it("creates every column type, with defaults, the rowid alias and enum checks (comments are not stored)", async () => {
    await apply(conn, { kind: "createTable", table: allTypes({ rawType: "ANY THING" }) });
    expect((await columns("all_types")).map((c) => [c.name, c.type, c.notnull, c.dflt_value, c.pk])).toEqual([
      ["id", "INTEGER", 1, null, 1],
      ["c_bigint", "BIGINT", 1, "9007199254740993", 0],
      ["c_smallint", "SMALLINT", 0, "-3", 0],
      ["c_varchar", "VARCHAR(40)", 1, "'it''s'", 0],
      ["c_varchar_open", "VARCHAR", 0, null, 0],
      ["c_char", "CHAR(2)", 0, null, 0],
      ["c_text", "TEXT", 0, null, 0],
      ["c_boolean", "BOOLEAN", 1, "1", 0],
      ["c_numeric", "NUMERIC(10, 2)", 0, "1.5", 0],
      ["c_real", "REAL", 0, null, 0],
      ["c_double", "DOUBLE PRECISION", 0, null, 0],
      ["c_date", "DATE", 0, null, 0],
      ["c_time", "TIME", 0, null, 0],
      ["c_timestamp", "TIMESTAMP", 0, "CURRENT_TIMESTAMP", 0],
      ["c_timestamptz", "TIMESTAMP", 0, null, 0],
      ["c_json", "TEXT", 0, null, 0],
      ["c_jsonb", "TEXT", 0, null, 0],
      ["c_uuid", "TEXT", 0, null, 0],
      ["c_binary", "BLOB", 0, null, 0],
      ["c_binary16", "BLOB", 0, null, 0],
      ["c_enum", "TEXT", 1, "'sad'", 0],
      ["c_raw", "ANY THING", 0, null, 0],
      ["c_expr", "INTEGER", 0, "1 + 2", 0],
    ]);
    expect(await ddl("all_types")).toContain('"id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT');
    await conn.execute({ sql: "INSERT INTO all_types DEFAULT VALUES", params: [] });
    expect(await q("SELECT id, c_boolean, c_enum, c_expr, typeof(c_timestamp) AS ts FROM all_types")).toEqual([{ id: 1, c_boolean: 1, c_enum: "sad", c_expr: 3, ts: "text" }]);
    expect(await q("SELECT name, seq FROM sqlite_sequence")).toEqual([{ name: "all_types", seq: 1 }]);
    await expect(conn.execute({ sql: "INSERT INTO all_types (c_enum) VALUES ('angry')", params: [] })).rejects.toThrow(/CHECK constraint failed/);
    // A JSON text that looks like a number stays text (TEXT affinity, not JSON's NUMERIC).
    await conn.execute({ sql: "INSERT INTO all_types (c_json) VALUES (?)", params: ["1"] });
    expect(await q("SELECT typeof(c_json) AS t FROM all_types WHERE c_json IS NOT NULL")).toEqual([{ t: "text" }]);
  });

  it("creates primary keys, uniques, foreign keys, checks and (partial) indexes", async () => {
    await apply(conn, { kind: "createTable", table: parentTable() }, { kind: "createTable", table: childTable() });
    expect(await indexes("parent")).toEqual(["sqlite_autoindex_parent_1 unique pk (a,b)", "sqlite_autoindex_parent_2 unique u (label)"]);
    expect(await indexes("child")).toEqual([
      "ix_child_partial partial c (pa)", "ix_child_pb c (pb)", "ix_child_qty_u unique c (qty,id)",
      "sqlite_autoindex_child_1 unique u (code)", "sqlite_autoindex_child_2 unique u (pa,qty)",
    ]);
    expect(await q(`SELECT "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list('child') ORDER BY seq`)).toEqual([
      { table: "parent", from: "pa", to: "a", on_update: "RESTRICT", on_delete: "CASCADE" },
      { table: "parent", from: "pb", to: "b", on_update: "RESTRICT", on_delete: "CASCADE" },
    ]);
    expect(await ddl("parent")).toContain('CONSTRAINT "pk_parent" PRIMARY KEY ("a", "b")');
    expect(await ddl("child")).toContain('CONSTRAINT "fk_child_parent" FOREIGN KEY');
    await expect(conn.execute({ sql: "INSERT INTO child (code, qty) VALUES ('x', -1)", params: [] })).rejects.toThrow(/CHECK constraint failed: ck_child_qty/);
    // Foreign keys are not enforced statement by statement (see connection.ts): an orphan fails the commit,
    // which names both tables, and the rollback leaves the database as it was.
    const orphan = { sql: "INSERT INTO child (pa, pb, code) VALUES (1, 'no', 'x')", params: [] };
    await conn.begin();
    await conn.execute(orphan);
    const error = await conn.commit().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as Error).message).toBe(
      "foreign key violation: child row 1 references a missing row of parent; fix or delete those rows in the migration before it commits");
    await conn.rollback();
    expect(await q("SELECT count(*) AS n FROM child")).toEqual([{ n: 0 }]);
    expect(await q("SELECT * FROM pragma_foreign_key_check")).toEqual([]);
    // With its parent row in the same transaction, the same child row commits.
    await conn.begin();
    await conn.execute({ sql: "INSERT INTO parent (a, b) VALUES (1, 'no')", params: [] });
    await conn.execute(orphan);
    await conn.commit();
    expect(await q("SELECT pa, pb, code FROM child")).toEqual([{ pa: 1, pb: "no", code: "x" }]);
  });

  it("adds, drops and renames columns, tables and indexes", async () => {
    await apply(conn, { kind: "createTable", table: buildTable("users", { id: t.integer().primaryKey() }) });
    await apply(conn, { kind: "createTable", table: buildTable("posts", { id: t.integer().primaryKey(), old: t.text() }) });
    await conn.execute({ sql: "INSERT INTO users (id) VALUES (7); INSERT INTO posts (id, old) VALUES (1, 'kept')", params: [] });
    // ADD COLUMN cannot add a UNIQUE column: the table is rebuilt (move and copy) with a real UNIQUE constraint.
    const author = buildTable("posts", { author: t.integer().unique("uq_author").comment("who").references("users.id", { onDelete: "set null", name: "fk_author" }) });
    await apply(conn, { kind: "addColumn", table: ref("posts"), column: author.columns[0]!, unique: author.uniques[0]!, foreignKey: author.foreignKeys[0]! });
    const flag = buildTable("posts", { flag: t.boolean().notNull().default(false) });
    await apply(conn, { kind: "addColumn", table: ref("posts"), column: flag.columns[0]!, unique: null, foreignKey: null });
    expect((await columns("posts")).map((c) => [c.name, c.type, c.dflt_value])).toEqual([["id", "INTEGER", null], ["old", "TEXT", null], ["author", "INTEGER", null], ["flag", "BOOLEAN", "0"]]);
    expect(await q(`SELECT "table", "from", "to", on_delete FROM pragma_foreign_key_list('posts')`)).toEqual([{ table: "users", from: "author", to: "id", on_delete: "SET NULL" }]);
    expect(await indexes("posts")).toEqual(["sqlite_autoindex_posts_1 unique u (author)"]);
    expect(await q(`SELECT name, origin FROM pragma_index_list('posts') WHERE origin = 'u'`)).toEqual([{ name: "sqlite_autoindex_posts_1", origin: "u" }]);
    expect(await ddl("posts")).toContain('CONSTRAINT "uq_author" UNIQUE ("author")');
    expect(await ddl("posts")).toContain('CONSTRAINT "fk_author" FOREIGN KEY ("author") REFERENCES "users" ("id") ON DELETE SET NULL');
    expect(await tables()).not.toContain("_athanor_tmp_posts");
    expect(await q("SELECT id, old, author, flag FROM posts")).toEqual([{ id: 1, old: "kept", author: null, flag: 0 }]);
    await conn.execute({ sql: "UPDATE posts SET author = 7 WHERE id = 1", params: [] });
    await expect(conn.execute({ sql: "INSERT INTO posts (id, author) VALUES (2, 7)", params: [] })).rejects.toThrow(/UNIQUE constraint failed: posts\.author/);

    await apply(conn, { kind: "dropColumn", table: ref("posts"), name: "old", definition: null });
    await apply(conn,
      { kind: "createIndex", table: ref("posts"), index: { name: "ix_u", columns: ["author", "id"], unique: true, where: null }, concurrently: true },
      { kind: "createIndex", table: ref("posts"), index: { name: "ix_p", columns: ["author"], unique: false, where: "author > 10" }, concurrently: false });
    expect(await indexes("posts")).toEqual(["ix_p partial c (author)", "ix_u unique c (author,id)", "sqlite_autoindex_posts_1 unique u (author)"]);
    await apply(conn, { kind: "dropIndex", table: ref("posts"), name: "ix_p", definition: null });
    await apply(conn, { kind: "renameTable", table: ref("posts"), newName: "articles" });
    expect(await indexes("articles")).toEqual(["ix_u unique c (author,id)", "sqlite_autoindex_articles_1 unique u (author)"]);
    expect((await columns("articles")).map((c) => c.name)).toEqual(["id", "author", "flag"]);
    await apply(conn, { kind: "dropTable", table: ref("articles"), definition: null }, { kind: "dropTable", table: ref("users"), definition: null });
    expect(await tables()).not.toContain("articles");
  });

  it("addresses attached databases as schemas", async () => {
    const dir = mkdtempSync(join(tmpdir(), "athanor-aux-"));
    try {
      await conn.execute({ sql: "ATTACH DATABASE ? AS aux", params: [join(dir, "aux.db")] });
      const table = buildTable("things", { id: t.integer().primaryKey().autoIncrement(), name: t.text() }, [index("ix_things", ["name"])], { schema: "aux" });
      await apply(conn, { kind: "createTable", table });
      await apply(conn, { kind: "bulkInsert", table: ref("things", "aux"), rows: [{ name: "a" }, { name: "b" }] });
      await apply(conn, { kind: "renameTable", table: ref("things", "aux"), newName: "stuff" });
      expect(await indexes("stuff", "aux")).toEqual(["ix_things c (name)"]);
      await apply(conn, { kind: "dropIndex", table: ref("stuff", "aux"), name: "ix_things", definition: null });
      expect(await q("SELECT id, name FROM aux.stuff ORDER BY id")).toEqual([{ id: 1, name: "a" }, { id: 2, name: "b" }]);
      await apply(conn, { kind: "dropTable", table: ref("stuff", "aux"), definition: null });
      await conn.execute({ sql: "DETACH DATABASE aux", params: [] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("bulk-inserts with server defaults for missing keys, in chunks, booleans as 1/0", async () => {
    await apply(conn, { kind: "createTable", table: buildTable("bulk", {
      id: t.integer().primaryKey().autoIncrement(), name: t.text().notNull().default("anon"),
      flag: t.boolean().notNull().default(false), data: t.json(),
    }) });
    const rows = Array.from({ length: 2500 }, (_, i) => (i < 1500 ? { name: `n${i}`, flag: i % 2 === 0, data: { i } } : i < 2000 ? { data: [i] } : {}));
    await apply(conn, { kind: "bulkInsert", table: ref("bulk"), rows });
    expect(await q("SELECT count(*) AS n, sum(flag) AS flagged, sum(name = 'anon') AS anon FROM bulk")).toEqual([{ n: 2500, flagged: 750, anon: 1000 }]);
    expect(await q("SELECT id, name, flag, data FROM bulk WHERE id IN (1, 2, 1501, 2001) ORDER BY id")).toEqual([
      { id: 1, name: "n0", flag: 1, data: '{"i":0}' },
      { id: 2, name: "n1", flag: 0, data: '{"i":1}' },
      { id: 1501, name: "anon", flag: 0, data: "[1500]" },
      { id: 2001, name: "anon", flag: 0, data: null },
    ]);
  });

  it("stores the same values from inline() SQL as from bound parameters", async () => {
    const table = (name: string) => buildTable(name, {
      id: t.integer().primaryKey(), label: t.text(), n: t.double(), big: t.bigint(), flag: t.boolean(),
      data: t.json(), bytes: t.binary(), when: t.timestamp({ withTimezone: true }),
    });
    await apply(conn, { kind: "createTable", table: table("bound") }, { kind: "createTable", table: table("inlined") });
    const update = (name: string) => ({ kind: "execute" as const, sql: `UPDATE ${name} SET label = label || ? WHERE id = ? /* ? */`, params: ["'?", 2] });
    await apply(conn, { kind: "bulkInsert", table: ref("bound"), rows: TRICKY_ROWS }, update("bound"));
    await applyInline(conn, { kind: "bulkInsert", table: ref("inlined"), rows: TRICKY_ROWS }, update("inlined"));
    const read = (name: string) => q(`SELECT *, typeof(big) AS big_type, typeof(bytes) AS bytes_type FROM ${name} ORDER BY id`);
    const bound = await read("bound");
    expect(await read("inlined")).toEqual(bound);
    expect(bound[1]).toMatchObject({ label: "it's a \\ backslash \"and\" ?question $1'?", big: -1, flag: 0, data: "[1,2]", bytes_type: "blob" });
    expect(bound[4]).toMatchObject({ when: "2024-02-29T12:34:56.789Z" });
  });

  it("quotes identifiers with quotes, backticks, spaces, reserved words and mixed case", async () => {
    await apply(conn, { kind: "createTable", table: weirdTable() });
    await apply(conn, { kind: "bulkInsert", table: ref(WEIRD_TABLE), rows: [{ user: 1, "Mixed Case": "x", 'a"b': 5 }, { user: 2, order: "o2", "c`d": 7 }] });
    await apply(conn, { kind: "createIndex", table: ref(WEIRD_TABLE), index: { name: "Ix Mixed", columns: ["Mixed Case"], unique: false, where: '"order" <> \'\'' }, concurrently: false });
    await apply(conn, { kind: "dropColumn", table: ref(WEIRD_TABLE), name: "c`d", definition: null });
    await apply(conn, { kind: "renameTable", table: ref(WEIRD_TABLE), newName: 'Re"named `T`' });
    expect((await columns('Re"named `T`')).map((c) => c.name)).toEqual(["user", "order", "Mixed Case", 'a"b']);
    expect(await indexes('Re"named `T`')).toEqual([
      "Ix Mixed partial c (Mixed Case)", 'ix `weird` "index" c (order,Mixed Case)', "sqlite_autoindex_Re\"named `T`_1 unique u (a\"b)"]);
    expect(await q('SELECT "user", "order", "Mixed Case", "a""b" FROM "Re""named `T`" ORDER BY 1')).toEqual([
      { user: 1, order: "o'k", "Mixed Case": "x", 'a"b': 5 }, { user: 2, order: "o2", "Mixed Case": null, 'a"b': null }]);
    await apply(conn, { kind: "dropIndex", table: ref('Re"named `T`'), name: "Ix Mixed", definition: null });
    await apply(conn, { kind: "dropTable", table: ref('Re"named `T`'), definition: null });
  });

  it("runs DDL in transactions that roll back, and propagates query errors", async () => {
    await conn.begin();
    await apply(conn, { kind: "createTable", table: buildTable("rolled_back", { id: t.integer() }) });
    await conn.rollback();
    expect(await tables()).not.toContain("rolled_back");
    await expect(conn.execute({ sql: "SELEC 1", params: [] })).rejects.toThrow(/near "SELEC": syntax error/);
  });

  it("manages the version table", async () => {
    const vt = conn.dialect.versionTable;
    expect(await conn.query(vt.exists("migrate_version"))).toEqual([]);
    await conn.execute(vt.create("migrate_version"));
    await conn.execute(vt.create("migrate_version"));
    expect(await conn.query(vt.exists("migrate_version"))).toHaveLength(1);
    await conn.execute(vt.insert("migrate_version", "aaaa"));
    await conn.execute(vt.insert("migrate_version", "bbbb"));
    await conn.execute(vt.update("migrate_version", "aaaa", "cccc"));
    await conn.execute(vt.delete("migrate_version", "bbbb"));
    expect(await conn.query(vt.select("migrate_version"))).toEqual([{ version_num: "cccc" }]);
    await conn.execute(vt.deleteAll("migrate_version"));
    expect(await conn.query(vt.select("migrate_version"))).toEqual([]);
  });

  it("serialises on the write lock taken by begin()", async () => {
    // A database of its own: commit() checks every foreign key of the file, so rows other tests leave must not decide this one.
    const own = await createScratchDatabase("sqlite");
    const first = await connectUrl(own.url);
    const other = await connectUrl(own.url);
    try {
      await first.acquireLock("athanor", 5000);
      await first.begin();
      await other.acquireLock("athanor", 300);
      const started = Date.now();
      const error = await other.begin().catch((e: unknown) => e);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(error).toBeInstanceOf(LockTimeoutError);
      expect((error as Error).message).toBe("database is locked by another process (waited 0.3s); wait for it to finish and try again");
      await first.commit();
      await other.begin();
      await other.commit();
      await other.releaseLock("athanor");
      await first.releaseLock("athanor");
    } finally {
      await other.close();
      await first.close();
      await own.drop();
    }
  });

  it("explains files it cannot open", async () => {
    const dir = mkdtempSync(join(tmpdir(), "athanor-bad-"));
    try {
      const missing = await connectUrl(`sqlite:///${join(dir, "no/such/folder/app.db")}`).catch((e: unknown) => e);
      expect(missing).toBeInstanceOf(DatabaseError);
      expect((missing as Error).message).toBe(`cannot open sqlite:///${join(dir, "no/such/folder/app.db")}: folder ${join(dir, "no/such/folder")} does not exist; create it first`);
      writeFileSync(join(dir, "junk.db"), "this is not a database, just text that is long enough to have a header".repeat(20));
      const junk = await connectUrl(`sqlite:///${join(dir, "junk.db")}`).catch((e: unknown) => e);
      expect(junk).toBeInstanceOf(DatabaseError);
      expect((junk as Error).message).toMatch(/: the file is not an SQLite database; check the path in the URL$/);
      const memory = await connectUrl("sqlite://:memory:");
      expect(await memory.query({ sql: "SELECT 1 AS one", params: [] })).toEqual([{ one: 1 }]);
      await memory.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

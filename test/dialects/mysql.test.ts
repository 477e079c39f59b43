/** The MySQL dialect against a real server (MariaDB here): compiled ops, read back from information_schema. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "../../src/dialects/dialect.js";
import { mysqlSyntax } from "../../src/dialects/mysql/quote.js";
import { boundedLockName } from "../../src/dialects/shared/locks.js";
import { normalizeParams } from "../../src/dialects/shared/values.js";
import { DatabaseError, LockTimeoutError } from "../../src/errors.js";
import * as t from "../../src/schema/builders.js";
import { buildTable } from "../../src/schema/table.js";
import { connectUrl, createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { serverUrls } from "../helpers/servers.js";
import { allTypes, apply, applyInline, childTable, NO_TABLES, parentTable, ref, TRICKY_ROWS, WEIRD_TABLE, weirdTable } from "./fixtures.js";

describe.skipIf(await skipWithoutServer("mysql"))("mysql dialect (live)", () => {
  let db: ScratchDatabase;
  let conn: Connection;
  const q = <R = Record<string, unknown>>(sql: string, params: unknown[] = []) => conn.query<R>({ sql, params });

  const columns = (table: string) => q<{ name: string; type: string; nullable: string; def: string | null; extra: string; comment: string }>(
    `SELECT COLUMN_NAME AS name, COLUMN_TYPE AS type, IS_NULLABLE AS nullable, COLUMN_DEFAULT AS def, EXTRA AS extra, COLUMN_COMMENT AS comment
       FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION`, [table]);
  const constraints = (table: string) => q<{ name: string; type: string }>(
    `SELECT CONSTRAINT_NAME AS name, CONSTRAINT_TYPE AS type FROM information_schema.TABLE_CONSTRAINTS
      WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY CONSTRAINT_NAME`, [table]);
  const indexes = async (table: string) => (await q<{ name: string; nonUnique: number; cols: string }>(
    `SELECT INDEX_NAME AS name, NON_UNIQUE AS nonUnique, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX) AS cols
       FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? GROUP BY INDEX_NAME, NON_UNIQUE`, [table]))
    .map((r) => `${r.name}${Number(r.nonUnique) === 0 ? " unique" : ""} (${r.cols})`).sort();
  const tables = async () => (await q<{ t: string }>("SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()")).map((r) => r.t).sort();

  beforeAll(async () => {
    db = await createScratchDatabase("mysql");
    conn = await connectUrl(db.url);
  });
  afterAll(async () => {
    await conn?.close();
    await db?.drop();
  });

  it("creates every column type, with defaults, auto_increment and comments", async () => {
    await apply(conn, { kind: "createTable", table: allTypes({ rawType: "MEDIUMTEXT" }) });
    const rows = (await columns("all_types")).map((c) => [c.name, c.type, c.nullable, c.extra || c.def]);
    expect(rows).toEqual([
      ["id", "int(11)", "NO", "auto_increment"],
      ["c_bigint", "bigint(20)", "NO", "9007199254740993"],
      ["c_smallint", "smallint(6)", "YES", "-3"],
      ["c_varchar", "varchar(40)", "NO", "'it''s'"],
      ["c_varchar_open", "varchar(255)", "YES", "NULL"],
      ["c_char", "char(2)", "YES", "NULL"],
      ["c_text", "text", "YES", "NULL"],
      ["c_boolean", "tinyint(1)", "NO", "1"],
      ["c_numeric", "decimal(10,2)", "YES", "1.50"],
      ["c_real", "float", "YES", "NULL"],
      ["c_double", "double", "YES", "NULL"],
      ["c_date", "date", "YES", "NULL"],
      ["c_time", "time", "YES", "NULL"],
      ["c_timestamp", "datetime", "YES", "current_timestamp()"],
      ["c_timestamptz", "timestamp", "YES", "NULL"],
      // MariaDB's JSON is LONGTEXT with a json_valid() CHECK.
      ["c_json", "longtext", "YES", "NULL"],
      ["c_jsonb", "longtext", "YES", "NULL"],
      ["c_uuid", "char(36)", "YES", "NULL"],
      ["c_binary", "blob", "YES", "NULL"],
      ["c_binary16", "varbinary(16)", "YES", "NULL"],
      ["c_enum", "enum('happy','sad')", "NO", "'sad'"],
      ["c_raw", "mediumtext", "YES", "NULL"],
      ["c_expr", "int(11)", "YES", "(1 + 2)"],
    ]);
    expect((await columns("all_types")).find((c) => c.name === "c_varchar")?.comment).toBe("a 'quoted' comment");
    expect(await q("SELECT TABLE_COMMENT AS c FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'all_types'"))
      .toEqual([{ c: "every type" }]);
    await conn.execute({ sql: "INSERT INTO all_types () VALUES ()", params: [] });
    expect(await q("SELECT id, c_boolean, c_enum, c_expr FROM all_types")).toEqual([{ id: 1, c_boolean: 1, c_enum: "sad", c_expr: 3 }]);
  });

  it("creates primary keys, uniques, foreign keys, checks and indexes", async () => {
    await apply(conn, { kind: "createTable", table: parentTable() }, { kind: "createTable", table: childTable(false) });
    expect(await indexes("parent")).toEqual(["PRIMARY unique (a,b)", "uq_parent_label unique (label)"]);
    expect(await indexes("child")).toEqual([
      "PRIMARY unique (id)", "code unique (code)", "fk_child_parent (pa,pb)", "ix_child_pb (pb)",
      "ix_child_qty_u unique (qty,id)", "uq_child_pa_qty unique (pa,qty)",
    ].sort());
    expect((await constraints("child")).map((c) => `${c.name}:${c.type}`).sort()).toEqual([
      "PRIMARY:PRIMARY KEY", "ck_child_qty:CHECK", "code:UNIQUE", "fk_child_parent:FOREIGN KEY", "ix_child_qty_u:UNIQUE", "uq_child_pa_qty:UNIQUE",
    ].sort());
    expect(await q(`SELECT UPDATE_RULE AS u, DELETE_RULE AS d, REFERENCED_TABLE_NAME AS t FROM information_schema.REFERENTIAL_CONSTRAINTS
      WHERE CONSTRAINT_SCHEMA = DATABASE() AND CONSTRAINT_NAME = 'fk_child_parent'`)).toEqual([{ u: "RESTRICT", d: "CASCADE", t: "parent" }]);
    expect(await q(`SELECT CHECK_CLAUSE AS c FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND CONSTRAINT_NAME = 'ck_child_qty'`))
      .toEqual([{ c: "`qty` >= 0" }]);
  });

  it("adds, drops and renames columns, tables and indexes", async () => {
    await apply(conn, { kind: "createTable", table: buildTable("users", { id: t.integer().primaryKey() }) });
    await apply(conn, { kind: "createTable", table: buildTable("posts", { id: t.integer().primaryKey(), old: t.text() }) });
    const author = buildTable("posts", { author: t.integer().unique("uq_author").comment("who").references("users.id", { onDelete: "set null", name: "fk_author" }) });
    await apply(conn, { kind: "addColumn", table: ref("posts"), column: author.columns[0]!, unique: author.uniques[0]!, foreignKey: author.foreignKeys[0]! });
    expect((await columns("posts")).map((c) => [c.name, c.type, c.comment])).toEqual([["id", "int(11)", ""], ["old", "text", ""], ["author", "int(11)", "who"]]);
    expect((await constraints("posts")).map((c) => `${c.name}:${c.type}`).sort()).toEqual(["PRIMARY:PRIMARY KEY", "fk_author:FOREIGN KEY", "uq_author:UNIQUE"]);

    await apply(conn, { kind: "dropColumn", table: ref("posts"), name: "old", definition: null });
    await apply(conn, { kind: "createIndex", table: ref("posts"), index: { name: "ix_u", columns: ["author", "id"], unique: true, where: null }, concurrently: true });
    expect(await indexes("posts")).toEqual(["PRIMARY unique (id)", "ix_u unique (author,id)", "uq_author unique (author)"]);
    await apply(conn, { kind: "dropIndex", table: ref("posts"), name: "ix_u", definition: null });
    await apply(conn, { kind: "renameTable", table: ref("posts"), newName: "articles" });
    expect(await tables()).toContain("articles");
    expect(await indexes("articles")).toEqual(["PRIMARY unique (id)", "uq_author unique (author)"]);
    await apply(conn, { kind: "dropTable", table: ref("articles"), definition: null }, { kind: "dropTable", table: ref("users"), definition: null });
    expect(await tables()).not.toContain("articles");
  });

  it("bulk-inserts with server defaults for missing keys, in chunks", async () => {
    await apply(conn, { kind: "createTable", table: buildTable("bulk", {
      id: t.integer().primaryKey().autoIncrement(), name: t.varchar(20).notNull().default("anon"),
      flag: t.boolean().notNull().default(false), data: t.json(),
    }) });
    const rows = Array.from({ length: 2500 }, (_, i) => (i % 3 === 0 ? { name: `n${i}`, flag: true, data: { i } } : i % 3 === 1 ? { data: [i] } : {}));
    await apply(conn, { kind: "bulkInsert", table: ref("bulk"), rows });
    expect(await q("SELECT COUNT(*) AS n, SUM(flag) AS flagged, SUM(name = 'anon') AS anon FROM bulk"))
      .toEqual([{ n: 2500, flagged: "834", anon: "1666" }]);
    expect(await q("SELECT id, name, flag, data FROM bulk WHERE id IN (1, 2, 3) ORDER BY id")).toEqual([
      // mysql2 parses JSON columns (MariaDB marks them in the result metadata).
      { id: 1, name: "n0", flag: 1, data: { i: 0 } },
      { id: 2, name: "anon", flag: 0, data: [1] },
      { id: 3, name: "anon", flag: 0, data: null },
    ]);
  });

  it("stores the same values from inline() SQL as from server-side bound parameters", async () => {
    const table = (name: string) => buildTable(name, {
      id: t.integer().primaryKey(), label: t.text(), n: t.double(), big: t.bigint(), flag: t.boolean(),
      data: t.json(), bytes: t.binary(), when: t.timestamp({ withTimezone: true }),
    });
    await apply(conn, { kind: "createTable", table: table("bound") }, { kind: "createTable", table: table("inlined") });
    // The connection itself inlines (mysql2's text protocol); the reference is a prepared statement with real binding.
    const mysql = await import("mysql2/promise");
    const raw = await mysql.createConnection({ uri: db.url, dateStrings: true, supportBigNumbers: true });
    try {
      const ops = [
        { kind: "bulkInsert" as const, table: ref("bound"), rows: TRICKY_ROWS },
        { kind: "execute" as const, sql: "UPDATE bound SET label = CONCAT(label, ?) WHERE id = ? -- '?", params: ["'?\\", 2] },
      ];
      for (const op of ops) {
        for (const s of conn.dialect.compile(op, NO_TABLES)) await raw.execute(s.sql, normalizeParams(s.params, mysqlSyntax.values));
      }
    } finally {
      await raw.end();
    }
    await applyInline(conn,
      { kind: "bulkInsert", table: ref("inlined"), rows: TRICKY_ROWS },
      { kind: "execute", sql: "UPDATE inlined SET label = CONCAT(label, ?) WHERE id = ? -- '?", params: ["'?\\", 2] });
    const bound = await q("SELECT * FROM bound ORDER BY id");
    expect(await q("SELECT * FROM inlined ORDER BY id")).toEqual(bound);
    expect(bound[1]).toMatchObject({ label: "it's a \\ backslash \"and\" ?question $1'?\\", big: -1, flag: 0, data: [1, 2] });
    expect(bound[0]!.bytes).toEqual(Buffer.from([0, 1, 0xfe, 0xff]));
    // MariaDB truncates fractional seconds that the column does not keep.
    expect(bound[4]!.when).toBe("2024-02-29 12:34:56");
  });

  it("quotes identifiers with quotes, backticks, spaces, reserved words and mixed case", async () => {
    await apply(conn, { kind: "createTable", table: weirdTable() });
    await apply(conn, { kind: "bulkInsert", table: ref(WEIRD_TABLE), rows: [{ user: 1, "Mixed Case": "x", 'a"b': 5 }, { user: 2, order: "o2", "c`d": 7 }] });
    await apply(conn, { kind: "createIndex", table: ref(WEIRD_TABLE), index: { name: "Ix Mixed", columns: ["Mixed Case"], unique: false, where: null }, concurrently: false });
    await apply(conn, { kind: "dropColumn", table: ref(WEIRD_TABLE), name: "c`d", definition: null });
    await apply(conn, { kind: "renameTable", table: ref(WEIRD_TABLE), newName: 'Re"named `T`' });
    expect((await columns('Re"named `T`')).map((c) => c.name)).toEqual(["user", "order", "Mixed Case", 'a"b']);
    expect(await indexes('Re"named `T`')).toEqual(["Ix Mixed (Mixed Case)", "PRIMARY unique (user)", "ix `weird` \"index\" (order,Mixed Case)", "uq \"weird\" unique (a\"b)"].sort());
    expect(await q('SELECT `user`, `order`, `Mixed Case`, `a"b` FROM `Re"named ``T``` ORDER BY 1')).toEqual([
      { user: 1, order: "o'k", "Mixed Case": "x", 'a"b': 5 }, { user: 2, order: "o2", "Mixed Case": null, 'a"b': null }]);
    await apply(conn, { kind: "dropIndex", table: ref('Re"named `T`'), name: "Ix Mixed", definition: null });
    await apply(conn, { kind: "dropTable", table: ref('Re"named `T`'), definition: null });
  });

  it("propagates query errors with the server's message", async () => {
    await expect(conn.execute({ sql: "SELEC 1", params: [] })).rejects.toThrow(/You have an error in your SQL syntax/);
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

  it("serialises on GET_LOCK, scoped to the database, long names hashed", async () => {
    const other = await connectUrl(db.url);
    const key = `athanor:${"k".repeat(100)}`;
    try {
      await conn.acquireLock(key, 1000);
      const started = Date.now();
      const error = await other.acquireLock(key, 400).catch((e: unknown) => e);
      expect(Date.now() - started).toBeLessThan(3000);
      expect(error).toBeInstanceOf(LockTimeoutError);
      expect((error as Error).message).toMatch(new RegExp(`^migration lock "${key}" is held by another session \\(connection id \\d+, user \\w+, from [^,]+, busy for \\d+s\\); waited 1s`));
      const name = boundedLockName(`${db.name}.${key}`, 64);
      expect(name).toHaveLength(64);
      expect(name.startsWith(`${db.name}.`)).toBe(true);
      expect(await other.query({ sql: "SELECT IS_USED_LOCK(?) IS NOT NULL AS used", params: [name] })).toEqual([{ used: 1 }]);
      // DDL commits implicitly; the session lock survives it.
      await apply(conn, { kind: "createTable", table: buildTable("during_lock", { id: t.integer() }) });
      await expect(other.acquireLock(key, 0)).rejects.toBeInstanceOf(LockTimeoutError);
      await conn.releaseLock(key);
      await other.acquireLock(key, 1000);
      await other.close();
      await conn.acquireLock(key, 1000);
      await conn.releaseLock(key);
    } finally {
      await other.close();
    }
  });

  it("explains connection failures without the password", async () => {
    const error = await connectUrl("mysql://root:sekrit-pw@127.0.0.1:1/test").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as Error).message).toBe(
      "cannot connect to mysql://root:***@127.0.0.1:1/test: connection refused; is the server running and listening on that host and port?");
    const admin = new URL(serverUrls().mysql);
    admin.pathname = "/athanor_no_such_db";
    const missing = await connectUrl(admin.toString()).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(DatabaseError);
    expect((missing as Error).message).toMatch(/: database "athanor_no_such_db" does not exist; create it first/);
    admin.pathname = "/test";
    admin.username = "athanor_no_such_user";
    admin.password = "sekrit-pw";
    const denied = await connectUrl(admin.toString()).catch((e: unknown) => e);
    expect((denied as Error).message).toMatch(/^cannot connect to mysql:\/\/athanor_no_such_user:\*\*\*@.*: access denied for user "athanor_no_such_user"; check the user name and password$/);
  });
});

/** The PostgreSQL dialect against a real server: compiled ops, read back from pg_catalog. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "../../src/dialects/dialect.js";
import { DatabaseError, LockTimeoutError } from "../../src/errors.js";
import * as t from "../../src/schema/builders.js";
import { buildTable } from "../../src/schema/table.js";
import { connectUrl, createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { serverUrls } from "../helpers/servers.js";
import { allTypes, apply, applyInline, childTable, parentTable, ref, TRICKY_ROWS, WEIRD_TABLE, weirdTable } from "./fixtures.js";

describe.skipIf(await skipWithoutServer("postgresql"))("postgresql dialect (live)", () => {
  let db: ScratchDatabase;
  let conn: Connection;
  const q = <R = Record<string, unknown>>(sql: string, params: unknown[] = []) => conn.query<R>({ sql, params });

  const columns = (table: string) => q<{ name: string; type: string; notnull: boolean; ident: string; def: string | null; comment: string | null }>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull, a.attidentity AS ident,
            pg_get_expr(d.adbin, d.adrelid) AS def, col_description(a.attrelid, a.attnum) AS comment
       FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`, [conn.dialect.quoteIdentifier(table)]);
  const constraints = (table: string) => q<{ name: string; type: string; def: string }>(
    `SELECT conname AS name, contype AS type, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE conrelid = to_regclass($1) ORDER BY conname`, [conn.dialect.quoteIdentifier(table)]);
  const indexes = (table: string) => q<{ name: string; def: string }>(
    "SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE schemaname = 'public' AND tablename = $1 ORDER BY indexname", [table]);
  const tables = async () => (await q<{ t: string }>("SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")).map((r) => r.t);

  beforeAll(async () => {
    db = await createScratchDatabase("postgresql");
    conn = await connectUrl(db.url);
  });
  afterAll(async () => {
    await conn?.close();
    await db?.drop();
  });

  it("creates every column type, with defaults, identity and comments", async () => {
    await conn.execute({ sql: "CREATE TYPE mood AS ENUM ('happy', 'sad')", params: [] });
    await apply(conn, { kind: "createTable", table: allTypes({ rawType: "INET" }) });
    const rows = (await columns("all_types")).map((c) => [c.name, c.type, c.notnull, c.ident || c.def]);
    expect(rows).toEqual([
      ["id", "integer", true, "d"],
      ["c_bigint", "bigint", true, "'9007199254740993'::bigint"],
      ["c_smallint", "smallint", false, "'-3'::integer"],
      ["c_varchar", "character varying(40)", true, "'it''s'::character varying"],
      ["c_varchar_open", "character varying", false, null],
      ["c_char", "character(2)", false, null],
      ["c_text", "text", false, null],
      ["c_boolean", "boolean", true, "true"],
      ["c_numeric", "numeric(10,2)", false, "1.5"],
      ["c_real", "real", false, null],
      ["c_double", "double precision", false, null],
      ["c_date", "date", false, null],
      ["c_time", "time without time zone", false, null],
      ["c_timestamp", "timestamp without time zone", false, "CURRENT_TIMESTAMP"],
      ["c_timestamptz", "timestamp with time zone", false, null],
      ["c_json", "json", false, null],
      ["c_jsonb", "jsonb", false, null],
      ["c_uuid", "uuid", false, null],
      ["c_binary", "bytea", false, null],
      ["c_binary16", "bytea", false, null],
      ["c_enum", "mood", true, "'sad'::mood"],
      ["c_raw", "inet", false, null],
      ["c_expr", "integer", false, "(1 + 2)"],
    ]);
    expect((await columns("all_types")).find((c) => c.name === "c_varchar")?.comment).toBe("a 'quoted' comment");
    expect((await q("SELECT obj_description('all_types'::regclass, 'pg_class') AS c"))[0]).toEqual({ c: "every type" });
    await conn.execute({ sql: "INSERT INTO all_types DEFAULT VALUES", params: [] });
    expect(await q("SELECT id, c_boolean, c_enum, c_expr FROM all_types")).toEqual([{ id: 1, c_boolean: true, c_enum: "sad", c_expr: 3 }]);
  });

  it("creates primary keys, uniques, foreign keys, checks and indexes", async () => {
    await apply(conn, { kind: "createTable", table: parentTable() }, { kind: "createTable", table: childTable() });
    expect(await constraints("parent")).toEqual([
      { name: "pk_parent", type: "p", def: "PRIMARY KEY (a, b)" },
      { name: "uq_parent_label", type: "u", def: "UNIQUE (label)" },
    ]);
    expect(await constraints("child")).toEqual([
      { name: "child_code_key", type: "u", def: "UNIQUE (code)" },
      { name: "child_pkey", type: "p", def: "PRIMARY KEY (id)" },
      { name: "ck_child_qty", type: "c", def: "CHECK ((qty >= 0))" },
      { name: "fk_child_parent", type: "f", def: "FOREIGN KEY (pa, pb) REFERENCES parent(a, b) ON UPDATE RESTRICT ON DELETE CASCADE" },
      { name: "uq_child_pa_qty", type: "u", def: "UNIQUE (pa, qty)" },
    ]);
    expect((await indexes("child")).filter((i) => i.name.startsWith("ix_"))).toEqual([
      { name: "ix_child_partial", def: "CREATE INDEX ix_child_partial ON public.child USING btree (pa) WHERE (qty > 10)" },
      { name: "ix_child_pb", def: "CREATE INDEX ix_child_pb ON public.child USING btree (pb)" },
      { name: "ix_child_qty_u", def: "CREATE UNIQUE INDEX ix_child_qty_u ON public.child USING btree (qty, id)" },
    ]);
  });

  it("adds, drops and renames columns, tables and indexes", async () => {
    await apply(conn, { kind: "createTable", table: buildTable("users", { id: t.integer().primaryKey() }) });
    await apply(conn, { kind: "createTable", table: buildTable("posts", { id: t.integer().primaryKey(), old: t.text() }) });
    const author = buildTable("posts", { author: t.integer().unique("uq_author").comment("who").references("users.id", { onDelete: "set null", name: "fk_author" }) });
    await apply(conn, { kind: "addColumn", table: ref("posts"), column: author.columns[0]!, unique: author.uniques[0]!, foreignKey: author.foreignKeys[0]! });
    expect((await columns("posts")).map((c) => [c.name, c.type, c.comment])).toEqual([["id", "integer", null], ["old", "text", null], ["author", "integer", "who"]]);
    expect((await constraints("posts")).map((c) => c.def)).toEqual(["FOREIGN KEY (author) REFERENCES users(id) ON DELETE SET NULL", "PRIMARY KEY (id)", "UNIQUE (author)"]);

    await apply(conn, { kind: "dropColumn", table: ref("posts"), name: "old", definition: null });
    await apply(conn,
      { kind: "createIndex", table: ref("posts"), index: { name: "ix_u", columns: ["author", "id"], unique: true, where: null }, concurrently: false },
      { kind: "createIndex", table: ref("posts"), index: { name: "ix_p", columns: ["author"], unique: false, where: "author > 10" }, concurrently: false });
    expect((await indexes("posts")).map((i) => i.def)).toEqual([
      "CREATE INDEX ix_p ON public.posts USING btree (author) WHERE (author > 10)",
      "CREATE UNIQUE INDEX ix_u ON public.posts USING btree (author, id)",
      "CREATE UNIQUE INDEX posts_pkey ON public.posts USING btree (id)",
      "CREATE UNIQUE INDEX uq_author ON public.posts USING btree (author)",
    ]);
    await apply(conn, { kind: "dropIndex", table: ref("posts"), name: "ix_p", definition: null });
    await apply(conn, { kind: "renameTable", table: ref("posts"), newName: "articles" });
    expect((await indexes("articles")).map((i) => i.name)).toEqual(["ix_u", "posts_pkey", "uq_author"]);
    expect((await columns("articles")).map((c) => c.name)).toEqual(["id", "author"]);

    // CONCURRENTLY must run outside a transaction, which is how a non-transactional revision runs it.
    await apply(conn, { kind: "createIndex", table: ref("articles"), index: { name: "ix_c", columns: ["id"], unique: false, where: null }, concurrently: true });
    expect((await indexes("articles")).map((i) => i.name)).toContain("ix_c");

    await apply(conn, { kind: "dropTable", table: ref("articles"), definition: null }, { kind: "dropTable", table: ref("users"), definition: null });
    expect(await tables()).not.toContain("articles");
  });

  it("bulk-inserts with server defaults for missing keys, in chunks", async () => {
    await apply(conn, { kind: "createTable", table: buildTable("bulk", {
      id: t.integer().primaryKey().autoIncrement(), name: t.text().notNull().default("anon"),
      flag: t.boolean().notNull().default(false), data: t.jsonb(),
    }) });
    const rows = Array.from({ length: 2500 }, (_, i) => (i % 3 === 0 ? { name: `n${i}`, flag: true, data: { i } } : i % 3 === 1 ? { data: [i] } : {}));
    await apply(conn, { kind: "bulkInsert", table: ref("bulk"), rows });
    expect(await q("SELECT count(*)::int AS n, count(*) FILTER (WHERE flag)::int AS flagged, count(*) FILTER (WHERE name = 'anon')::int AS anon FROM bulk"))
      .toEqual([{ n: 2500, flagged: 834, anon: 1666 }]);
    expect(await q("SELECT id, name, flag, data FROM bulk WHERE id IN (1, 2, 3) ORDER BY id")).toEqual([
      { id: 1, name: "n0", flag: true, data: { i: 0 } },
      { id: 2, name: "anon", flag: false, data: [1] },
      { id: 3, name: "anon", flag: false, data: null },
    ]);
  });

  it("stores the same values from inline() SQL as from bound parameters", async () => {
    const table = (name: string) => buildTable(name, {
      id: t.integer().primaryKey(), label: t.text(), n: t.double(), big: t.bigint(), flag: t.boolean(),
      data: t.jsonb(), bytes: t.binary(), when: t.timestamp({ withTimezone: true }),
    });
    await apply(conn, { kind: "createTable", table: table("bound") }, { kind: "createTable", table: table("inlined") });
    await apply(conn, { kind: "bulkInsert", table: ref("bound"), rows: TRICKY_ROWS });
    await applyInline(conn, { kind: "bulkInsert", table: ref("inlined"), rows: TRICKY_ROWS });
    const update = (name: string) => ({ kind: "execute" as const, sql: `UPDATE ${name} SET label = label || $1 WHERE id = $2 OR data = $3`, params: ["'$2'?", 2, { a: [1, "x"] }] });
    await apply(conn, update("bound"));
    await applyInline(conn, update("inlined"));
    const bound = await q("SELECT * FROM bound ORDER BY id");
    expect(await q("SELECT * FROM inlined ORDER BY id")).toEqual(bound);
    expect(bound[1]).toMatchObject({ label: "it's a \\ backslash \"and\" ?question $1'$2'?", big: "-1", flag: false, data: [1, 2] });
    expect(bound[0]!.bytes).toEqual(Buffer.from([0, 1, 0xfe, 0xff]));
    expect((bound[4]!.when as Date).toISOString()).toBe("2024-02-29T12:34:56.789Z");
  });

  it("quotes identifiers with quotes, backticks, spaces, reserved words and mixed case", async () => {
    await apply(conn, { kind: "createTable", table: weirdTable() });
    await apply(conn, { kind: "bulkInsert", table: ref(WEIRD_TABLE), rows: [{ user: 1, "Mixed Case": "x", 'a"b': 5 }, { user: 2, order: "o2", "c`d": 7 }] });
    await apply(conn, { kind: "createIndex", table: ref(WEIRD_TABLE), index: { name: "Ix Mixed", columns: ["Mixed Case"], unique: false, where: '"order" <> \'\'' }, concurrently: false });
    await apply(conn, { kind: "dropColumn", table: ref(WEIRD_TABLE), name: "c`d", definition: null });
    await apply(conn, { kind: "renameTable", table: ref(WEIRD_TABLE), newName: 'Re"named `T`' });
    expect((await columns('Re"named `T`')).map((c) => c.name)).toEqual(["user", "order", "Mixed Case", 'a"b']);
    expect((await indexes('Re"named `T`')).map((i) => i.name).sort()).toEqual(["Ix Mixed", "ix `weird` \"index\"", 'uq "weird"', `${WEIRD_TABLE}_pkey`]);
    expect(await q('SELECT "user", "order", "Mixed Case", "a""b" FROM "Re""named `T`" ORDER BY 1')).toEqual([
      { user: 1, order: "o'k", "Mixed Case": "x", 'a"b': 5 }, { user: 2, order: "o2", "Mixed Case": null, 'a"b': null }]);
    await apply(conn, { kind: "dropIndex", table: ref('Re"named `T`'), name: "Ix Mixed", definition: null });
    await apply(conn, { kind: "dropTable", table: ref('Re"named `T`'), definition: null });
  });

  it("qualifies tables and indexes of another schema", async () => {
    await conn.execute({ sql: 'CREATE SCHEMA "App Schema"', params: [] });
    const table = buildTable("things", { id: t.integer().primaryKey().autoIncrement(), name: t.text() }, [], { schema: "App Schema" });
    await apply(conn, { kind: "createTable", table },
      { kind: "createIndex", table: ref("things", "App Schema"), index: { name: "ix_things", columns: ["name"], unique: false, where: null }, concurrently: false },
      { kind: "bulkInsert", table: ref("things", "App Schema"), rows: [{ name: "a" }, { name: "b" }] },
      { kind: "renameTable", table: ref("things", "App Schema"), newName: "stuff" });
    expect(await q("SELECT indexname FROM pg_indexes WHERE schemaname = 'App Schema' ORDER BY 1")).toEqual([{ indexname: "ix_things" }, { indexname: "things_pkey" }]);
    await apply(conn, { kind: "dropIndex", table: ref("stuff", "App Schema"), name: "ix_things", definition: null });
    expect(await q('SELECT id, name FROM "App Schema".stuff ORDER BY id')).toEqual([{ id: 1, name: "a" }, { id: 2, name: "b" }]);
    await apply(conn, { kind: "dropTable", table: ref("stuff", "App Schema"), definition: null });
    expect(await q("SELECT count(*)::int AS n FROM pg_indexes WHERE schemaname = 'App Schema'")).toEqual([{ n: 0 }]);
  });

  it("runs DDL in transactions that roll back", async () => {
    await conn.begin();
    await apply(conn, { kind: "createTable", table: buildTable("rolled_back", { id: t.integer() }) });
    await conn.rollback();
    expect(await tables()).not.toContain("rolled_back");
    await expect(conn.execute({ sql: "SELEC 1", params: [] })).rejects.toThrow(/syntax error at or near "SELEC"/);
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
    expect((await constraints("migrate_version")).map((c) => c.name)).toEqual(["migrate_version_pkc"]);
    await conn.execute(vt.deleteAll("migrate_version"));
    expect(await conn.query(vt.select("migrate_version"))).toEqual([]);
  });

  it("serialises on an advisory lock held on its own connection", async () => {
    const other = await connectUrl(db.url);
    try {
      await conn.acquireLock("athanor:test", 1000);
      const started = Date.now();
      const error = await other.acquireLock("athanor:test", 400).catch((e: unknown) => e);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(error).toBeInstanceOf(LockTimeoutError);
      expect((error as Error).message).toMatch(/^migration lock "athanor:test" is held by another session \(pid \d+, application "athanor", user \w+, (client [^,]+|local socket), connected since .*\); waited 0\.4s/);
      // The lock does not block the migration connection itself, and a transaction there does not release it.
      await conn.begin();
      await conn.rollback();
      await conn.releaseLock("athanor:test");
      await other.acquireLock("athanor:test", 1000);
      await expect(conn.acquireLock("athanor:test", 0)).rejects.toBeInstanceOf(LockTimeoutError);
      await other.close(); // close() releases what it holds
      await conn.acquireLock("athanor:test", 1000);
      await conn.releaseLock("athanor:test");
    } finally {
      await other.close();
    }
  });

  it("explains connection failures without the password", async () => {
    const admin = new URL(serverUrls().postgresql);
    const refused = `postgresql://${admin.username || "postgres"}:sekrit-pw@127.0.0.1:1/test`;
    const error = await connectUrl(refused).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as Error).message).toBe(
      `cannot connect to postgresql://${admin.username || "postgres"}:***@127.0.0.1:1/test: connection refused; is the server running and listening on that host and port?`);
    admin.pathname = "/athanor_no_such_db";
    admin.password = "sekrit-pw";
    const missing = await connectUrl(admin.toString()).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(DatabaseError);
    expect((missing as Error).message).toMatch(/: database "athanor_no_such_db" does not exist; create it first/);
    expect((missing as Error).message).not.toContain("sekrit");
    // Whether this server speaks TLS is its business; without it, the message must say what to change.
    const noSsl = await connectUrl(`${serverUrls().postgresql}?sslmode=require`).then(async (c) => { await c.close(); return "connected"; }, (e: unknown) => e);
    expect(noSsl instanceof DatabaseError ? noSsl.message : noSsl).toMatch(/the server does not support SSL; remove sslmode|^connected$/);
    const unknownHost = await connectUrl("postgresql://u:sekrit-pw@no-such-host.invalid/db", 3000).catch((e: unknown) => e);
    expect((unknownHost as Error).message).toMatch(/host "no-such-host.invalid" not found; check the host name/);
  });
});

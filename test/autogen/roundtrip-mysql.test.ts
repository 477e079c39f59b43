/**
 * MySQL / MariaDB autogenerate round trip: a broad catalogue of model
 * tables is created with the dialect's own compiler, introspected and
 * compared with the models' stored form exactly as produce.ts does
 * (including the database asked about defaults). Nothing may differ. Then
 * each real change is caught as exactly the expected op(s); after running
 * them nothing differs from the new models, and after running their
 * reverse nothing differs from the old ones (for column alterations the
 * server's own SHOW CREATE TABLE is back exactly as it was). The catalogue
 * is written for MariaDB (10.7+: literal defaults on TEXT and JSON, the
 * UUID type), the server these suites run against.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Connection } from "../../src/dialects/dialect.js";
import { canonicalExpression } from "../../src/dialects/mysql/expressions.js";
import { canonicalType } from "../../src/dialects/mysql/type-names.js";
import { describeOperation } from "../../src/operations/describe.js";
import type { Operation } from "../../src/operations/operation.js";
import { reverseOperation } from "../../src/operations/reverse.js";
import * as t from "../../src/schema/builders.js";
import type { ColumnBuilder } from "../../src/schema/column.js";
import { enumType } from "../../src/schema/enum.js";
import type { Column, ForeignKey, Table } from "../../src/schema/ir.js";
import { buildTable, check, foreignKey } from "../../src/schema/table.js";
import type { ColumnType, DefaultValue } from "../../src/schema/types.js";
import { connectUrl, createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { catalogue, MysqlRoundTrip } from "./roundtrip-helpers-mysql.js";

const describeAll = (ops: readonly Operation[]): string[] => ops.map(describeOperation);
const edit = (name: string, change: (table: Table) => Table) => (tables: Table[]): Table[] =>
  tables.map((table) => (table.name === name ? change(table) : table));
const col = (name: string, builder: ColumnBuilder): Column => buildTable("x", { [name]: builder }).columns[0]!;
const setColumn = (table: string, name: string, change: Partial<Column>) =>
  edit(table, (tb) => ({ ...tb, columns: tb.columns.map((c) => (c.name === name ? { ...c, ...change } : c)) }));
const lit = (value: string | number | boolean): DefaultValue => ({ kind: "literal", value });
const type = (builder: ColumnBuilder): ColumnType => builder.spec.type;
const fks = (table: string, change: (fks: readonly ForeignKey[]) => ForeignKey[]) => edit(table, (tb) => ({ ...tb, foreignKeys: change(tb.foreignKeys) }));

describe("mysql normalisation (no server)", () => {
  it.each([
    ["integer", "int(11)"], ["INT UNSIGNED", "int(10) unsigned"], ["bool", "tinyint(1)"], ["NUMERIC", "decimal(10,0)"],
    ["DECIMAL(8, 3)", "decimal(8,3)"], ["double precision", "double"], ["VARCHAR(10) CHARACTER SET latin1", "varchar(10)"],
    ["ENUM('a', 'b c')", "enum('a','b c')"], ["year(4)", "year"], ["datetime(0)", "datetime"], ["float(30)", "double"],
  ])("type %s is %s", (model, catalog) => {
    expect(canonicalType({ kind: "raw", sql: model })).toBe(canonicalType({ kind: "raw", sql: catalog }));
  });
  it.each([["tinyint(1)", "tinyint"], ["int(5) zerofill", "int(6) zerofill"], ["enum('a','b')", "enum('b','a')"], ["enum('A')", "enum('a')"]])(
    "type %s is not %s", (a, b) => expect(canonicalType({ kind: "raw", sql: a })).not.toBe(canonicalType({ kind: "raw", sql: b })));
  it.each([
    ["length(x) > 0", "octet_length(`x`) > 0"], ["x IN ('a', 'b')", "`x` in ('a','b')"], ["CURRENT_TIMESTAMP", "current_timestamp()"],
    ["now(3)", "current_timestamp(3)"], ["(1 + 2)", "1 + 2"], ["a != 0 && b = \"q\"", "`a` <> 0 and `b` = 'q'"], ["a % 2 = 0", "`a` MOD 2 = 0"],
    ["upper(b) = 'X'", "ucase(`b`) = 'X'"], ["b <> _utf8mb4'x'", "`b` <> 'x'"], ["'it''s'", "'it\\'s'"],
  ])("expression %s is %s", (model, catalog) => expect(canonicalExpression(model)).toBe(canonicalExpression(catalog)));
  it.each([["x in ('A')", "x in ('a')"], ["a - 1", "a - 2"], ["`a b` > 0", "`a` > 0"]])(
    "expression %s is not %s", (a, b) => expect(canonicalExpression(a)).not.toBe(canonicalExpression(b)));
});

describe.skipIf(await skipWithoutServer("mysql"))("mysql autogenerate round trip (live)", () => {
  let db: ScratchDatabase;
  let conn: Connection;
  let rt: MysqlRoundTrip;

  beforeAll(async () => {
    db = await createScratchDatabase("mysql");
    conn = await connectUrl(db.url);
    rt = new MysqlRoundTrip(conn);
  });
  afterAll(async () => {
    await conn?.close();
    await db?.drop();
  });
  beforeEach(async () => rt.reset());

  it("creates the catalogue as autogenerate renders it (stored form) and reads back no difference", async () => {
    await rt.build(catalogue());
    expect(describeAll(await rt.diff(catalogue()))).toEqual([]);
  });

  it("creates the catalogue from the models as given (hand-written createTable) and reads back no difference", async () => {
    await rt.build(catalogue(), "as given");
    expect(describeAll(await rt.diff(catalogue()))).toEqual([]);
  });

  it("reads no difference after the catalogue is built a second way: table by table, foreign keys added afterwards", async () => {
    const tables = catalogue();
    await rt.build(tables.map((tb) => ({ ...tb, foreignKeys: [] })));
    await rt.apply(tables.flatMap((tb) => tb.foreignKeys.map((fk): Operation => ({ kind: "createForeignKey", table: { name: tb.name, schema: null }, foreignKey: fk }))));
    expect(describeAll(await rt.diff(tables))).toEqual([]);
  });

  it("settles through the server (canonicalExpressions) the checks it prints in a form text cannot match", async () => {
    const settle = (first: string) => [buildTable("settle", { a: t.integer(), b: t.varchar(9) }, [
      check("ck_not", first), check(null, "a IN (1, 2) OR a IS NULL"), check(null, "NOT (a > 0 AND a < 5) OR a = 1"),
      check("ck_cast", "CAST(a AS CHAR) <> 'x'"), check("ck_neg", "-(-a) > 0"),
    ])];
    await rt.build(settle("NOT (a = 3)"));
    // Text alone sees the server's rewrites as changes (without the hook produce.ts calls).
    expect(describeAll(await rt.diff(settle("NOT (a = 3)"), { canonical: false })).sort()).toEqual([
      "dropConstraint ck_not (check) on settle", "dropConstraint CONSTRAINT_2 (check) on settle",
      "dropConstraint ck_cast (check) on settle", "dropConstraint ck_neg (check) on settle",
      "createCheckConstraint ck_not on settle", "createCheckConstraint (unnamed) on settle",
      "createCheckConstraint ck_cast on settle", "createCheckConstraint ck_neg on settle",
    ].sort());
    expect(describeAll(await rt.diff(settle("NOT (a = 3)"), { canonical: true }))).toEqual([]);
    expect(describeAll(await rt.diff(settle("NOT (a = 4)"), { canonical: true })))
      .toEqual(["dropConstraint ck_not (check) on settle", "createCheckConstraint ck_not on settle"]);
  });

  const changes: [string, (tables: Table[]) => Table[], string[]][] = [
    ["change a literal default", setColumn("defaults", "n_int", { default: lit(43) }), ["alterColumn defaults.n_int (default)"]],
    ["change a string default with quotes", setColumn("defaults", "s_quote", { default: lit("it's \\ other") }), ["alterColumn defaults.s_quote (default)"]],
    ["change a decimal default by a cent", setColumn("defaults", "n_num", { default: lit("12.51") }), ["alterColumn defaults.n_num (default)"]],
    ["change a boolean default", setColumn("defaults", "b_true", { default: lit(false) }), ["alterColumn defaults.b_true (default)"]],
    ["change a date default", setColumn("defaults", "d_text", { default: lit("2024-01-02") }), ["alterColumn defaults.d_text (default)"]],
    ["turn an expression default into a literal", setColumn("defaults", "ts_now", { default: lit("2020-01-01 00:00:00") }), ["alterColumn defaults.ts_now (default)"]],
    ["drop an expression default", setColumn("defaults", "e_fn", { default: null }), ["alterColumn defaults.e_fn (default)"]],
    ["add a default", setColumn("defaults", "e_null", { default: lit("x") }), ["alterColumn defaults.e_null (default)"]],
    ["change an enum default", setColumn("defaults", "e_enum", { default: lit("happy") }), ["alterColumn defaults.e_enum (default)"]],
    ["lengthen a varchar", setColumn("types", "c_vc40", { type: { kind: "varchar", length: 80 } }), ["alterColumn types.c_vc40 (type)"]],
    ["change integer to bigint", setColumn("types", "c_int", { type: { kind: "bigint" } }), ["alterColumn types.c_int (type)"]],
    ["change a decimal's scale", setColumn("types", "c_dec", { type: type(t.numeric(10, 3)) }), ["alterColumn types.c_dec (type)"]],
    ["change datetime to timestamp", setColumn("types", "c_ts", { type: type(t.timestamp({ withTimezone: true })) }), ["alterColumn types.c_ts (type)"]],
    ["change a raw type", setColumn("types", "c_unsigned", { type: { kind: "raw", sql: "bigint unsigned" } }), ["alterColumn types.c_unsigned (type)"]],
    ["change boolean to tinyint", setColumn("types", "c_bool", { type: { kind: "raw", sql: "tinyint" } }), ["alterColumn types.c_bool (type)"]],
    ["add an enum value", setColumn("types", "c_enum", { type: type(enumType("mood", ["happy", "it's", "back\\slash", "with space", "new"]).column()) }),
      ["alterColumn types.c_enum (type)"]],
    ["reorder enum values", setColumn("types", "c_flag", { type: type(enumType("flag", ["on", "off"]).column()) }), ["alterColumn types.c_flag (type)"]],
    ["make a column NOT NULL", setColumn("types", "c_int", { nullable: false, default: lit(0) }), ["alterColumn types.c_int (nullable, default)"]],
    ["make a column nullable", setColumn("child", "code", { nullable: true }), ["alterColumn child.code (nullable)"]],
    ["make a JSON column NOT NULL", setColumn("types", "c_json", { nullable: false }), ["alterColumn types.c_json (nullable)"]],
    ["change a column comment", setColumn("types", "c_vc40", { comment: "new 'comment'" }), ["alterColumn types.c_vc40 (comment)"]],
    ["drop a column comment", setColumn("order", "c`d", { comment: null }), ["alterColumn order.c`d (comment)"]],
    ["change a table comment", edit("order", (tb) => ({ ...tb, comment: "other \"comment\"" })), ["setTableComment order"]],
    ["switch autoincrement off", setColumn("types", "id", { autoIncrement: false }), ["alterColumn types.id (autoIncrement)"]],
    ["add a column", edit("child", (tb) => ({ ...tb, columns: [...tb.columns, col("note", t.text())] })), ["addColumn child.note"]],
    ["drop a column", edit("types", (tb) => ({ ...tb, columns: tb.columns.filter((c) => c.name !== "c_text") })), ["dropColumn types.c_text"]],
    ["add an index", edit("child", (tb) => ({ ...tb, indexes: [...tb.indexes, { name: "ix_new", columns: ["qty", "pb"], unique: false, where: null }] })),
      ["createIndex ix_new on child"]],
    ["drop an index", edit("child", (tb) => ({ ...tb, indexes: tb.indexes.filter((i) => i.name !== "ix_child_pb") })), ["dropIndex ix_child_pb"]],
    ["drop the user index a foreign key relies on", edit("actions", (tb) => ({ ...tb, indexes: tb.indexes.filter((i) => i.name !== "ix_actions_r6") })),
      ["dropIndex ix_actions_r6"]],
    ["add an index over a foreign key's columns (InnoDB drops the key's own index)", edit("cycle_a", (tb) => ({ ...tb, indexes: [{ name: "ix_b", columns: ["b_id", "id"], unique: false, where: null }] })),
      ["createIndex ix_b on cycle_a"]],
    // Issue 13: the op follows what the model wrote (an index); the catalog's unique key compares clean with it after.
    ["add a unique index (a unique constraint on MySQL)", edit("pair", (tb) => ({ ...tb, indexes: [{ name: "ux_pair_z", columns: ["z", "x"], unique: true, where: null }] })),
      ["createIndex ux_pair_z on pair"]],
    ["drop a unique index", edit("child", (tb) => ({ ...tb, indexes: tb.indexes.filter((i) => i.name !== "ix_child_multi") })),
      ["dropConstraint ix_child_multi (unique) on child"]],
    ["add a named unique", edit("pair", (tb) => ({ ...tb, uniques: [{ name: "uq_pair_z", columns: ["z"] }] })), ["createUniqueConstraint uq_pair_z on pair"]],
    ["drop an unnamed unique", edit("child", (tb) => ({ ...tb, uniques: tb.uniques.filter((u) => u.name !== null || u.columns[0] !== "pb") })),
      ["dropConstraint pb (unique) on child"]],
    ["add a foreign key", fks("pair", () => [{ name: "fk_pair_node", columns: ["z"], refTable: "node", refSchema: null, refColumns: ["id"], onDelete: "cascade", onUpdate: null }]),
      ["createForeignKey fk_pair_node on pair"]],
    ["drop a named foreign key", fks("child", (list) => list.filter((f) => f.name !== "fk_child_parent")), ["dropConstraint fk_child_parent (foreignkey) on child"]],
    ["drop a named foreign key with its own index", fks("cycle_a", () => []), ["dropConstraint fk_a_b (foreignkey) on cycle_a"]],
    ["drop an unnamed foreign key with its own index", fks("cycle_b", () => []), ["dropConstraint cycle_b_ibfk_1 (foreignkey) on cycle_b"]],
    ["change a foreign key's action", fks("actions", (list) => list.map((f) => (f.name === "fk_actions_cascade" ? { ...f, onDelete: "set null" as const } : f))),
      ["dropConstraint fk_actions_cascade (foreignkey) on actions", "createForeignKey fk_actions_cascade on actions"]],
    ["change an unnamed foreign key's action", fks("node", (list) => list.map((f) => ({ ...f, onUpdate: "cascade" as const }))),
      ["dropConstraint node_ibfk_1 (foreignkey) on node", "createForeignKey (unnamed) on node"]],
    ["add a check", edit("pair", (tb) => ({ ...tb, checks: [{ name: "ck_pair", expression: "x > 0" }] })), ["createCheckConstraint ck_pair on pair"]],
    ["change a named check", edit("child", (tb) => ({ ...tb, checks: tb.checks.map((c) => (c.name ? { ...c, expression: "qty >= 1" } : c)) })),
      ["dropConstraint ck_child_qty (check) on child", "createCheckConstraint ck_child_qty on child"]],
    ["change an unnamed IN check's values", edit("child", (tb) => ({ ...tb, checks: tb.checks.map((c) => (c.expression.startsWith("kind") ? { ...c, expression: "kind IN ('a', 'B')" } : c)) })),
      ["dropConstraint CONSTRAINT_2 (check) on child", "createCheckConstraint (unnamed) on child"]],
    ["change the primary key", edit("pair", (tb) => ({ ...tb, primaryKey: { name: null, columns: ["x"] } })),
      ["dropConstraint (unnamed) (primary) on pair", "createPrimaryKey (unnamed) on pair"]],
    ["add a table", (m) => [...m, buildTable("extra", { id: t.integer().primaryKey(), x: t.integer(), y: t.varchar(8) }, [foreignKey(null, ["x", "y"], "pair", ["x", "y"])])],
      ["createTable extra"]],
    ["drop a table", (m) => m.filter((tb) => tb.name !== "order"), ["dropTable order"]],
    ["drop two tables in a foreign-key cycle", (m) => m.filter((tb) => !tb.name.startsWith("cycle_")), ["dropConstraint cycle_b_ibfk_1 (foreignkey) on cycle_b", "dropTable cycle_a", "dropTable cycle_b"]],
  ];

  it.each(changes)("%s: caught exactly; after it and its reverse nothing differs", async (_name, change, expected) => {
    const before = catalogue();
    const after = change(catalogue());
    await rt.build(before);
    await rt.run("INSERT INTO node (id, up, small) VALUES (1, NULL, 1)", "INSERT INTO parent (a, b, label) VALUES (1, 'x', 'one')",
      "INSERT INTO child (id, pa, pb, code, qty, node_id, kind) VALUES (7, 1, 'x', 'c7', 3, 1, 'a')");
    const catalogBefore = await rt.catalog();
    const ops = await rt.diff(after);
    expect(describeAll(ops)).toEqual(expected);
    await rt.apply(ops);
    expect(describeAll(await rt.diff(after))).toEqual([]);
    await rt.apply([...ops].reverse().map(reverseOperation));
    expect(describeAll(await rt.diff(before))).toEqual([]);
    if (ops.every((op) => op.kind === "alterColumn")) expect(await rt.catalog()).toEqual(catalogBefore);
    expect(await conn.query({ sql: "SELECT id, pa, pb, code, qty FROM child", params: [] })).toEqual([{ id: 7, pa: 1, pb: "x", code: "c7", qty: 3 }]);
  });
});

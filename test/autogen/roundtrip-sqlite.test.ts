/**
 * SQLite autogenerate round trip: a broad catalogue of model tables is
 * created with the dialect's own compiler, introspected and compared with
 * the models' stored form exactly as produce.ts does. Nothing may differ.
 * Then each real change is caught as exactly the expected op(s), and after
 * running them (native ALTER or move-and-copy rebuild), and after running
 * their reverse, comparing again finds nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { compareSchemas } from "../../src/autogenerate/compare.js";
import type { Connection } from "../../src/dialects/dialect.js";
import { sqliteDialect } from "../../src/dialects/sqlite/index.js";
import type { Operation } from "../../src/operations/operation.js";
import { describeOperation } from "../../src/operations/describe.js";
import { reverseOperation } from "../../src/operations/reverse.js";
import * as t from "../../src/schema/builders.js";
import type { ColumnBuilder } from "../../src/schema/column.js";
import { enumType } from "../../src/schema/enum.js";
import type { Column, Schema, Table } from "../../src/schema/ir.js";
import { buildTable, check, foreignKey, index, primaryKey, unique } from "../../src/schema/table.js";
import { sql } from "../../src/schema/types.js";
import { connectUrl, createScratchDatabase, type ScratchDatabase } from "../helpers/databases.js";
import { apply } from "../dialects/fixtures.js";

const mood = enumType("mood", ["happy", "it's", "sad"]);

const types = (): Table => buildTable("types", {
  id: t.integer().primaryKey().autoIncrement(),
  c_int: t.integer(), c_big: t.bigint().notNull(), c_small: t.smallint(),
  c_vc: t.varchar(), c_vc40: t.varchar(40).notNull(), c_char: t.char(), c_char2: t.char(2), c_text: t.text(),
  c_bool: t.boolean(), c_num: t.numeric(), c_num10: t.numeric(10), c_dec: t.decimal(10, 2), c_real: t.real(), c_double: t.double(),
  c_date: t.date(), c_time: t.time(), c_timetz: t.time({ withTimezone: true }), c_ts: t.timestamp(),
  c_tstz: t.timestamp({ withTimezone: true }).comment("dropped on SQLite"),
  c_json: t.json(), c_jsonb: t.jsonb(), c_uuid: t.uuid(), c_bin: t.binary(), c_bin16: t.binary(16),
  c_enum: mood.column().notNull().default("it's"), c_flag: enumType("flag", ["on"]).column(),
  c_raw_int: t.rawType("INT"), c_raw_nv: t.rawType("NVARCHAR(160)"), c_raw_dt: t.rawType("datetime"),
  c_raw_integer: t.rawType("integer"), c_raw_vc: t.rawType("varchar(12)"), c_raw_spaced: t.rawType("VARCHAR ( 10 )"),
  c_raw_nocase: t.rawType("TEXT COLLATE NOCASE"), c_raw_binary: t.rawType("TEXT COLLATE BINARY"),
  c_raw_words: t.rawType("UNSIGNED BIG INT"),
}, [], { comment: "every type" });

const defaults = (): Table => buildTable("defaults", {
  id: t.bigint().primaryKey().autoIncrement(),
  s_plain: t.varchar(20).default("abc"), s_quote: t.text().notNull().default(`it's "quoted"`), s_empty: t.text().default(""),
  s_number: t.text().default("42"),
  n_int: t.integer().default(42), n_neg: t.integer().default(-7), n_zero: t.integer().default(0), n_real: t.real().default(1.5),
  n_negreal: t.double().default(-0.25), n_big: t.bigint().default(9007199254740993n), n_num: t.numeric(10, 2).default(12.5),
  n_exp: t.double().default(1e21),
  b_true: t.boolean().notNull().default(true), b_false: t.boolean().default(false), b_int: t.integer().default(true),
  b_one: t.boolean().default(1),
  d_date: t.date().default(new Date("2024-02-29T00:00:00Z")), d_text: t.date().default("2024-01-01"),
  ts_now: t.timestamp().default(sql`CURRENT_TIMESTAMP`), ts_lower: t.timestamp().default(sql`current_timestamp`),
  d_now: t.date().default(sql`CURRENT_DATE`),
  e_paren: t.integer().default(sql`(1 + 2)`), e_bare: t.integer().default(sql`1 + 2`), e_str: t.text().default(sql`'abc'`),
  e_neg: t.integer().default(sql`-1`), e_fn: t.text().default(sql`lower('ABC')`), e_nested: t.text().default(sql`(('x'))`),
  e_null: t.text().default(null), e_sqlnull: t.text().default(sql`NULL`), e_true: t.boolean().default(sql`TRUE`),
});

const keys = (): Table[] => [
  buildTable("parent", { a: t.integer().notNull(), b: t.varchar(20).notNull(), label: t.varchar(50) },
    [primaryKey("pk_parent", ["a", "b"]), unique("uq_parent_label", ["label"])]),
  buildTable("child", {
    id: t.bigint().primaryKey(),
    pa: t.integer(), pb: t.varchar(20), code: t.varchar(10).notNull().unique(), qty: t.integer().notNull().default(0),
    node_id: t.integer().references("node.id", { onDelete: "set null" }),
  }, [
    foreignKey("fk_child_parent", ["pa", "pb"], "parent", ["a", "b"], { onDelete: "cascade", onUpdate: "restrict" }),
    unique("uq_child_pa_qty", ["pa", "qty"]), unique(null, ["pb", "code"]),
    check("ck_child_qty", "qty >= 0"), check(null, "length(code) > 0"),
    index("ix_child_pb", ["pb"]), index("ix_child_multi", ["qty", "id"], { unique: true }),
    index("ix_child_partial", ["pa"], { where: "qty > 10 AND pb <> 'x'" }),
  ]),
  buildTable("node", {
    id: t.integer().primaryKey(), up: t.integer().references("node.id", { onDelete: "cascade", onUpdate: "no action" }),
    small: t.smallint().notNull(),
  }),
  buildTable("cycle_a", { id: t.integer().primaryKey(), b_id: t.integer().references("cycle_b.id", { name: "fk_a_b" }) }),
  buildTable("cycle_b", { id: t.integer().primaryKey(), a_id: t.integer().references("cycle_a.id", { onDelete: "set default" }) }),
  buildTable("order", {
    select: t.integer().primaryKey().autoIncrement(), "Mixed Case": t.varchar(30).default("o'k"), 'a"b': t.integer().unique('uq "q"'),
    "c`d": t.text(), group: t.integer().references("Camel Table.Id"),
  }, [index("ix `weird` \"index\"", ["Mixed Case", "select"]), check('ck "order"', `"group" IS NULL OR "group" > 0`)]),
  buildTable("Camel Table", { Id: t.integer().primaryKey(), Name: t.text().notNull() }, [index("IX_Camel", ["Name"])],
    { comment: "a comment" }),
  buildTable("pair", { x: t.integer().notNull(), y: t.text().notNull(), z: t.integer() }, [primaryKey(null, ["x", "y"])]),
];

const catalogue = (): Table[] => [types(), defaults(), ...keys()];

const options = {
  compareType: true, compareServerDefault: true, equivalence: sqliteDialect.comparison.equivalence,
  enumTypes: sqliteDialect.comparison.enumTypes, batchAlterations: sqliteDialect.comparison.rebuildsTables,
};
const schema = (tables: Table[]): Schema => ({ tables, enums: [] });
const describeAll = (ops: readonly Operation[]): string[] => ops.map(describeOperation);

/** Changes one table of the catalogue. */
function edit(tables: Table[], name: string, change: (table: Table) => Table): Table[] {
  return tables.map((table) => (table.name === name ? change(table) : table));
}
const col = (name: string, builder: ColumnBuilder): Column => buildTable("x", { [name]: builder }).columns[0]!;
const setColumn = (name: string, change: (c: Column) => Column) => (table: Table): Table =>
  ({ ...table, columns: table.columns.map((c) => (c.name === name ? change(c) : c)) });

describe("sqlite autogenerate round trip (live)", () => {
  let db: ScratchDatabase;
  let conn: Connection;

  beforeEach(async () => {
    db = await createScratchDatabase("sqlite");
    conn = await connectUrl(db.url);
  });
  afterEach(async () => {
    await conn?.close();
    await db?.drop();
  });

  /** What produce.ts computes: the introspected database against the models' stored form. */
  async function diff(models: Table[]): Promise<Operation[]> {
    const database = await conn.dialect.introspect((s) => conn.query(s));
    return compareSchemas(database, conn.dialect.comparison.storedForm(schema(models)), options);
  }

  /** The catalog as introspection reads it, keys and indexes in a stable order. */
  async function catalog(connection: Connection): Promise<unknown> {
    const sorted = <T>(items: readonly T[]): T[] => [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    const { tables } = await connection.dialect.introspect((s) => connection.query(s));
    return JSON.parse(JSON.stringify([...tables].sort((a, b) => a.name.localeCompare(b.name)).map((tb) => ({
      ...tb, indexes: sorted(tb.indexes), uniques: sorted(tb.uniques), foreignKeys: sorted(tb.foreignKeys), checks: sorted(tb.checks),
    })), (_k, v: unknown) => (typeof v === "bigint" ? `${v}n` : v)));
  }

  /** Path independence: the catalog of the models built from an empty database. */
  async function builtFresh(models: Table[]): Promise<unknown> {
    const other = await createScratchDatabase("sqlite");
    const fresh = await connectUrl(other.url);
    try {
      await apply(fresh, ...compareSchemas(schema([]), schema(models), options));
      return await catalog(fresh);
    } finally {
      await fresh.close();
      await other.drop();
    }
  }

  async function run(ops: readonly Operation[]): Promise<void> {
    await conn.begin();
    try {
      await apply(conn, ...ops);
      await conn.commit();
    } catch (error) {
      await conn.rollback();
      throw error;
    }
  }

  it("creates the catalogue from the models as given and reads back no difference", async () => {
    await run(compareSchemas(schema([]), schema(catalogue()), options));
    expect(describeAll(await diff(catalogue()))).toEqual([]);
  });

  it("creates the catalogue from its stored form (what autogenerate renders) and reads back no difference", async () => {
    const stored = sqliteDialect.comparison.storedForm(schema(catalogue()));
    await run(compareSchemas(schema([]), stored, options));
    expect(describeAll(await diff(catalogue()))).toEqual([]);
    expect(describeAll(await diff(stored.tables as Table[]))).toEqual([]);
  });

  const changes: [string, (tables: Table[]) => Table[], string[]][] = [
    ["add a nullable column", (m) => edit(m, "child", (tb) => ({ ...tb, columns: [...tb.columns, col("note", t.text())] })),
      ["addColumn child.note"]],
    ["add a NOT NULL column with a default", (m) => edit(m, "types", (tb) => ({ ...tb, columns: [...tb.columns, col("n", t.integer().notNull().default(5))] })),
      ["addColumn types.n"]],
    ["add a column with an expression default", (m) => edit(m, "types", (tb) => ({ ...tb, columns: [...tb.columns, col("at", t.timestamp().default(sql`CURRENT_TIMESTAMP`))] })),
      ["addColumn types.at"]],
    ["add an enum column", (m) => edit(m, "pair", (tb) => ({ ...tb, columns: [...tb.columns, col("mood", mood.column().notNull().default("sad"))] })),
      ["addColumn pair.mood"]],
    ["add a column with a foreign key", (m) => edit(m, "pair", (tb) => ({ ...tb, columns: [...tb.columns, col("node", t.integer())],
      foreignKeys: [{ name: null, columns: ["node"], refTable: "node", refSchema: null, refColumns: ["id"], onDelete: "set null", onUpdate: null }] })),
    ["batchAlterTable pair (addColumn, createForeignKey)"]],
    ["drop a column", (m) => edit(m, "types", (tb) => ({ ...tb, columns: tb.columns.filter((c) => c.name !== "c_text") })),
      ["dropColumn types.c_text"]],
    ["lengthen a varchar", (m) => edit(m, "types", setColumn("c_vc40", (c) => ({ ...c, type: { kind: "varchar", length: 80 } }))),
      ["alterColumn types.c_vc40 (type)"]],
    ["change integer to bigint", (m) => edit(m, "types", setColumn("c_int", (c) => ({ ...c, type: { kind: "bigint" } }))),
      ["alterColumn types.c_int (type)"]],
    ["change a raw type", (m) => edit(m, "types", setColumn("c_raw_nv", (c) => ({ ...c, type: { kind: "raw", sql: "NVARCHAR(200)" } }))),
      ["alterColumn types.c_raw_nv (type)"]],
    ["add an enum value", (m) => edit(m, "types", setColumn("c_enum", (c) => ({ ...c, type: enumType("mood", ["happy", "it's", "sad", "new"]).column().spec.type }))),
      ["alterColumn types.c_enum (type)"]],
    ["make a column NOT NULL", (m) => edit(m, "types", setColumn("c_int", (c) => ({ ...c, nullable: false, default: { kind: "literal", value: 0 } }))),
      ["alterColumn types.c_int (nullable, default)"]],
    ["make a column nullable", (m) => edit(m, "child", setColumn("code", (c) => ({ ...c, nullable: true }))),
      ["alterColumn child.code (nullable)"]],
    ["change a default", (m) => edit(m, "defaults", setColumn("n_int", (c) => ({ ...c, default: { kind: "literal", value: 43 } }))),
      ["alterColumn defaults.n_int (default)"]],
    ["drop an expression default", (m) => edit(m, "defaults", setColumn("e_fn", (c) => ({ ...c, default: null }))),
      ["alterColumn defaults.e_fn (default)"]],
    ["switch autoincrement off", (m) => edit(m, "types", setColumn("id", (c) => ({ ...c, autoIncrement: false }))),
      ["alterColumn types.id (autoIncrement)"]],
    ["add an index", (m) => edit(m, "child", (tb) => ({ ...tb, indexes: [...tb.indexes, { name: "ix_new", columns: ["qty", "pb"], unique: false, where: null }] })),
      ["createIndex ix_new on child"]],
    ["drop an index", (m) => edit(m, "child", (tb) => ({ ...tb, indexes: tb.indexes.filter((i) => i.name !== "ix_child_pb") })),
      ["dropIndex ix_child_pb"]],
    ["change a partial index predicate", (m) => edit(m, "child", (tb) => ({ ...tb, indexes: tb.indexes.map((i) => (i.name === "ix_child_partial" ? { ...i, where: "qty > 20" } : i)) })),
      ["batchAlterTable child (dropIndex, createIndex)"]],
    ["add a named unique", (m) => edit(m, "pair", (tb) => ({ ...tb, uniques: [{ name: "uq_pair_z", columns: ["z"] }] })),
      ["createUniqueConstraint uq_pair_z on pair"]],
    ["drop an unnamed unique", (m) => edit(m, "child", (tb) => ({ ...tb, uniques: tb.uniques.filter((u) => u.name !== null || u.columns[0] !== "pb") })),
      ["dropConstraint (unnamed) (unique) on child"]],
    ["add a foreign key", (m) => edit(m, "pair", (tb) => ({ ...tb, foreignKeys: [{ name: "fk_pair_node", columns: ["z"], refTable: "node", refSchema: null, refColumns: ["id"], onDelete: "cascade", onUpdate: null }] })),
      ["createForeignKey fk_pair_node on pair"]],
    ["drop an unnamed foreign key", (m) => edit(m, "child", (tb) => ({ ...tb, foreignKeys: tb.foreignKeys.filter((f) => f.name !== null) })),
      ["dropConstraint (unnamed) (foreignkey) on child"]],
    ["change an unnamed foreign key's action", (m) => edit(m, "node", (tb) => ({ ...tb, foreignKeys: tb.foreignKeys.map((f) => ({ ...f, onDelete: "restrict" as const })) })),
      ["batchAlterTable node (dropConstraint, createForeignKey)"]],
    ["add a check", (m) => edit(m, "pair", (tb) => ({ ...tb, checks: [{ name: "ck_pair", expression: "x > 0" }] })),
      ["createCheckConstraint ck_pair on pair"]],
    ["drop an unnamed check", (m) => edit(m, "child", (tb) => ({ ...tb, checks: tb.checks.filter((c) => c.name !== null) })),
      ["dropConstraint (unnamed) (check) on child"]],
    ["change a named check", (m) => edit(m, "child", (tb) => ({ ...tb, checks: tb.checks.map((c) => (c.name ? { ...c, expression: "qty >= 1" } : c)) })),
      ["batchAlterTable child (dropConstraint, createCheckConstraint)"]],
    ["change the primary key", (m) => edit(m, "pair", (tb) => ({ ...tb, primaryKey: { name: null, columns: ["x"] } })),
      ["batchAlterTable pair (dropConstraint, createPrimaryKey)"]],
    ["several changes on one table", (m) => edit(m, "Camel Table", (tb) => ({ ...tb, columns: [...tb.columns.filter((c) => c.name !== "Name"), col("Name", t.varchar(64).notNull())], indexes: [], checks: [{ name: null, expression: "\"Id\" > 0" }] })),
      ["batchAlterTable Camel Table (dropIndex, alterColumn, createCheckConstraint)"]],
    ["drop a column an index and a key use", (m) => edit(m, "child", (tb) => ({ ...tb, columns: tb.columns.filter((c) => c.name !== "pb"),
      indexes: tb.indexes.filter((i) => !i.columns.includes("pb") && i.name !== "ix_child_partial"),
      uniques: tb.uniques.filter((u) => !u.columns.includes("pb")), foreignKeys: tb.foreignKeys.filter((f) => !f.columns.includes("pb")) })),
    ["batchAlterTable child (dropConstraint, dropIndex, dropIndex, dropConstraint, dropColumn)"]],
    ["add a table", (m) => [...m, buildTable("extra", { id: t.integer().primaryKey(), pa: t.integer(), pb: t.text() }, [foreignKey(null, ["pa", "pb"], "parent", ["a", "b"])])],
      ["createTable extra"]],
    ["drop a table", (m) => m.filter((tb) => tb.name !== "cycle_a"), ["dropTable cycle_a"]],
    ["change only comments", (m) => edit(m, "Camel Table", (tb) => ({ ...tb, comment: "other", columns: tb.columns.map((c) => ({ ...c, comment: "x" })) })), []],
  ];

  it.each(changes)("%s: caught exactly, and after it and its reverse nothing differs", async (_name, change, expected) => {
    const before = catalogue();
    const after = change(catalogue());
    await run(compareSchemas(schema([]), schema(before), options));
    await conn.execute({ sql: `INSERT INTO parent (a, b, label) VALUES (1, 'x', 'one')`, params: [] });
    await conn.execute({ sql: `INSERT INTO child (id, pa, pb, code, qty) VALUES (7, 1, 'x', 'c7', 3)`, params: [] });
    const ops = await diff(after);
    expect(describeAll(ops)).toEqual(expected);
    await run(ops);
    expect(describeAll(await diff(after))).toEqual([]);
    expect(await catalog(conn)).toEqual(await builtFresh(after));
    await run([...ops].reverse().map(reverseOperation));
    expect(describeAll(await diff(before))).toEqual([]);
    // Rows survive wherever their columns do (one case drops child.pb).
    expect(await conn.query({ sql: "SELECT id, pa, code, qty FROM child", params: [] })).toEqual([{ id: 7, pa: 1, code: "c7", qty: 3 }]);
  });

  it("catches every change at once, and after them and their reverse nothing differs", async () => {
    const before = catalogue();
    const after = changes.reduce((tables, [, change]) => change(tables), catalogue());
    await run(compareSchemas(schema([]), schema(before), options));
    const ops = await diff(after);
    // One op per table (a batch where there are several changes), plus the table added and the one dropped.
    const touched = ["types", "child", "defaults", "pair", "node", "Camel Table", "extra", "cycle_a"];
    expect(ops.map((op) => ("table" in op ? op.table.name : "?")).sort()).toEqual(touched.sort());
    await run(ops);
    expect(describeAll(await diff(after))).toEqual([]);
    expect(await catalog(conn)).toEqual(await builtFresh(after));
    await run([...ops].reverse().map(reverseOperation));
    expect(describeAll(await diff(before))).toEqual([]);
  });

  it("takes other spellings of the same type, default and expression as no change", async () => {
    await conn.execute({ sql: `CREATE TABLE [hand] (
      [id] INTEGER NOT NULL, n int, v NVARCHAR ( 10 ) DEFAULT ('x'), c Character Varying(5), d DATETIME DEFAULT (CURRENT_TIMESTAMP),
      b BOOL DEFAULT '1', i INTEGER DEFAULT '42', t TEXT DEFAULT 7, m DECIMAL(10,2) DEFAULT 1.50, e TEXT DEFAULT ((1+2)),
      f BOOLEAN DEFAULT TRUE, g INTEGER DEFAULT +4, h REAL DEFAULT 0x10, s VARCHAR(3) COLLATE NOCASE DEFAULT ('a'),
      k TEXT, l TEXT CHECK ("l" IN ('p')), CHECK (k IN ('x','y')),
      CONSTRAINT [PK_hand] PRIMARY KEY ([id]), CHECK ((("n" != 0))), FOREIGN KEY (N) REFERENCES HAND ON DELETE NO ACTION)`, params: [] });
    await conn.execute({ sql: "CREATE INDEX ix_hand ON hand (n) WHERE [n]>1", params: [] });
    await conn.execute({ sql: "CREATE TABLE wr (k TEXT PRIMARY KEY, v INT) WITHOUT ROWID", params: [] });
    const wr = buildTable("wr", { k: t.text().primaryKey(), v: t.integer() }, [], { withoutRowid: true });
    const hand = buildTable("hand", {
      id: t.integer().primaryKey(), n: t.integer().references("hand.id"), v: t.varchar(10).default("x"), c: t.varchar(5),
      d: t.timestamp().default(sql`CURRENT_TIMESTAMP`), b: t.boolean().default(true), i: t.integer().default(42),
      t: t.text().default("7"), m: t.numeric(10, 2).default(1.5), e: t.text().default(sql`1 + 2`),
      f: t.boolean().default(true), g: t.integer().default(4), h: t.real().default(16), s: t.rawType("VARCHAR(3) COLLATE NOCASE").default("a"),
      // An enum's CHECK written on the table, and an enum written as a text column and a CHECK.
      k: enumType("k_values", ["x", "y"]).column(), l: t.text(),
    }, [check(null, "n <> 0"), check(null, `l IN ('p')`), index("ix_hand", ["n"], { where: "n > 1" })]);
    expect(describeAll(await diff([hand, wr]))).toEqual([]);
    const int = buildTable("hand", { id: t.rawType("INT").primaryKey() }).columns[0]!;
    expect(describeAll(await diff([{ ...hand, columns: [int, ...hand.columns.slice(1)] }, wr]))).toEqual(["alterColumn hand.id (type)"]);

    // A rebuild for another change writes every other column back exactly as it was declared.
    const columns = (): Promise<unknown[]> => conn.query({ sql: "SELECT * FROM pragma_table_xinfo('hand')", params: [] });
    const declared = await columns();
    const checked = { ...hand, checks: [...hand.checks, { name: "ck_hand_i", expression: "i < 100" }] };
    const ops = await diff([checked, wr]);
    expect(describeAll(ops)).toEqual(["createCheckConstraint ck_hand_i on hand"]);
    await run(ops);
    expect(await columns()).toEqual(declared);
    expect(describeAll(await diff([checked, wr]))).toEqual([]);
  });
});

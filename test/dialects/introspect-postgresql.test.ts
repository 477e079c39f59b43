/** PostgreSQL introspection against a real server: tables made by the compiler (and by hand), read back as IR. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CompileContext, Connection, QueryFn, Statement } from "../../src/dialects/dialect.js";
import { introspect, tableStates } from "../../src/dialects/postgresql/introspect.js";
import * as t from "../../src/schema/builders.js";
import { enumType } from "../../src/schema/enum.js";
import type { Column, Table } from "../../src/schema/ir.js";
import { buildTable, check, foreignKey, index, primaryKey, unique } from "../../src/schema/table.js";
import { sql, type ColumnType, type DefaultValue } from "../../src/schema/types.js";
import { connectUrl, createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";

const noContext: CompileContext = { table: () => { throw new Error("these tests compile createTable only"); } };

/** The IR column a test expects; the defaults say "nullable, no default, no comment". */
const col = (name: string, type: ColumnType, more: Partial<Column> = {}): Column =>
  ({ name, type, nullable: true, default: null, autoIncrement: false, comment: null, ...more });
const lit = (value: string | number | bigint | boolean): DefaultValue => ({ kind: "literal", value });
const expr = (text: string): DefaultValue => ({ kind: "sql", sql: text });

describe.skipIf(await skipWithoutServer("postgresql"))("postgresql introspection (live)", () => {
  let db: ScratchDatabase;
  let conn: Connection;
  let calls = 0;
  const query: QueryFn = <Row,>(statement: Statement) => { calls += 1; return conn.query<Row>(statement); };
  const count = async (fn: () => Promise<unknown>) => { calls = 0; await fn(); return calls; };
  const run = async (...sqls: string[]) => { for (const text of sqls) await conn.execute({ sql: text, params: [] }); };
  const create = async (...tables: Table[]) => {
    for (const table of tables) for (const s of conn.dialect.compile({ kind: "createTable", table }, noContext)) await conn.execute(s);
  };
  const read = async (...names: string[]) => (await introspect(query, { tables: names })).tables;
  const readOne = async (name: string): Promise<Table> => (await read(name))[0] ?? expect.fail(`table ${name} was not read`);

  beforeAll(async () => { db = await createScratchDatabase("postgresql"); conn = await connectUrl(db.url); });
  afterAll(async () => { await conn?.close(); await db?.drop(); });

  const mood = enumType("mood", ["happy", "sad"]);
  const allTypes = (): Table => buildTable("all_types", {
    id: t.integer().primaryKey().autoIncrement(),
    c_bigint: t.bigint().notNull().default(9007199254740993n),
    c_smallint: t.smallint().default(-3),
    c_varchar: t.varchar(40).notNull().default("it's").comment("a 'quoted' comment"),
    c_varchar_open: t.varchar(),
    c_char: t.char(2),
    c_text: t.text().default("multi\nline \\ text"),
    c_boolean: t.boolean().notNull().default(true),
    c_bool_false: t.boolean().default(false),
    c_numeric: t.numeric(10, 2).default(1.5),
    c_numeric_open: t.numeric(),
    c_real: t.real().default(0.25),
    c_double: t.double().default(-2.5),
    c_date: t.date().default("2024-02-29"),
    c_time: t.time(),
    c_timetz: t.time({ withTimezone: true }),
    c_timestamp: t.timestamp().default(sql`CURRENT_TIMESTAMP`),
    c_timestamptz: t.timestamp({ withTimezone: true }).notNull().default(sql`now()`),
    c_json: t.json(),
    c_jsonb: t.jsonb().default("{}"),
    c_uuid: t.uuid(),
    c_binary: t.binary(),
    c_enum: mood.column().notNull().default("sad"),
    c_inet: t.rawType("INET"),
    c_ts3: t.rawType("TIMESTAMP(3) WITHOUT TIME ZONE"),
    c_array: t.rawType("TEXT[]"),
    c_expr: t.integer().default(sql`1 + 2`),
    c_null: t.varchar(5).default(null),
  }, [], { comment: "every type" });

  it("reads every column type, default, nullability and comment", async () => {
    await run("CREATE TYPE mood AS ENUM ('happy', 'sad')");
    await create(allTypes());
    const table = await readOne("all_types");
    expect(table.comment).toBe("every type");
    expect(table.schema).toBeNull();
    expect(table.primaryKey).toEqual({ name: "all_types_pkey", columns: ["id"] });
    expect(table.columns).toEqual([
      col("id", { kind: "integer" }, { nullable: false, autoIncrement: true }),
      col("c_bigint", { kind: "bigint" }, { nullable: false, default: lit(9007199254740993n) }),
      col("c_smallint", { kind: "smallint" }, { default: lit(-3) }),
      col("c_varchar", { kind: "varchar", length: 40 }, { nullable: false, default: lit("it's"), comment: "a 'quoted' comment" }),
      col("c_varchar_open", { kind: "varchar", length: null }),
      col("c_char", { kind: "char", length: 2 }),
      col("c_text", { kind: "text" }, { default: lit("multi\nline \\ text") }),
      col("c_boolean", { kind: "boolean" }, { nullable: false, default: lit(true) }),
      col("c_bool_false", { kind: "boolean" }, { default: lit(false) }),
      col("c_numeric", { kind: "numeric", precision: 10, scale: 2 }, { default: lit(1.5) }),
      col("c_numeric_open", { kind: "numeric", precision: null, scale: null }),
      col("c_real", { kind: "real" }, { default: lit(0.25) }),
      col("c_double", { kind: "double" }, { default: lit(-2.5) }),
      col("c_date", { kind: "date" }, { default: lit("2024-02-29") }),
      col("c_time", { kind: "time", withTimezone: false }),
      col("c_timetz", { kind: "time", withTimezone: true }),
      col("c_timestamp", { kind: "timestamp", withTimezone: false }, { default: expr("CURRENT_TIMESTAMP") }),
      col("c_timestamptz", { kind: "timestamp", withTimezone: true }, { nullable: false, default: expr("now()") }),
      col("c_json", { kind: "json" }),
      col("c_jsonb", { kind: "jsonb" }, { default: lit("{}") }),
      col("c_uuid", { kind: "uuid" }),
      col("c_binary", { kind: "binary", length: null }),
      col("c_enum", { kind: "enum", name: "mood", values: ["happy", "sad"] }, { nullable: false, default: lit("sad") }),
      col("c_inet", { kind: "raw", sql: "inet" }),
      col("c_ts3", { kind: "raw", sql: "timestamp(3) without time zone" }),
      col("c_array", { kind: "raw", sql: "text[]" }),
      col("c_expr", { kind: "integer" }, { default: expr("(1 + 2)") }),
      col("c_null", { kind: "varchar", length: 5 }),
    ]);
  });

  it("reads serial, identity, sequence-default and generated columns", async () => {
    await run(
      "CREATE SEQUENCE free_seq",
      `CREATE TABLE serials (id serial PRIMARY KEY, big bigserial, small smallserial,
         always integer GENERATED ALWAYS AS IDENTITY, from_seq integer DEFAULT nextval('free_seq'),
         doubled integer GENERATED ALWAYS AS (id * 2) STORED)`,
    );
    const table = await readOne("serials");
    expect(table.columns).toEqual([
      // Serial columns stay serial (a sequence they own and a nextval default), never read as identities.
      { ...col("id", { kind: "integer" }, { nullable: false, autoIncrement: true }), identity: { generation: "serial" } },
      { ...col("big", { kind: "bigint" }, { nullable: false, autoIncrement: true }), identity: { generation: "serial" } },
      { ...col("small", { kind: "smallint" }, { nullable: false, autoIncrement: true }), identity: { generation: "serial" } },
      { ...col("always", { kind: "integer" }, { nullable: false, autoIncrement: true }), identity: { generation: "always" } },
      // A sequence the column does not own is an ordinary expression default.
      col("from_seq", { kind: "integer" }, { default: expr("nextval('free_seq'::regclass)") }),
      { ...col("doubled", { kind: "integer" }), generated: { expression: "id * 2", stored: true } },
    ]);
  });

  const parent = (): Table => buildTable("parent", {
    a: t.integer().notNull(),
    b: t.varchar(20).notNull(),
    label: t.varchar(50),
    code: t.varchar(10).unique(),
  }, [primaryKey("pk_parent", ["a", "b"]), unique("uq_parent_label", ["label"])]);
  const child = (): Table => buildTable("child", {
    id: t.bigint().primaryKey().autoIncrement(),
    pa: t.integer(),
    pb: t.varchar(20),
    qty: t.integer().notNull().default(0),
    up: t.bigint().references("child.id", { onDelete: "set null", name: "fk_child_up" }),
    other: t.integer().references("parent_single.id"),
  }, [
    foreignKey("fk_child_parent", ["pa", "pb"], "parent", ["a", "b"], { onDelete: "cascade", onUpdate: "restrict" }),
    unique("uq_child_pa_qty", ["pa", "qty"]),
    check("ck_child_qty", "qty >= 0"),
    check("ck_child_pair", "pa IS NULL OR pb IS NOT NULL"),
    index("ix_child_pb", ["pb"]),
    index("ix_child_qty_pa", ["qty", "pa"], { unique: true }),
    index("ix_child_partial", ["pa"], { where: "qty > 10" }),
  ]);

  it("reads keys, uniques, foreign keys, checks and indexes", async () => {
    await create(parent(), buildTable("parent_single", { id: t.integer().primaryKey() }), child());
    await run('CREATE INDEX ix_child_expr ON child (lower(pb), qty DESC)', "CREATE UNIQUE INDEX ix_parent_label_u ON parent (label, a)");
    // Tables come in name order, whatever order they were asked for in.
    const [childTable, parentTable] = (await read("parent", "child")) as [Table, Table];
    expect([childTable.name, parentTable.name]).toEqual(["child", "parent"]);
    expect(parentTable.primaryKey).toEqual({ name: "pk_parent", columns: ["a", "b"] });
    expect(parentTable.uniques).toEqual([{ name: "parent_code_key", columns: ["code"] }, { name: "uq_parent_label", columns: ["label"] }]);
    // CREATE UNIQUE INDEX makes an index, not a constraint.
    expect(parentTable.indexes).toEqual([{ name: "ix_parent_label_u", columns: ["label", "a"], unique: true, where: null }]);
    expect(childTable.primaryKey).toEqual({ name: "child_pkey", columns: ["id"] });
    expect(childTable.uniques).toEqual([{ name: "uq_child_pa_qty", columns: ["pa", "qty"] }]);
    expect(childTable.foreignKeys).toEqual([
      { name: "child_other_fkey", columns: ["other"], refTable: "parent_single", refSchema: null, refColumns: ["id"],
        onDelete: "no action", onUpdate: "no action" },
      { name: "fk_child_parent", columns: ["pa", "pb"], refTable: "parent", refSchema: null, refColumns: ["a", "b"],
        onDelete: "cascade", onUpdate: "restrict" },
      { name: "fk_child_up", columns: ["up"], refTable: "child", refSchema: null, refColumns: ["id"],
        onDelete: "set null", onUpdate: "no action" },
    ]);
    expect(childTable.checks).toEqual([{ name: "ck_child_pair", expression: "(pa IS NULL) OR (pb IS NOT NULL)" },
      { name: "ck_child_qty", expression: "qty >= 0" }]);
    expect(childTable.indexes).toEqual([
      // An expression key is an IndexKey, printed as a rebuild stores it again (not pretty-printed).
      { name: "ix_child_expr", columns: [{ expression: "lower((pb)::text)" }, { column: "qty", descending: true }], unique: false, where: null },
      { name: "ix_child_partial", columns: ["pa"], unique: false, where: "qty > 10" },
      { name: "ix_child_pb", columns: ["pb"], unique: false, where: null },
      { name: "ix_child_qty_pa", columns: ["qty", "pa"], unique: true, where: null },
    ]);
  });

  it("reads names that need quoting", async () => {
    const name = 'we"ird `Tab';
    await create(buildTable(name, {
      user: t.integer().primaryKey(),
      order: t.varchar(20).notNull().default("o'k"),
      "Mixed Case": t.varchar(30).comment("mixed"),
      'a"b': t.integer().unique('uq "weird"'),
    }, [index('ix `weird` "index"', ["order", "Mixed Case"]), check("Ck Select", '"order" <> \'select\'')],
    { comment: "it's weird" }));
    const table = await readOne(name);
    expect(table.name).toBe(name);
    expect(table.comment).toBe("it's weird");
    expect(table.columns.map((c) => c.name)).toEqual(["user", "order", "Mixed Case", 'a"b']);
    expect(table.columns[1]!.default).toEqual(lit("o'k"));
    expect(table.columns[2]!.comment).toBe("mixed");
    expect(table.uniques).toEqual([{ name: 'uq "weird"', columns: ['a"b'] }]);
    expect(table.indexes).toEqual([{ name: 'ix `weird` "index"', columns: ["order", "Mixed Case"], unique: false, where: null }]);
    expect(table.checks).toEqual([{ name: "Ck Select", expression: "(\"order\")::text <> 'select'::text" }]);
  });

  it("reads enum types in sort order, all of them or those the read tables use", async () => {
    await run(
      "CREATE TYPE status AS ENUM ('b', 'c')",
      "ALTER TYPE status ADD VALUE 'a' BEFORE 'b'",
      'CREATE TYPE "Unused Enum" AS ENUM (\'x\')',
      "CREATE TABLE uses_status (s status NOT NULL DEFAULT 'a', ss status[])",
    );
    const all = await introspect(query);
    expect(all.enums).toEqual([
      { name: "Unused Enum", schema: null, values: ["x"] },
      { name: "mood", schema: null, values: ["happy", "sad"] },
      { name: "status", schema: null, values: ["a", "b", "c"] },
    ]);
    const filtered = await introspect(query, { tables: ["uses_status"] });
    expect(filtered.enums).toEqual([{ name: "status", schema: null, values: ["a", "b", "c"] }]);
    expect(filtered.tables[0]!.columns).toEqual([
      col("s", { kind: "enum", name: "status", values: ["a", "b", "c"] }, { nullable: false, default: lit("a") }),
      col("ss", { kind: "raw", sql: "status[]" }),
    ]);
  });

  it("reads another schema by name, qualifying what lies outside it", async () => {
    await run(
      "CREATE SCHEMA other",
      "CREATE TABLE other.base (id integer PRIMARY KEY)",
      "CREATE TABLE other.refs (id integer PRIMARY KEY, b integer REFERENCES other.base (id), p integer REFERENCES parent_single (id))",
      "COMMENT ON TABLE other.refs IS 'in other'",
    );
    const schema = await introspect(query, { schema: "other" });
    expect(schema.tables.map((x) => [x.schema, x.name])).toEqual([["other", "base"], ["other", "refs"]]);
    expect(schema.tables[1]!.comment).toBe("in other");
    expect(schema.tables[1]!.foreignKeys.map((fk) => [fk.refSchema, fk.refTable])).toEqual([[null, "base"], ["public", "parent_single"]]);
    expect((await introspect(query)).tables.some((x) => x.name === "refs")).toBe(false);
  });

  it("issues the same number of queries for 1 table and for 50", async () => {
    await run("CREATE SCHEMA one", "CREATE SCHEMA fifty");
    const make = (schema: string, i: number) => [
      `CREATE TABLE ${schema}.t${i} (id serial PRIMARY KEY, p integer REFERENCES ${schema}.t0 (id), v varchar(9) UNIQUE,
         m mood, CHECK (id > 0))`,
      `CREATE INDEX ix_${schema}_${i} ON ${schema}.t${i} (v, p) WHERE p > 0`,
      `COMMENT ON COLUMN ${schema}.t${i}.v IS 'c${i}'`,
    ];
    await run(...make("one", 0));
    for (let i = 0; i < 50; i += 1) await run(...make("fifty", i));
    const one = await count(() => introspect(query, { schema: "one" }));
    const fifty = await count(() => introspect(query, { schema: "fifty" }));
    expect((await introspect(query, { schema: "fifty" })).tables).toHaveLength(50);
    expect(fifty).toBe(one);
    expect(one).toBe(5);
    const states = await count(() => tableStates(query, Array.from({ length: 50 }, (_, i) => ({ name: `t${i}`, schema: "fifty" }))));
    expect(states).toBe(await count(() => tableStates(query, [{ name: "t0", schema: "fifty" }])));
  });

  it("restricts to the tables asked for; tableStates keeps their order and skips missing ones", async () => {
    expect((await read("child", "parent", "nope")).map((x) => x.name)).toEqual(["child", "parent"]);
    expect(await read()).toEqual([]);
    const states = await tableStates(query, [
      { name: "parent", schema: null }, { name: "missing", schema: null }, { name: "base", schema: "other" }, { name: "child", schema: "public" },
    ]);
    expect(states.map((s) => [s.table.schema, s.table.name, s.triggers])).toEqual([
      [null, "parent", []], ["other", "base", []], [null, "child", []],
    ]);
  });

  it("reads back what the compiler makes from what it read", async () => {
    const before = await read("all_types", "parent", "parent_single", "child");
    // CASCADE: other.refs points at parent_single.
    await run("DROP TABLE child, parent, parent_single, all_types CASCADE");
    // Expression index columns are read as "(expr)", which createIndex does not take: leave that one out.
    const withoutExpr = (tables: readonly Table[]) => tables.map((x) => ({ ...x, indexes: x.indexes.filter((i) => i.name !== "ix_child_expr") }));
    const order = ["all_types", "parent", "parent_single", "child"];
    await create(...withoutExpr(before).filter((x) => order.includes(x.name)).sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name)));
    expect(await read("all_types", "parent", "parent_single", "child")).toEqual(withoutExpr(before));
  });
});

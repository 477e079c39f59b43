/** MySQL / MariaDB introspection against a real server: tables made by the compiler (and by hand), read back as IR. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CompileContext, Connection, QueryFn, Statement } from "../../src/dialects/dialect.js";
import { introspect, tableStates } from "../../src/dialects/mysql/introspect.js";
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

describe.skipIf(await skipWithoutServer("mysql"))("mysql introspection (live)", () => {
  let db: ScratchDatabase;
  let conn: Connection;
  let mariadb = false;
  let calls = 0;
  const extraDatabases: string[] = [];
  const query: QueryFn = <Row,>(statement: Statement) => { calls += 1; return conn.query<Row>(statement); };
  const count = async (fn: () => Promise<unknown>) => { calls = 0; await fn(); return calls; };
  const run = async (...sqls: string[]) => { for (const text of sqls) await conn.execute({ sql: text, params: [] }); };
  const create = async (...tables: Table[]) => {
    for (const table of tables) for (const s of conn.dialect.compile({ kind: "createTable", table }, noContext)) await conn.execute(s);
  };
  const read = async (...names: string[]) => (await introspect(query, { tables: names })).tables;
  const readOne = async (name: string): Promise<Table> => (await read(name))[0] ?? expect.fail(`table ${name} was not read`);
  /** A second database on the server (MySQL's schemas), dropped with the scratch one. */
  const database = async (suffix: string) => {
    const name = `${db.name}_${suffix}`;
    await run(`CREATE DATABASE ${name}`);
    extraDatabases.push(name);
    return name;
  };

  beforeAll(async () => {
    db = await createScratchDatabase("mysql");
    conn = await connectUrl(db.url);
    const [row] = await conn.query<{ v: string }>({ sql: "SELECT VERSION() AS v", params: [] });
    mariadb = /mariadb/i.test(row!.v);
  });
  afterAll(async () => {
    for (const name of extraDatabases) await conn?.execute({ sql: `DROP DATABASE IF EXISTS ${name}`, params: [] });
    await conn?.close();
    await db?.drop();
  });

  const mood = enumType("mood", ["happy", "it's", "back\\slash"]);
  const allTypes = (): Table => buildTable("all_types", {
    id: t.integer().primaryKey().autoIncrement(),
    c_bigint: t.bigint().notNull().default(9007199254740993n),
    c_smallint: t.smallint().default(-3),
    c_varchar: t.varchar(40).notNull().default("it's \\ \"q\"").comment("a 'quoted' comment"),
    c_varchar_open: t.varchar(),
    c_char: t.char(2),
    c_text: t.text(),
    c_boolean: t.boolean().notNull().default(true),
    c_bool_false: t.boolean().default(false),
    c_numeric: t.numeric(10, 2).default(1.5),
    c_real: t.real().default(0.25),
    c_double: t.double(),
    c_date: t.date().default("2024-02-29"),
    c_time: t.time(),
    c_datetime: t.timestamp().default(sql`CURRENT_TIMESTAMP`),
    c_timestamp: t.timestamp({ withTimezone: true }),
    c_json: t.json(),
    c_jsonb: t.jsonb(),
    c_uuid: t.uuid(),
    c_blob: t.binary(),
    c_varbinary: t.binary(16),
    c_enum: mood.column().notNull().default("it's"),
    c_unsigned: t.rawType("INT UNSIGNED").default(7),
    c_dt3: t.rawType("DATETIME(3)"),
    c_mediumtext: t.rawType("MEDIUMTEXT"),
    c_expr: t.integer().default(sql`1 + 2`),
    c_null: t.varchar(5).default(null),
    c_literal_null: t.varchar(5).default("NULL"),
  }, [], { comment: "every type" });

  it("reads every column type, default, nullability and comment", async () => {
    await create(allTypes());
    const table = await readOne("all_types");
    expect(table.comment).toBe("every type");
    expect(table.schema).toBeNull();
    expect(table.primaryKey).toEqual({ name: null, columns: ["id"] });
    const now = mariadb ? "current_timestamp()" : "CURRENT_TIMESTAMP";
    expect(table.columns).toEqual([
      col("id", { kind: "integer" }, { nullable: false, autoIncrement: true }),
      col("c_bigint", { kind: "bigint" }, { nullable: false, default: lit(9007199254740993n) }),
      col("c_smallint", { kind: "smallint" }, { default: lit(-3) }),
      col("c_varchar", { kind: "varchar", length: 40 }, { nullable: false, default: lit("it's \\ \"q\""), comment: "a 'quoted' comment" }),
      col("c_varchar_open", { kind: "varchar", length: 255 }),
      col("c_char", { kind: "char", length: 2 }),
      col("c_text", { kind: "text" }),
      col("c_boolean", { kind: "boolean" }, { nullable: false, default: lit(true) }),
      col("c_bool_false", { kind: "boolean" }, { default: lit(false) }),
      col("c_numeric", { kind: "numeric", precision: 10, scale: 2 }, { default: lit(1.5) }),
      col("c_real", { kind: "real" }, { default: lit(0.25) }),
      col("c_double", { kind: "double" }),
      col("c_date", { kind: "date" }, { default: lit("2024-02-29") }),
      col("c_time", { kind: "time", withTimezone: false }),
      col("c_datetime", { kind: "timestamp", withTimezone: false }, { default: expr(now) }),
      col("c_timestamp", { kind: "timestamp", withTimezone: true }),
      col("c_json", { kind: "json" }),
      col("c_jsonb", { kind: "json" }),
      col("c_uuid", { kind: "char", length: 36 }),
      col("c_blob", { kind: "binary", length: null }),
      col("c_varbinary", { kind: "binary", length: 16 }),
      col("c_enum", { kind: "enum", name: "all_types_c_enum", values: ["happy", "it's", "back\\slash"] },
        { nullable: false, default: lit("it's") }),
      // Issue 13: UNSIGNED is the type's flag, and the width the server prints of its own means nothing.
      col("c_unsigned", { kind: "integer", unsigned: true }, { default: lit(7) }),
      col("c_dt3", { kind: "raw", sql: "datetime(3)" }),
      col("c_mediumtext", { kind: "raw", sql: "mediumtext" }),
      col("c_expr", { kind: "integer" }, { default: expr("(1 + 2)") }),
      col("c_null", { kind: "varchar", length: 5 }),
      col("c_literal_null", { kind: "varchar", length: 5 }, { default: lit("NULL") }),
    ]);
    // MariaDB's JSON is LONGTEXT with a json_valid() check: the check is part of the type, not a constraint.
    expect(table.checks).toEqual([]);
    expect(await introspect(query)).toHaveProperty("enums", []);
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
    note: t.text(),
  }, [
    foreignKey("fk_child_parent", ["pa", "pb"], "parent", ["a", "b"], { onDelete: "cascade", onUpdate: "restrict" }),
    unique("uq_child_pa_qty", ["pa", "qty"]),
    check("ck_child_qty", "qty >= 0"),
    index("ix_child_pb", ["pb"]),
    index("ix_child_qty_pa", ["qty", "pa"], { unique: true }),
    index("ix_child_multi", ["qty", "pb", "id"]),
  ]);

  it("reads keys, uniques, foreign keys, checks and indexes", async () => {
    await create(parent(), buildTable("parent_single", { id: t.integer().primaryKey() }), child());
    await run("CREATE INDEX ix_child_prefix ON child (note(10))");
    const [childTable, parentTable] = (await read("parent", "child")) as [Table, Table];
    expect([childTable.name, parentTable.name]).toEqual(["child", "parent"]);
    expect(parentTable.primaryKey).toEqual({ name: null, columns: ["a", "b"] });
    expect(parentTable.uniques).toEqual([{ name: "code", columns: ["code"] }, { name: "uq_parent_label", columns: ["label"] }]);
    expect(parentTable.indexes).toEqual([]);
    expect(childTable.primaryKey).toEqual({ name: null, columns: ["id"] });
    // A unique index is MySQL's unique constraint: reported as one.
    expect(childTable.uniques).toEqual([
      // In the catalog's order (SHOW CREATE TABLE's), which a rebuild keeps.
      { name: "uq_child_pa_qty", columns: ["pa", "qty"] },
      { name: "ix_child_qty_pa", columns: ["qty", "pa"] },
    ]);
    const unspecified = mariadb ? "restrict" : "no action";
    // In the order of the indexes InnoDB made for them, so that a rebuild puts those indexes back where they were.
    expect(childTable.foreignKeys).toEqual([
      { name: "fk_child_up", columns: ["up"], refTable: "child", refSchema: null, refColumns: ["id"],
        onDelete: "set null", onUpdate: unspecified },
      { name: "child_ibfk_1", columns: ["other"], refTable: "parent_single", refSchema: null, refColumns: ["id"],
        onDelete: unspecified, onUpdate: unspecified },
      { name: "fk_child_parent", columns: ["pa", "pb"], refTable: "parent", refSchema: null, refColumns: ["a", "b"],
        onDelete: "cascade", onUpdate: "restrict" },
    ]);
    expect(childTable.checks).toEqual([{ name: "ck_child_qty", expression: "`qty` >= 0" }]);
    // In the catalog's order. The indexes InnoDB made for fk_child_parent, fk_child_up and the unnamed key on `other` are not listed.
    expect(childTable.indexes).toEqual([
      { name: "ix_child_pb", columns: ["pb"], unique: false, where: null },
      { name: "ix_child_multi", columns: ["qty", "pb", "id"], unique: false, where: null },
      // Issue 13: the prefix length is read (it was dropped before).
      { name: "ix_child_prefix", columns: [{ column: "note", length: 10 }], unique: false, where: null },
    ]);
  });

  it("reads names that need quoting", async () => {
    const name = 'we"ird `Tab';
    await create(buildTable(name, {
      user: t.integer().primaryKey(),
      order: t.varchar(20).notNull().default("o'k"),
      "Mixed Case": t.varchar(30).comment("mixed"),
      'a"b': t.integer().unique('uq "weird"'),
    }, [index('ix `weird` "index"', ["order", "Mixed Case"]), check("Ck Select", "`order` <> 'select'")],
    { comment: "it's weird" }));
    const table = await readOne(name);
    expect(table.name).toBe(name);
    expect(table.comment).toBe("it's weird");
    expect(table.columns.map((c) => c.name)).toEqual(["user", "order", "Mixed Case", 'a"b']);
    expect(table.columns[1]!.default).toEqual(lit("o'k"));
    expect(table.columns[2]!.comment).toBe("mixed");
    expect(table.uniques).toEqual([{ name: 'uq "weird"', columns: ['a"b'] }]);
    expect(table.indexes).toEqual([{ name: 'ix `weird` "index"', columns: ["order", "Mixed Case"], unique: false, where: null }]);
    expect(table.checks).toEqual([{ name: "Ck Select", expression: "`order` <> 'select'" }]);
  });

  it("reads another database by name, qualifying what lies outside it", async () => {
    const other = await database("other");
    await run(
      `CREATE TABLE ${other}.base (id int PRIMARY KEY)`,
      `CREATE TABLE ${other}.refs (id int PRIMARY KEY, b int, p int, CONSTRAINT fk_b FOREIGN KEY (b) REFERENCES ${other}.base (id),
         CONSTRAINT fk_p FOREIGN KEY (p) REFERENCES ${db.name}.parent_single (id)) COMMENT 'in other'`,
    );
    const schema = await introspect(query, { schema: other });
    expect(schema.tables.map((x) => [x.schema, x.name])).toEqual([[other, "base"], [other, "refs"]]);
    expect(schema.tables[1]!.comment).toBe("in other");
    expect(schema.tables[1]!.foreignKeys.map((fk) => [fk.refSchema, fk.refTable])).toEqual([[null, "base"], [db.name, "parent_single"]]);
    expect((await introspect(query)).tables.some((x) => x.name === "refs")).toBe(false);
  });

  it("issues the same number of queries for 1 table and for 50", async () => {
    const one = await database("one");
    const fifty = await database("fifty");
    const make = (schema: string, i: number) =>
      `CREATE TABLE ${schema}.t${i} (id int AUTO_INCREMENT PRIMARY KEY, p int, v varchar(9) UNIQUE COMMENT 'c',
         e enum('a', 'b'), j json, CONSTRAINT fk_${i} FOREIGN KEY (p) REFERENCES ${schema}.t0 (id),
         CONSTRAINT ck_${i} CHECK (p > 0), KEY ix_${i} (v, p))`;
    await run(make(one, 0));
    for (let i = 0; i < 50; i += 1) await run(make(fifty, i));
    const few = await count(() => introspect(query, { schema: one }));
    const many = await count(() => introspect(query, { schema: fifty }));
    const read50 = await introspect(query, { schema: fifty });
    expect(read50.tables).toHaveLength(50);
    expect(read50.tables.every((x) => x.checks.length === 1 && x.foreignKeys.length === 1 && x.indexes.length === 1)).toBe(true);
    expect(many).toBe(few);
    expect(few).toBe(9);
    const states = await count(() => tableStates(query, Array.from({ length: 50 }, (_, i) => ({ name: `t${i}`, schema: fifty }))));
    expect(states).toBe(await count(() => tableStates(query, [{ name: "t0", schema: fifty }])));
  });

  it("restricts to the tables asked for; tableStates keeps their order and skips missing ones", async () => {
    expect((await read("child", "parent", "nope")).map((x) => x.name)).toEqual(["child", "parent"]);
    expect(await read()).toEqual([]);
    const other = `${db.name}_other`;
    const states = await tableStates(query, [
      { name: "parent", schema: null }, { name: "missing", schema: null }, { name: "base", schema: other }, { name: "child", schema: db.name },
    ]);
    expect(states.map((s) => [s.table.schema, s.table.name, s.triggers])).toEqual([
      [null, "parent", []], [other, "base", []], [null, "child", []],
    ]);
  });

  it("reads back what the compiler makes from what it read", async () => {
    const names = ["all_types", "parent", "parent_single", "child"];
    const before = await read(...names);
    await run(`DROP TABLE ${db.name}_other.refs`, "DROP TABLE child, parent, parent_single, all_types");
    // The IR has no prefix lengths, and a TEXT column cannot be indexed without one: leave that index out.
    const withoutPrefix = (tables: readonly Table[]) => tables.map((x) => ({ ...x, indexes: x.indexes.filter((i) => i.name !== "ix_child_prefix") }));
    await create(...names.map((name) => withoutPrefix(before).find((x) => x.name === name)!));
    expect(await read(...names)).toEqual(withoutPrefix(before));
  });
});

/** SQLite introspection: the CREATE-statement tokenizer and parser, and catalog → IR on temp files. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection, QueryFn } from "../../src/dialects/dialect.js";
import { defaultExpression } from "../../src/dialects/sqlite/defaults.js";
import { parseCreateIndex, parseCreateTable } from "../../src/dialects/sqlite/parse-create.js";
import { readDefault, readEnumCheck, readType } from "../../src/dialects/sqlite/read-types.js";
import { mentions, renameIdentifiers, splitTopLevel, tokenize } from "../../src/dialects/sqlite/tokens.js";
import * as t from "../../src/schema/builders.js";
import type { Column, Table } from "../../src/schema/ir.js";
import { buildTable, check, foreignKey, index, unique } from "../../src/schema/table.js";
import type { ColumnType } from "../../src/schema/types.js";
import { sql } from "../../src/schema/types.js";
import { connectUrl, createScratchDatabase, type ScratchDatabase } from "../helpers/databases.js";
import { allTypes, childTable, parentTable, weirdTable } from "./fixtures.js";

describe("tokenizer", () => {
  it("keeps quoted identifiers, strings, blobs and comments apart from structure", () => {
    const tokens = tokenize(`CREATE TABLE "a ""b" ([x,y] INT, \`c)\` TEXT DEFAULT 'it''s, (not) a -- comment', -- real comment, (
      d BLOB DEFAULT x'00ff' /* block, ) */, e NUMERIC(10, 2))`);
    expect(tokens.filter((t) => t.kind !== "punct" && t.kind !== "word").map((t) => [t.kind, t.value])).toEqual([
      ["quoted", 'a "b'], ["quoted", "x,y"], ["quoted", "c)"], ["string", "it's, (not) a -- comment"],
      ["blob", "x'00ff'"], ["number", "10"], ["number", "2"],
    ]);
    const open = tokens.findIndex((t) => t.text === "(");
    expect(splitTopLevel(tokens, open + 1, tokens.length - 1).map((part) => part[0]!.value)).toEqual(["x,y", "c)", "d", "e"]);
  });

  it("finds and renames identifiers, leaving strings alone", () => {
    expect(mentions(`"Qty" > 0 AND note <> 'qty'`, "qty")).toBe(true);
    expect(mentions(`note <> 'qty'`, "qty")).toBe(false);
    expect(renameIdentifiers(`qty > 0 AND [QTY] < 'qty' -- qty`, new Map([["qty", "amount"]]), (n) => `"${n}"`))
      .toBe(`"amount" > 0 AND "amount" < 'qty' -- qty`);
  });
});

describe("CREATE statement parsing", () => {
  it("reads names, checks, keys, autoincrement and options, column-level and table-level", () => {
    const parsed = parseCreateTable(`CREATE TABLE IF NOT EXISTS "t" (
      "id" INTEGER NOT NULL CONSTRAINT "pk t" PRIMARY KEY AUTOINCREMENT,
      kind TEXT CHECK (kind IN ('a', 'b')) DEFAULT (lower('A')),
      ref INT CONSTRAINT fk_ref REFERENCES other (id) ON DELETE CASCADE NOT NULL UNIQUE,
      x INT CONSTRAINT ck_x CHECK (x > 0 AND (x < 10)) CONSTRAINT uq_x UNIQUE,
      CONSTRAINT "uq pair" UNIQUE (kind, "ref" COLLATE NOCASE),
      FOREIGN KEY (x, ref) REFERENCES other ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED,
      CHECK (x <> ref), CONSTRAINT ck2 CHECK (1)
    ) WITHOUT ROWID, STRICT;`);
    expect(parsed.columns).toEqual(["id", "kind", "ref", "x"]);
    expect([...parsed.autoIncrement]).toEqual(["id"]);
    expect(parsed.primaryKey).toEqual({ name: "pk t", columns: ["id"] });
    expect(parsed.uniques).toEqual([{ name: null, columns: ["ref"] }, { name: "uq_x", columns: ["x"] }, { name: "uq pair", columns: ["kind", "ref"] }]);
    expect(parsed.foreignKeys).toEqual([
      { name: "fk_ref", columns: ["ref"], refTable: "other", refColumns: ["id"], explicitDelete: true, explicitUpdate: false, deferrable: null },
      { name: null, columns: ["x", "ref"], refTable: "other", refColumns: [], explicitDelete: false, explicitUpdate: true, deferrable: "deferred" },
    ]);
    expect(parsed.checks).toEqual([
      { name: null, expression: "kind IN ('a', 'b')", column: "kind" },
      { name: "ck_x", expression: "x > 0 AND (x < 10)", column: "x" },
      { name: null, expression: "x <> ref", column: null },
      { name: "ck2", expression: "1", column: null },
    ]);
    expect(parsed.withoutRowid).toBe(true);
    expect(parsed.strict).toBe(true);
  });

  it("reads index terms and the partial-index predicate", () => {
    expect(parseCreateIndex(`CREATE UNIQUE INDEX "ix" ON t (a, lower("b") COLLATE NOCASE DESC, "c d" ASC) WHERE a > 0 AND b <> 'x'`)).toEqual({
      terms: [{ text: "a", plain: true, collation: null }, { text: 'lower("b")', plain: false, collation: "NOCASE" },
        { text: '"c d"', plain: true, collation: null }],
      where: "a > 0 AND b <> 'x'",
    });
    expect(parseCreateIndex("CREATE INDEX ix ON t (a)").where).toBeNull();
  });

  it("maps declared types, defaults and enum checks back to the IR", () => {
    expect(["INTEGER", "bigint", "VARCHAR(40)", "CHAR (2)", "NUMERIC(10, 2)", "DOUBLE PRECISION", "INT", "ANY THING"].map(readType)).toEqual([
      { kind: "integer" }, { kind: "raw", sql: "bigint" }, { kind: "varchar", length: 40 }, { kind: "raw", sql: "CHAR (2)" },
      { kind: "numeric", precision: 10, scale: 2 }, { kind: "double" }, { kind: "raw", sql: "INT" }, { kind: "raw", sql: "ANY THING" },
    ]);
    const int: ColumnType = { kind: "integer" };
    expect([`'it''s'`, "-3", "1.5", "9007199254740993", "NULL", "CURRENT_TIMESTAMP", "1 + 2", "x'00'"].map((d) => readDefault(d, int))).toEqual([
      { kind: "literal", value: "it's" }, { kind: "literal", value: -3 }, { kind: "literal", value: 1.5 },
      { kind: "literal", value: 9007199254740993n }, { kind: "literal", value: null }, { kind: "sql", sql: "CURRENT_TIMESTAMP" }, { kind: "sql", sql: "(1 + 2)" },
      { kind: "sql", sql: "x'00'" },
    ]);
    expect(readDefault("1", { kind: "boolean" })).toEqual({ kind: "literal", value: true });
    expect(readEnumCheck(`"mood" IN ('happy', 'it''s')`, "mood")).toEqual(["happy", "it's"]);
    expect(readEnumCheck(`"mood" IN ('a', 'a')`, "mood")).toBeNull();
    expect(readEnumCheck(`"other" IN ('a')`, "mood")).toBeNull();
    expect(readEnumCheck(`"mood" NOT IN ('a')`, "mood")).toBeNull();
  });
});

/** What SQLite keeps of an IR type: the documented mappings (README, "SQLite" column). */
function storedType(column: Column, table: Table): ColumnType {
  const type = column.type;
  switch (type.kind) {
    case "json": case "jsonb": case "uuid": return { kind: "text" };
    case "enum": return { kind: "enum", name: column.name, values: type.values };
    case "time": case "timestamp": return { ...type, withTimezone: false };
    case "binary": return { kind: "binary", length: null };
    case "raw": return readType(type.sql);
    case "bigint": case "smallint":
      // An autoincrement primary key is the rowid, declared INTEGER.
      return column.autoIncrement && table.primaryKey?.columns.length === 1 ? { kind: "integer" } : type;
    default: return type;
  }
}

/** The IR introspection should give back for a table our createTable made. */
function expected(table: Table): Table {
  return {
    ...table,
    columns: table.columns.map((c) => ({
      ...c, type: storedType(c, table), comment: null,
      // An SQL default reads back as the clause the compiler wrote (in parentheses unless a keyword).
      default: c.default?.kind === "literal" && c.default.value === null ? null
        : c.default?.kind === "sql" ? { kind: "sql", sql: defaultExpression(c.default.sql) } : c.default,
    })),
    foreignKeys: table.foreignKeys.map((f) => ({ ...f, refSchema: null })),
    comment: null,
  };
}

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? `${v}n` : v))) as T;

describe("sqlite introspection (live)", () => {
  let db: ScratchDatabase;
  let conn: Connection;
  let count = 0;
  const query: QueryFn = (statement) => {
    count += 1;
    return conn.query(statement);
  };
  const run = async (...statements: string[]) => {
    for (const sqlText of statements) await conn.execute({ sql: sqlText, params: [] });
  };
  const create = async (table: Table) => {
    for (const statement of conn.dialect.compile({ kind: "createTable", table }, { table: () => { throw new Error("no table"); } })) {
      await conn.execute(statement);
    }
  };

  const checks = buildTable("Checks Table", {
    id: t.integer().primaryKey(),
    "select": t.varchar(10).notNull().unique("uq select"),
    Amount: t.numeric(8).default(sql`abs(-1)`),
    flag: t.boolean().default(false),
    parent_a: t.integer(),
    parent_b: t.varchar(20),
  }, [
    check("ck \"amount\"", `"Amount" >= 0`),
    check(null, "length(\"select\") > 0"),
    unique(null, ["parent_a", "flag"]),
    foreignKey(null, ["parent_a", "parent_b"], "parent", ["a", "b"], { onUpdate: "cascade" }),
    index("ix where", ["Amount", "select"], { where: `"Amount" > 10 AND "select" <> 'x'` }),
  ]);

  beforeAll(async () => {
    db = await createScratchDatabase("sqlite");
    conn = await connectUrl(db.url);
    for (const table of [allTypes({ rawType: "TEXT" }), parentTable(), childTable(), weirdTable(), checks]) await create(table);
  });
  afterAll(async () => {
    await conn?.close();
    await db?.drop();
  });

  it("reads back what our createTable wrote (after the documented mappings)", async () => {
    const schema = await conn.dialect.introspect(query);
    expect(schema.enums).toEqual([]);
    const tables = [allTypes({ rawType: "TEXT" }), parentTable(), childTable(), weirdTable(), checks];
    // Listed by name, as SQLite's BINARY collation orders them.
    const byName = (a: { name: string }, b: { name: string }): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    expect(plain(schema.tables)).toEqual(plain(tables.map(expected).sort(byName)));
  });

  it("reads tables written by hand: names from the SQL, implicit references, collations, expression indexes, generated columns", async () => {
    await run(`CREATE TABLE hand (
        k INTEGER PRIMARY KEY, -- the rowid, never NULL, but read as declared (comparison takes it for NOT NULL)
        p INT CONSTRAINT fk_hand_parent REFERENCES hand ON DELETE NO ACTION,
        s TEXT COLLATE NOCASE CONSTRAINT ck_s CHECK (s <> '') DEFAULT 'x',
        g INT GENERATED ALWAYS AS (k * 2) STORED,
        CONSTRAINT uq_hand UNIQUE (s, p))`,
    "CREATE INDEX ix_expr ON hand (lower(s) DESC, p)");
    const [hand] = (await conn.dialect.introspect(query, { tables: ["hand"] })).tables;
    expect(plain(hand)).toEqual(plain({
      name: "hand", schema: null,
      columns: [
        { name: "k", type: { kind: "integer" }, nullable: true, default: null, autoIncrement: false, comment: null },
        { name: "p", type: { kind: "raw", sql: "INT" }, nullable: true, default: null, autoIncrement: false, comment: null },
        { name: "s", type: { kind: "text" }, nullable: true, default: { kind: "literal", value: "x" }, autoIncrement: false, comment: null, collation: "NOCASE" },
        { name: "g", type: { kind: "raw", sql: "INT" }, nullable: true, default: null, autoIncrement: false, comment: null, generated: { expression: "k * 2", stored: true } },
      ],
      primaryKey: { name: null, columns: ["k"] },
      indexes: [{ name: "ix_expr", columns: [{ expression: "lower(s)", descending: true }, "p"], unique: false, where: null }],
      uniques: [{ name: "uq_hand", columns: ["s", "p"] }],
      foreignKeys: [{ name: "fk_hand_parent", columns: ["p"], refTable: "hand", refSchema: null, refColumns: ["k"], onDelete: "no action", onUpdate: null }],
      checks: [{ name: "ck_s", expression: "s <> ''" }],
      comment: null,
    }));
    const [state] = await conn.dialect.tableStates(query, [{ name: "hand", schema: null }]);
    expect(state!.triggers).toEqual([]);
    await run("CREATE TRIGGER tr_hand AFTER INSERT ON hand BEGIN SELECT 1; END", "CREATE VIEW v_hand AS SELECT k FROM hand");
    const [again] = await conn.dialect.tableStates(query, [{ name: "hand", schema: null }]);
    expect(again!.triggers).toEqual(["CREATE TRIGGER tr_hand AFTER INSERT ON hand BEGIN SELECT 1; END"]);
  });

  it("uses the same number of queries for 1 table and for 50", async () => {
    const other = await createScratchDatabase("sqlite");
    const many = await connectUrl(other.url);
    try {
      const counted = (): { query: QueryFn; calls: () => number } => {
        let calls = 0;
        return { query: (statement) => { calls += 1; return many.query(statement); }, calls: () => calls };
      };
      const make = async (i: number) => {
        const table = buildTable(`t${i}`, { id: t.integer().primaryKey().autoIncrement(), ref: t.integer().references("t0.id"), name: t.text().unique() },
          [index(`ix_t${i}`, ["name"]), check(`ck_t${i}`, "id > 0")]);
        for (const s of many.dialect.compile({ kind: "createTable", table }, { table: () => { throw new Error("no table"); } })) await many.execute(s);
      };
      await make(0);
      const one = counted();
      expect((await many.dialect.introspect(one.query)).tables).toHaveLength(1);
      for (let i = 1; i < 50; i += 1) await make(i);
      const fifty = counted();
      const schema = await many.dialect.introspect(fifty.query);
      expect(schema.tables).toHaveLength(50);
      expect(schema.tables[49]!.foreignKeys[0]!.refTable).toBe("t0");
      expect(fifty.calls()).toBe(one.calls());
      expect(one.calls()).toBeLessThanOrEqual(4);
    } finally {
      await many.close();
      await other.drop();
    }
  });

  it("reads only the tables asked for, and skips views, virtual tables and their shadow tables", async () => {
    await run("CREATE VIRTUAL TABLE docs USING fts5(body)");
    const names = (await conn.dialect.introspect(query)).tables.map((table) => table.name);
    expect(names).not.toContain("docs");
    expect(names.some((n) => n.startsWith("docs_") || n.startsWith("sqlite_") || n === "v_hand")).toBe(false);
    expect((await conn.dialect.introspect(query, { tables: ["parent", "child"] })).tables.map((table) => table.name)).toEqual(["child", "parent"]);
    expect(count).toBeGreaterThan(0);
  });
});

/**
 * SQLite compilation and stored form of what real schemas have beyond the
 * textbook subset: what SQLite has is written (and read back the same, see
 * sqlite-introspect.test.ts and test/autogen/realworld-sqlite.test.ts),
 * what it has not is left out of both, and what it would reject is refused.
 */
import { describe, expect, it } from "vitest";
import { getDialect } from "../../src/dialects/index.js";
import * as t from "../../src/schema/builders.js";
import { buildTable, check, foreignKey, index, primaryKey, unique } from "../../src/schema/table.js";
import { sql } from "../../src/schema/types.js";
import { compileAll, tablesContext } from "./fixtures.js";

const lite = getDialect("sqlite");

describe("sqlite compile: real-world additions", () => {
  it("writes collations, generated columns, DEFERRABLE foreign keys, index keys and table options", () => {
    const table = buildTable("docs", {
      id: t.integer().primaryKey(),
      title: t.varchar(80).collation("nocase"),
      slug: t.text().generatedAlwaysAs(sql`lower(title)`),
      size: t.integer().generatedAlwaysAs(sql`length(title)`, { mode: "stored" }),
      owner: t.integer().references("users.id", { deferrable: true, initially: "deferred" }),
    }, [index("ix_docs", [sql`lower(title)`, { column: "title", descending: true, collation: "RTRIM" }], { where: "owner > 0" })],
    { withoutRowid: true });
    expect(compileAll(lite, { kind: "createTable", table })).toEqual([
      'CREATE TABLE "docs" (\n  "id" INTEGER NOT NULL,\n  "title" VARCHAR(80) COLLATE NOCASE,\n'
        + '  "slug" TEXT GENERATED ALWAYS AS (lower(title)) VIRTUAL,\n  "size" INTEGER GENERATED ALWAYS AS (length(title)) STORED,\n'
        + '  "owner" INTEGER,\n  PRIMARY KEY ("id"),\n'
        + '  FOREIGN KEY ("owner") REFERENCES "users" ("id") DEFERRABLE INITIALLY DEFERRED\n) WITHOUT ROWID',
      'CREATE INDEX "ix_docs" ON "docs" ((lower(title)), "title" COLLATE "RTRIM" DESC) WHERE owner > 0',
    ]);
  });

  it("declares a STRICT table's columns with the type names STRICT accepts, and refuses a raw type it would reject", () => {
    const table = buildTable("s", {
      id: t.bigint().primaryKey(), name: t.varchar(10), price: t.numeric(10, 2), flag: t.boolean(), at: t.timestamp(),
      doc: t.json(), bytes: t.binary(16), any: t.rawType("ANY"),
    }, [], { strict: true });
    expect(compileAll(lite, { kind: "createTable", table })[0]).toBe(
      'CREATE TABLE "s" (\n  "id" INT NOT NULL,\n  "name" TEXT,\n  "price" REAL,\n  "flag" INTEGER,\n  "at" TEXT,\n'
        + '  "doc" TEXT,\n  "bytes" BLOB,\n  "any" ANY,\n  PRIMARY KEY ("id")\n) STRICT');
    const auto = buildTable("a", { id: t.bigint().primaryKey().autoIncrement() }, [], { strict: true });
    expect(compileAll(lite, { kind: "createTable", table: auto })[0]).toBe('CREATE TABLE "a" (\n  "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT\n) STRICT');
    const bad = buildTable("b", { id: t.integer().primaryKey(), x: t.rawType("DATETIME") }, [], { strict: true });
    expect(() => compileAll(lite, { kind: "createTable", table: bad })).toThrow(/column "x" of STRICT table "b" is declared DATETIME/);
    // ADD COLUMN on a STRICT table uses the STRICT name too.
    const context = tablesContext(table);
    const column = buildTable("s", { note: t.varchar(20) }).columns[0]!;
    expect(compileAll(lite, { kind: "addColumn", table: { name: "s", schema: null }, column, unique: null, foreignKey: null }, context))
      .toEqual(['ALTER TABLE "s" ADD COLUMN "note" TEXT']);
  });

  it("leaves out what SQLite has not: DEFERRABLE keys other than foreign keys, MATCH, UNSIGNED, index methods and options", () => {
    const table = buildTable("o", {
      a: t.integer().unsigned(), b: t.integer().references("p.id", { match: "full" }), c: t.text(),
    }, [
      primaryKey("pk_o", ["a"], { deferrable: true }), unique("uq_o", ["c"], { deferrable: true, nullsNotDistinct: true }),
      check("ck_o", "a > 0", { notValid: true }), foreignKey("fk_o", ["c"], "p", ["name"], { match: "full", notValid: true }),
      index("ix_o", [{ column: "c", opclass: "text_pattern_ops", nulls: "first", length: 10 }], { using: "hash", include: ["a"], with: "fillfactor=70" }),
    ], { unlogged: true, engine: "InnoDB", charset: "utf8mb4" });
    const [create, ix] = compileAll(lite, { kind: "createTable", table });
    expect(create).toBe('CREATE TABLE "o" (\n  "a" INTEGER NOT NULL,\n  "b" INTEGER,\n  "c" TEXT,\n  CONSTRAINT "pk_o" PRIMARY KEY ("a"),\n'
      + '  CONSTRAINT "uq_o" UNIQUE ("c"),\n  FOREIGN KEY ("b") REFERENCES "p" ("id"),\n'
      + '  CONSTRAINT "fk_o" FOREIGN KEY ("c") REFERENCES "p" ("name"),\n  CONSTRAINT "ck_o" CHECK (a > 0)\n)');
    expect(ix).toBe('CREATE INDEX "ix_o" ON "o" ("c")');
  });

  it("refuses a WITHOUT ROWID table without a primary key, or with AUTOINCREMENT", () => {
    const keyless = buildTable("k", { a: t.integer() }, [], { withoutRowid: true });
    expect(() => compileAll(lite, { kind: "createTable", table: keyless })).toThrow(/WITHOUT ROWID but has no primary key/);
    const auto = buildTable("k", { a: t.integer().primaryKey().autoIncrement() }, [], { withoutRowid: true });
    expect(() => compileAll(lite, { kind: "createTable", table: auto })).toThrow(/WITHOUT ROWID, where SQLite has no AUTOINCREMENT/);
  });

  it("changes WITHOUT ROWID and STRICT by a rebuild, and nothing for options SQLite has not", () => {
    const table = buildTable("r", { id: t.integer().primaryKey(), v: t.text() });
    const context = tablesContext(table);
    const statements = compileAll(lite, { kind: "setTableOptions", table: { name: "r", schema: null }, options: { withoutRowid: true }, existing: {} }, context);
    expect(statements[0]).toMatch(/^CREATE TABLE "_athanor_tmp_r" \([^]*\) WITHOUT ROWID$/);
    expect(statements).toContain('INSERT INTO "_athanor_tmp_r" ("id", "v") SELECT "id", "v" FROM "r"');
    expect(compileAll(lite, { kind: "setTableOptions", table: { name: "r", schema: null }, options: { unlogged: true }, existing: {} }, context)).toEqual([]);
  });
});

describe("sqlite stored form", () => {
  const stored = (table: ReturnType<typeof buildTable>) => lite.comparison.storedForm({ tables: [table], enums: [] }).tables[0]!;

  it("keeps what SQLite has, spelt as introspection reads it, and drops the rest", () => {
    const table = buildTable("x", {
      id: t.integer().primaryKey(), a: t.text().collation("nocase"), b: t.text().collation("binary"), c: t.rawType("VARCHAR(3) COLLATE rtrim"),
      d: t.integer().unsigned().charset("utf8mb4"),
    }, [index("ix_x", [{ column: "a", collation: "binary" }, { column: "b", collation: "Binary", descending: true }, { column: "d", opclass: "x" }], { using: "gin" })],
    { strict: true, unlogged: true, engine: "InnoDB" });
    const s = stored(table);
    expect(s.columns.map((c) => [c.name, c.type, c.collation ?? null])).toEqual([
      ["id", { kind: "integer" }, null], ["a", { kind: "text" }, "NOCASE"], ["b", { kind: "text" }, null],
      ["c", { kind: "text" }, "RTRIM"], ["d", { kind: "integer" }, null],
    ]);
    expect(s.indexes).toEqual([{ name: "ix_x", columns: [{ column: "a", collation: "BINARY" }, { column: "b", descending: true }, "d"], unique: false, where: null }]);
    expect(s.options).toEqual({ strict: true });
  });
});

describe("sqlite: legacy double-quoted strings", () => {
  it("reads a double-quoted name that names no column as the string SQLite took it for", async () => {
    const { quotedStringsAsLiterals } = await import("../../src/dialects/sqlite/tokens.js");
    expect(quotedStringsAsLiterals(`JSON_EXTRACT(doc, "$.it's") || "Doc" || "x"."y" || "f"(1)`, ["doc"]))
      .toBe(`JSON_EXTRACT(doc, '$.it''s') || "Doc" || "x"."y" || "f"(1)`);
    expect(quotedStringsAsLiterals("a = 'x'", ["a"])).toBe("a = 'x'");
  });
});

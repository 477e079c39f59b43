/** Every alter-style op on a real MySQL / MariaDB: applied, read back from information_schema, reversed, and back to where it was. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CompileContext, Connection } from "../../src/dialects/dialect.js";
import { getDialect } from "../../src/dialects/index.js";
import { UnsupportedOperationError } from "../../src/errors.js";
import {
  addColumnOp, alterColumnOp, createForeignKeyOp, createIndexOp, createPrimaryKeyOp, createUniqueOp,
} from "../../src/operations/build.js";
import type { Operation } from "../../src/operations/operation.js";
import * as t from "../../src/schema/builders.js";
import { enumType } from "../../src/schema/enum.js";
import { buildTable, index } from "../../src/schema/table.js";
import { sql } from "../../src/schema/types.js";
import { connectUrl, createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { apply, NO_TABLES, ref } from "./fixtures.js";
import { eachOf, roundTrip, type Catalog } from "./ops-roundtrip.js";

const my = getDialect("mysql");
const ORDERS = ref("order");
const LINES = ref('Lines "x"');
const NO_PK = ref("no pk");
const WEIRD = "we\"ird `col";
const moods = (...values: string[]) => enumType("mood", values).column();

const ordersTable = () => buildTable(ORDERS.name, {
  id: t.integer().primaryKey().autoIncrement().comment("row id"),
  user: t.varchar(20).notNull().default("o'k").comment('it\'s "the" user'),
  "Mixed Case": t.integer(),
  [WEIRD]: t.text(),
  mood: moods("happy", "sad").notNull().default("sad"),
});

describe.skipIf(await skipWithoutServer("mysql"))("mysql alter ops (live)", () => {
  let db: ScratchDatabase;
  let conn: Connection;
  const q = <R = Record<string, unknown>>(text: string, params: unknown[] = []) => conn.query<R>({ sql: text, params });
  const inSchema = (view: string, columns: string, order: string) => () =>
    q(`SELECT ${columns} FROM information_schema.${view} WHERE ${view === "CHECK_CONSTRAINTS" || view === "REFERENTIAL_CONSTRAINTS" ? "CONSTRAINT_SCHEMA" : "TABLE_SCHEMA"} = DATABASE() ORDER BY ${order}`);

  const columns = (table: string) => q<{ name: string; type: string; nullable: string; def: string | null; extra: string; comment: string }>(
    `SELECT COLUMN_NAME AS name, COLUMN_TYPE AS type, IS_NULLABLE AS nullable, COLUMN_DEFAULT AS def, EXTRA AS extra, COLUMN_COMMENT AS comment
       FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION`, [table]);
  const column = async (table: string, name: string) => (await columns(table)).find((c) => c.name === name);
  const constraints = async (table: string) => (await q<{ name: string; type: string }>(
    `SELECT CONSTRAINT_NAME AS name, CONSTRAINT_TYPE AS type FROM information_schema.TABLE_CONSTRAINTS
      WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY CONSTRAINT_NAME`, [table])).map((r) => `${r.type} ${r.name}`);

  const catalog: Catalog = {
    conn: () => conn,
    schema: async () => ({
      columns: await eachOf([ORDERS, LINES, NO_PK].map((r) => r.name), columns),
      keys: await eachOf([
        inSchema("TABLE_CONSTRAINTS", "TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE", "1, 2"),
        inSchema("KEY_COLUMN_USAGE", "TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, ORDINAL_POSITION, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME", "1, 2, 4"),
        inSchema("REFERENTIAL_CONSTRAINTS", "TABLE_NAME, CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE", "1, 2"),
        inSchema("CHECK_CONSTRAINTS", "TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE", "1, 2"),
        inSchema("STATISTICS", "TABLE_NAME, INDEX_NAME, NON_UNIQUE, SEQ_IN_INDEX, COLUMN_NAME", "1, 2, 4"),
        inSchema("TABLES", "TABLE_NAME, TABLE_COMMENT", "1"),
      ], (read) => read()),
    }),
    rows: async () => ({
      orders: await q("SELECT * FROM `order` ORDER BY id"),
      lines: await q("SELECT * FROM `Lines \"x\"` ORDER BY id"),
      noPk: await q("SELECT * FROM `no pk` ORDER BY a"),
    }),
  };

  beforeAll(async () => {
    db = await createScratchDatabase("mysql");
    conn = await connectUrl(db.url);
  });
  afterAll(async () => {
    await conn?.close();
    await db?.drop();
  });

  beforeEach(async () => {
    await conn.execute({ sql: "DROP TABLE IF EXISTS `Lines \"x\"`, `order`, `no pk`", params: [] });
    await apply(conn,
      { kind: "createTable", table: ordersTable() },
      // The index on `order` is what a foreign key uses; without one MySQL makes an index that outlives the key.
      { kind: "createTable", table: buildTable(LINES.name, { id: t.integer().primaryKey(), order: t.integer(), qty: t.integer().notNull().default(0) },
        [index("ix order", ["order"])]) },
      { kind: "createTable", table: buildTable(NO_PK.name, { a: t.integer().notNull(), b: t.text() }) },
      { kind: "bulkInsert", table: ORDERS, rows: [{ user: "a", "Mixed Case": 1, [WEIRD]: "10", mood: "happy" }, { user: "b", "Mixed Case": 2 }, { user: "c" }] },
      { kind: "bulkInsert", table: LINES, rows: [{ id: 1, order: 1, qty: 3 }, { id: 2, order: 2, qty: 5 }] },
      { kind: "bulkInsert", table: NO_PK, rows: [{ a: 1, b: "x" }, { a: 2, b: "y" }] });
  });

  it("alterColumn with hints for the whole column: MODIFY compiles without the table (offline)", async () => {
    const op = alterColumnOp(ORDERS, "Mixed Case", {
      type: t.bigint(), existingType: t.integer(), existingNullable: true, existingDefault: null, existingComment: null, existingAutoIncrement: false,
    });
    // Asked for all the same (used when known): MariaDB's column check, charset, collation and ON UPDATE are restated.
    expect(my.tablesNeeded(op)).toEqual([ORDERS]);
    expect(my.compile(op, NO_TABLES).map((s) => s.sql)).toEqual(["ALTER TABLE `order` MODIFY COLUMN `Mixed Case` BIGINT"]);
    await roundTrip(catalog, op, async () => {
      expect(await column("order", "Mixed Case")).toMatchObject({ type: "bigint(20)", nullable: "YES" });
    });
  });

  it("alterColumn rename only: CHANGE COLUMN restates default, comment and nullability read from the table", async () => {
    const op = alterColumnOp(ORDERS, "user", { newName: "user name" });
    expect(my.tablesNeeded(op)).toEqual([ORDERS]);
    const before = await column("order", "user");
    await roundTrip(catalog, op, async () => {
      expect(await column("order", "user name")).toEqual({ ...before, name: "user name" });
    });
  });

  it("alterColumn comment only keeps AUTO_INCREMENT; a type change on the key keeps it too", async () => {
    await roundTrip(catalog, alterColumnOp(ORDERS, "id", { comment: null, existingComment: "row id" }), async () => {
      expect(await column("order", "id")).toMatchObject({ type: "int(11)", nullable: "NO", extra: "auto_increment", comment: "" });
    });
    await roundTrip(catalog, alterColumnOp(ORDERS, "id", { type: t.bigint(), existingType: t.integer() }), async () => {
      expect(await column("order", "id")).toMatchObject({ type: "bigint(20)", extra: "auto_increment", comment: "row id" });
    });
  });

  it("alterColumn nullability keeps the default and comment", async () => {
    await roundTrip(catalog, alterColumnOp(ORDERS, "user", { nullable: true, existingNullable: false }), async () => {
      expect(await column("order", "user")).toMatchObject({ nullable: "YES", def: "'o''k'", comment: 'it\'s "the" user' });
    });
  });

  it("alterColumn default: a literal by ALTER COLUMN alone, an expression by MODIFY", async () => {
    const literal = alterColumnOp(ORDERS, WEIRD, { default: null, existingDefault: null });
    expect(my.compile(literal, NO_TABLES).map((s) => s.sql)).toEqual(["ALTER TABLE `order` ALTER COLUMN `we\"ird ``col` DROP DEFAULT"]);
    await roundTrip(catalog, alterColumnOp(ORDERS, "user", { default: "it's", existingDefault: "o'k" }), async () => {
      expect(await column("order", "user")).toMatchObject({ def: "'it''s'", nullable: "NO", comment: 'it\'s "the" user' });
    });
    await roundTrip(catalog, alterColumnOp(ORDERS, "Mixed Case", { default: sql`1 + 2`, existingDefault: null }), async () => {
      expect(await column("order", "Mixed Case")).toMatchObject({ def: "(1 + 2)", type: "int(11)" });
    });
  });

  it("alterColumn changes an ENUM's value list (the way to add or drop enum values here)", async () => {
    const op = alterColumnOp(ORDERS, "mood", { type: moods("happy", "meh", "sad"), existingType: moods("happy", "sad") });
    await roundTrip(catalog, op, async () => {
      expect(await column("order", "mood")).toMatchObject({ type: "enum('happy','meh','sad')", nullable: "NO", def: "'sad'" });
    });
  });

  it("alterColumn compiles offline from a known table definition", () => {
    const context: CompileContext = { table: () => ({ table: ordersTable(), triggers: [] }) };
    expect(my.compile(alterColumnOp(ORDERS, "id", { newName: "Id" }), context).map((s) => s.sql))
      .toEqual(["ALTER TABLE `order` CHANGE COLUMN `id` `Id` INT NOT NULL AUTO_INCREMENT COMMENT 'row id'"]);
    expect(my.compile(alterColumnOp(ORDERS, "user", { type: t.varchar(40) }), context).map((s) => s.sql))
      .toEqual(["ALTER TABLE `order` MODIFY COLUMN `user` VARCHAR(40) NOT NULL DEFAULT 'o\\'k' COMMENT 'it\\'s \\\"the\\\" user'"]);
    expect(() => my.compile(alterColumnOp(ORDERS, "id", { type: t.varchar(10) }), context)).toThrow(/column "id" of type varchar cannot autoincrement/);
  });

  it("createUniqueConstraint, createCheckConstraint and createForeignKey, each dropped by its reverse", async () => {
    await roundTrip(catalog, createUniqueOp(ORDERS, 'uq "order" user', ["user", "Mixed Case"]), async () => {
      expect(await constraints("order")).toContain('UNIQUE uq "order" user');
    });
    await roundTrip(catalog, { kind: "createCheckConstraint", table: LINES, check: { name: "ck it's", expression: "qty >= 0" } }, async () => {
      expect(await q("SELECT CHECK_CLAUSE AS c FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND CONSTRAINT_NAME = ?", ["ck it's"]))
        .toEqual([{ c: "`qty` >= 0" }]);
    });
    const fk = createForeignKeyOp(LINES, "fk `lines` order", "order", ["order"], ["id"], { onDelete: "cascade", onUpdate: "set null" });
    await roundTrip(catalog, fk, async () => {
      expect(await q("SELECT UPDATE_RULE AS u, DELETE_RULE AS d, REFERENCED_TABLE_NAME AS t FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()"))
        .toEqual([{ u: "SET NULL", d: "CASCADE", t: "order" }]);
    });
    expect(() => my.compile(createForeignKeyOp(LINES, "fk_bad", "order", ["order"], ["id"], { onDelete: "set default" }), NO_TABLES))
      .toThrow(/SET DEFAULT, which InnoDB rejects/);
  });

  it("createPrimaryKey (always named PRIMARY) and dropConstraint of a primary key", async () => {
    await roundTrip(catalog, createPrimaryKeyOp(NO_PK, null, ["a"]), async () => {
      expect(await constraints("no pk")).toEqual(["PRIMARY KEY PRIMARY"]);
    });
    await roundTrip(catalog, createPrimaryKeyOp(NO_PK, "pk_named", ["a"]), async () => {
      expect(await constraints("no pk")).toEqual(["PRIMARY KEY PRIMARY"]);
    });
    const drop: Operation = { kind: "dropConstraint", table: LINES, name: null, type: "primary", definition: { type: "primary", primaryKey: { name: null, columns: ["id"] } } };
    expect(my.compile(drop, NO_TABLES).map((s) => s.sql)).toEqual(["ALTER TABLE `Lines \"x\"` DROP PRIMARY KEY"]);
    await roundTrip(catalog, drop, async () => {
      expect(await constraints(LINES.name)).toEqual([]);
    });
  });

  it("dropConstraint uses each kind's own DROP", () => {
    const drop = (type: "unique" | "foreignkey" | "check") =>
      my.compile({ kind: "dropConstraint", table: LINES, name: "c`1", type, definition: null }, NO_TABLES).map((s) => s.sql);
    expect(drop("unique")).toEqual(["ALTER TABLE `Lines \"x\"` DROP INDEX `c``1`"]);
    expect(drop("foreignkey")).toEqual(["ALTER TABLE `Lines \"x\"` DROP FOREIGN KEY `c``1`"]);
    expect(drop("check")).toEqual(["ALTER TABLE `Lines \"x\"` DROP CONSTRAINT `c``1`"]);
    expect(() => my.compile({ kind: "dropConstraint", table: LINES, name: null, type: "unique", definition: null }, NO_TABLES))
      .toThrow(/has no name/);
  });

  it("setTableComment sets a comment; none is the empty comment", async () => {
    const op: Operation = { kind: "setTableComment", table: ORDERS, comment: 'orders\' "table"', existing: null };
    await roundTrip(catalog, op, async () => {
      expect(await q("SELECT TABLE_COMMENT AS c FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'order'"))
        .toEqual([{ c: 'orders\' "table"' }]);
    });
  });

  it("enums are column types: createEnum/dropEnum do nothing, enum value ops are refused with advice", async () => {
    const mood = enumType("mood", ["happy", "sad"]);
    expect(my.compile({ kind: "createEnum", enum: mood }, NO_TABLES)).toEqual([]);
    expect(my.compile({ kind: "dropEnum", name: "mood", schema: null, definition: mood }, NO_TABLES)).toEqual([]);
    for (const op of [
      { kind: "addEnumValue", name: "mood", schema: null, value: "meh", before: null, after: null },
      { kind: "dropEnumValue", name: "mood", schema: null, value: "sad" },
    ] as const) {
      expect(() => my.compile(op, NO_TABLES)).toThrow(UnsupportedOperationError);
      expect(() => my.compile(op, NO_TABLES)).toThrow(/enums are column types on mysql.*op\.alterColumn\(table, column, \{ type: enumType/);
    }
  });

  it("batchAlterTable runs its sub-ops in place, in order; recreate changes nothing here", async () => {
    const op: Operation = {
      kind: "batchAlterTable", table: LINES, recreate: "always", ops: [
        addColumnOp(LINES, "note", t.text()),
        alterColumnOp(LINES, "qty", { nullable: true, existingNullable: false }),
        { kind: "createCheckConstraint", table: LINES, check: { name: "ck_order", expression: "`order` > 0" } },
        createIndexOp(LINES, "ix lines qty", ["qty", "order"]),
      ],
    };
    expect(my.tablesNeeded(op)).toEqual([LINES]);
    await roundTrip(catalog, op, async () => {
      expect((await columns(LINES.name)).map((c) => [c.name, c.nullable, c.def])).toEqual([
        ["id", "NO", null], ["order", "YES", "NULL"], ["qty", "YES", "0"], ["note", "YES", "NULL"],
      ]);
    });
  });
});

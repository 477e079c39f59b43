/** Every alter-style op on a real PostgreSQL: applied, read back from pg_catalog, reversed, and back to where it was. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Connection } from "../../src/dialects/dialect.js";
import { getDialect } from "../../src/dialects/index.js";
import {
  alterColumnOp, createForeignKeyOp, createIndexOp, createPrimaryKeyOp, createUniqueOp, addColumnOp,
} from "../../src/operations/build.js";
import type { Operation } from "../../src/operations/operation.js";
import * as t from "../../src/schema/builders.js";
import { enumType } from "../../src/schema/enum.js";
import { buildTable } from "../../src/schema/table.js";
import { sql } from "../../src/schema/types.js";
import { connectUrl, createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { apply, NO_TABLES, ref } from "./fixtures.js";
import { eachOf, roundTrip, type Catalog } from "./ops-roundtrip.js";

const USERS = ref("user");
const LINES = ref('Order "Lines"');
const NO_PK = ref("no pk");
const mood = enumType('Mo"od', ["happy", "sad"]);

describe.skipIf(await skipWithoutServer("postgresql"))("postgresql alter ops (live)", () => {
  let db: ScratchDatabase;
  let conn: Connection;
  const q = <R = Record<string, unknown>>(text: string, params: unknown[] = []) => conn.query<R>({ sql: text, params });

  const columns = (table: string) => q<{ name: string; type: string; notnull: boolean; ident: string; def: string | null; comment: string | null }>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull, a.attidentity AS ident,
            pg_get_expr(d.adbin, d.adrelid) AS def, col_description(a.attrelid, a.attnum) AS comment
       FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`, [conn.dialect.quoteIdentifier(table)]);
  const column = async (table: string, name: string) => (await columns(table)).find((c) => c.name === name);
  const constraints = (table: string) => q<{ name: string; type: string; def: string }>(
    `SELECT conname AS name, contype AS type, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE conrelid = to_regclass($1) ORDER BY conname`, [conn.dialect.quoteIdentifier(table)]);
  const labels = async (type: string) => (await q<{ label: string }>(
    "SELECT enumlabel AS label FROM pg_enum WHERE enumtypid = to_regtype($1) ORDER BY enumsortorder", [conn.dialect.quoteIdentifier(type)]))
    .map((r) => r.label);

  const tableNames = [USERS, LINES, NO_PK].map((r) => r.name);
  const catalog: Catalog = {
    conn: () => conn,
    schema: async () => ({
      columns: await eachOf(tableNames, columns),
      constraints: await eachOf(tableNames, constraints),
      indexes: await q("SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1, 2"),
      comments: await q("SELECT relname, obj_description(oid, 'pg_class') AS c FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY 1"),
      enums: await q("SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY 1 ORDER BY 1"),
    }),
    rows: async () => ({
      users: await q('SELECT * FROM "user" ORDER BY id'),
      lines: await q('SELECT * FROM "Order ""Lines""" ORDER BY id'),
      noPk: await q('SELECT * FROM "no pk" ORDER BY a'),
    }),
  };

  beforeAll(async () => {
    db = await createScratchDatabase("postgresql");
    conn = await connectUrl(db.url);
  });
  afterAll(async () => {
    await conn?.close();
    await db?.drop();
  });

  beforeEach(async () => {
    await conn.execute({ sql: 'DROP TABLE IF EXISTS "user", "Order ""Lines""", "no pk" CASCADE', params: [] });
    await conn.execute({ sql: 'DROP TYPE IF EXISTS "Mo""od", "Colour"', params: [] });
    await apply(conn,
      { kind: "createEnum", enum: mood },
      { kind: "createTable", table: buildTable(USERS.name, {
        id: t.integer().primaryKey().autoIncrement(),
        order: t.varchar(20).notNull().default("o'k").comment('it\'s "the" order'),
        "Mixed Case": t.integer(),
        'it\'s "q"': t.text(),
        mood: mood.column().notNull().default("sad"),
      }) },
      { kind: "createTable", table: buildTable(LINES.name, { id: t.integer().primaryKey(), user: t.integer(), qty: t.integer().notNull().default(0) }) },
      { kind: "createTable", table: buildTable(NO_PK.name, { a: t.integer().notNull(), b: t.text() }) },
      { kind: "bulkInsert", table: USERS, rows: [
        { order: "a", "Mixed Case": 1, 'it\'s "q"': "10", mood: "happy" }, { order: "b", "Mixed Case": 2, 'it\'s "q"': "20" }, { order: "c" },
      ] },
      { kind: "bulkInsert", table: LINES, rows: [{ id: 1, user: 1, qty: 3 }, { id: 2, user: 2, qty: 5 }] },
      { kind: "bulkInsert", table: NO_PK, rows: [{ a: 1, b: "x" }, { a: 2, b: "y" }] });
  });

  it("alterColumn: a type change casts with USING, and back by the assignment cast", async () => {
    const op = alterColumnOp(USERS, 'it\'s "q"', { type: t.integer(), existingType: t.text() });
    await roundTrip(catalog, op, async () => {
      expect(await column("user", 'it\'s "q"')).toMatchObject({ type: "integer" });
      expect((await q('SELECT "it\'s ""q""" AS v FROM "user" ORDER BY id')).map((r) => r.v)).toEqual([10, 20, null]);
    });
  });

  it("alterColumn: an identity column changes type and stays an identity", async () => {
    const op = alterColumnOp(USERS, "id", { type: t.bigint(), existingType: t.integer() });
    await roundTrip(catalog, op, async () => {
      expect(await column("user", "id")).toMatchObject({ type: "bigint", ident: "d", notnull: true });
      const [seq] = await q<{ type: string }>(`SELECT seqtypid::regtype::text AS type FROM pg_sequence WHERE seqrelid = pg_get_serial_sequence('"user"', 'id')::regclass`);
      expect(seq).toEqual({ type: "bigint" });
    });
  });

  it("alterColumn: nullability, default, comment and name in one op", async () => {
    const op = alterColumnOp(USERS, "order", {
      nullable: true, default: null, comment: "renamed", newName: "sort order",
      existingNullable: false, existingDefault: "o'k", existingComment: 'it\'s "the" order',
    });
    await roundTrip(catalog, op, async () => {
      expect((await columns("user")).map((c) => c.name)).toEqual(["id", "sort order", "Mixed Case", 'it\'s "q"', "mood"]);
      expect(await column("user", "sort order")).toMatchObject({ notnull: false, def: null, comment: "renamed" });
    });
  });

  it("alterColumn: sets an expression default and a comment where there were none", async () => {
    const op = alterColumnOp(USERS, "Mixed Case", { default: sql`1 + 2`, comment: "n'", existingDefault: null, existingComment: null });
    await roundTrip(catalog, op, async () => {
      expect(await column("user", "Mixed Case")).toMatchObject({ def: "(1 + 2)", comment: "n'" });
    });
  });

  it("alterColumn: enum to text and back, the default dropped and restored around the cast", async () => {
    const op = alterColumnOp(USERS, "mood", { type: t.text(), existingType: mood.column(), existingDefault: "sad" });
    await roundTrip(catalog, op, async () => {
      expect(await column("user", "mood")).toMatchObject({ type: "text", def: "'sad'::text", notnull: true });
    });
    expect(await column("user", "mood")).toMatchObject({ type: '"Mo""od"', def: `'sad'::"Mo""od"` });
  });

  it("createUniqueConstraint, createCheckConstraint and createForeignKey, each dropped by its reverse", async () => {
    await roundTrip(catalog, createUniqueOp(USERS, 'uq "user" order', ["order", "Mixed Case"]), async () => {
      expect(await constraints("user")).toContainEqual({ name: 'uq "user" order', type: "u", def: 'UNIQUE ("order", "Mixed Case")' });
    });
    await roundTrip(catalog, { kind: "createCheckConstraint", table: LINES, check: { name: "ck it's", expression: "qty >= 0" } }, async () => {
      expect(await constraints(LINES.name)).toContainEqual({ name: "ck it's", type: "c", def: "CHECK ((qty >= 0))" });
    });
    const fk = createForeignKeyOp(LINES, "fk Lines user", "user", ["user"], ["id"], { onDelete: "set default", onUpdate: "cascade" });
    await roundTrip(catalog, fk, async () => {
      expect(await constraints(LINES.name)).toContainEqual({
        name: "fk Lines user", type: "f", def: 'FOREIGN KEY ("user") REFERENCES "user"(id) ON UPDATE CASCADE ON DELETE SET DEFAULT',
      });
    });
  });

  it("createPrimaryKey without a name gets <table>_pkey, which dropConstraint finds with no name", async () => {
    await roundTrip(catalog, createPrimaryKeyOp(NO_PK, null, ["a"]), async () => {
      expect(await constraints(NO_PK.name)).toEqual([{ name: "no pk_pkey", type: "p", def: "PRIMARY KEY (a)" }]);
    });
    const drop: Operation = { kind: "dropConstraint", table: LINES, name: null, type: "primary", definition: { type: "primary", primaryKey: { name: null, columns: ["id"] } } };
    await roundTrip(catalog, drop, async () => {
      expect(await constraints(LINES.name)).toEqual([]);
    });
  });

  it("setTableComment sets and (reversed) removes a table comment", async () => {
    const op: Operation = { kind: "setTableComment", table: USERS, comment: 'people\'s "table"', existing: null };
    await roundTrip(catalog, op, async () => {
      expect(await q(`SELECT obj_description('"user"'::regclass, 'pg_class') AS c`)).toEqual([{ c: 'people\'s "table"' }]);
    });
  });

  it("createEnum / dropEnum make and remove the type", async () => {
    await roundTrip(catalog, { kind: "createEnum", enum: enumType("Colour", ["red", "it's"]) }, async () => {
      expect(await labels("Colour")).toEqual(["red", "it's"]);
    });
  });

  it("addEnumValue places the value; its reverse rebuilds the type and converts the columns using it", async () => {
    const add: Operation = { kind: "addEnumValue", name: mood.name, schema: null, value: "it's", before: "sad", after: null };
    await roundTrip(catalog, add, async () => {
      expect(await labels(mood.name)).toEqual(["happy", "it's", "sad"]);
    });
    const after: Operation = { kind: "addEnumValue", name: mood.name, schema: null, value: "meh", before: null, after: "happy" };
    await roundTrip(catalog, after, async () => {
      expect(await labels(mood.name)).toEqual(["happy", "meh", "sad"]);
    });
  });

  it("dropEnumValue fails, changing nothing, while a row holds the value", async () => {
    await apply(conn, { kind: "addEnumValue", name: mood.name, schema: null, value: "meh", before: null, after: null });
    await conn.execute({ sql: `UPDATE "user" SET mood = 'meh' WHERE id = 1`, params: [] });
    const before = await catalog.schema();
    await expect(apply(conn, { kind: "dropEnumValue", name: mood.name, schema: null, value: "meh" })).rejects.toThrow(/invalid input value for enum/);
    expect(await catalog.schema()).toEqual(before);
  });

  it("dropEnumValue works on an enum in another schema", async () => {
    await conn.execute({ sql: 'DROP SCHEMA IF EXISTS "Other S" CASCADE; CREATE SCHEMA "Other S"', params: [] });
    const colour = enumType("Colour", ["red", "green"], { schema: "Other S" });
    await apply(conn, { kind: "createEnum", enum: colour },
      { kind: "addEnumValue", name: "Colour", schema: "Other S", value: "blue", before: null, after: null },
      { kind: "dropEnumValue", name: "Colour", schema: "Other S", value: "red" });
    expect((await q(`SELECT array_agg(enumlabel::text ORDER BY enumsortorder) AS l FROM pg_enum WHERE enumtypid = '"Other S"."Colour"'::regtype`))[0])
      .toEqual({ l: ["green", "blue"] });
  });

  it("batchAlterTable runs its sub-ops in place, in order; recreate changes nothing here", async () => {
    const op: Operation = {
      kind: "batchAlterTable", table: LINES, recreate: "always", ops: [
        addColumnOp(LINES, "note", t.text().default("n")),
        alterColumnOp(LINES, "qty", { nullable: true, existingNullable: false }),
        { kind: "createCheckConstraint", table: LINES, check: { name: "ck_user", expression: '"user" > 0' } },
        createIndexOp(LINES, "ix lines user", ["user", "qty"]),
      ],
    };
    await roundTrip(catalog, op, async () => {
      expect((await columns(LINES.name)).map((c) => [c.name, c.notnull])).toEqual([["id", true], ["user", false], ["qty", false], ["note", false]]);
      expect((await constraints(LINES.name)).map((c) => c.name)).toContain("ck_user");
    });
  });
});

describe("postgresql alter ops (compiled)", () => {
  const pg = getDialect("postgresql");
  const compile = (op: Operation) => pg.compile(op, NO_TABLES).map((s) => pg.inline(s));

  it("casts with USING except onto string types, where a too-long value must fail rather than be cut", () => {
    expect(compile(alterColumnOp(USERS, "c", { type: t.varchar(5), existingType: t.text() })))
      .toEqual(['ALTER TABLE "user" ALTER COLUMN "c" TYPE VARCHAR(5)']);
    expect(compile(alterColumnOp(USERS, "c", { type: t.integer() })))
      .toEqual(['ALTER TABLE "user" ALTER COLUMN "c" TYPE INTEGER USING "c"::INTEGER']);
    expect(compile(alterColumnOp(USERS, "c", { type: mood.column(), default: "sad" }))).toEqual([
      'ALTER TABLE "user" ALTER COLUMN "c" DROP DEFAULT',
      'ALTER TABLE "user" ALTER COLUMN "c" TYPE "Mo""od" USING "c"::text::"Mo""od"',
      `ALTER TABLE "user" ALTER COLUMN "c" SET DEFAULT 'sad'`,
    ]);
  });

  it("names an unnamed primary key as the server does, and refuses other unnamed constraints", () => {
    const drop = (table: string, type: "primary" | "unique") => compile({ kind: "dropConstraint", table: ref(table), name: null, type, definition: null });
    expect(drop("x".repeat(70), "primary")).toEqual([`ALTER TABLE "${"x".repeat(70)}" DROP CONSTRAINT "${"x".repeat(58)}_pkey"`]);
    expect(drop("é".repeat(40), "primary")[0]).toContain(`"${"é".repeat(29)}_pkey"`);
    expect(() => drop("t", "unique")).toThrow(/the unique constraint to drop has no name/);
  });

  it("writes enum ops and comments; the dropEnumValue block survives inline() untouched", () => {
    expect(compile({ kind: "addEnumValue", name: "mood", schema: "s", value: "it's", before: "sad", after: null }))
      .toEqual([`ALTER TYPE "s"."mood" ADD VALUE 'it''s' BEFORE 'sad'`]);
    expect(compile({ kind: "dropEnum", name: "mood", schema: null, definition: null })).toEqual(['DROP TYPE "mood"']);
    expect(compile({ kind: "setTableComment", table: USERS, comment: null, existing: undefined })).toEqual(['COMMENT ON TABLE "user" IS NULL']);
    const [block] = pg.compile({ kind: "dropEnumValue", name: "mood", schema: null, value: "$1 '?'" }, NO_TABLES);
    expect(pg.inline(block!)).toBe(block!.sql);
    expect(block!.sql).toMatch(/^DO \$athanor\$\n[\s\S]*e\.enumlabel <> '\$1 ''\?'''[\s\S]*\n\$athanor\$$/);
  });
});

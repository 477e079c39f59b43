/**
 * PostgreSQL autogenerate round trip: each group of the model catalogue is
 * created by the ops autogenerate emits from an empty database, read back
 * and compared with the models as produce.ts does (stored form,
 * equivalence, defaults evaluated by the database, and the proposed
 * canonicalExpressions pass). Nothing may differ. Then each real change is
 * caught as exactly the expected ops; after running them, and after running
 * their reverse, nothing differs again.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "../../src/dialects/dialect.js";
import { postgresComparison } from "../../src/dialects/postgresql/comparison.js";
import { makeObjectName } from "../../src/dialects/postgresql/constraint-names.js";
import { isSingleExpression } from "../../src/dialects/postgresql/isolated.js";
import { describeOperation } from "../../src/operations/describe.js";
import type { Operation } from "../../src/operations/operation.js";
import { reverseOperation } from "../../src/operations/reverse.js";
import * as t from "../../src/schema/builders.js";
import type { ColumnBuilder } from "../../src/schema/column.js";
import { enumType } from "../../src/schema/enum.js";
import type { CheckConstraint, Column, Index, Schema, Table } from "../../src/schema/ir.js";
import { buildTable, check, index } from "../../src/schema/table.js";
import { sql } from "../../src/schema/types.js";
import { connectUrl, createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { catalogue } from "./catalogue-postgresql.js";
import { RoundTrip } from "./roundtrip-helpers-postgresql.js";

const describeAll = (ops: readonly Operation[]): string[] => ops.map(describeOperation);
const every = (): Schema => {
  const parts = Object.entries(catalogue).filter(([name]) => name !== "otherSchema").map(([, make]) => make());
  return { tables: parts.flatMap((p) => p.tables), enums: [...new Set(parts.flatMap((p) => p.enums))] };
};

/** A change to one table of a schema. */
const edit = (name: string, change: (table: Table) => Table) => (schema: Schema): Schema =>
  ({ ...schema, tables: schema.tables.map((table) => (table.name === name ? change(table) : table)) });
const setColumn = (name: string, change: (c: Column) => Column) => (table: Table): Table =>
  ({ ...table, columns: table.columns.map((c) => (c.name === name ? change(c) : c)) });
const setCheck = (name: string | null, match: string, expression: string) => (table: Table): Table =>
  ({ ...table, checks: table.checks.map((c): CheckConstraint => (c.name === name && c.expression === match ? { ...c, expression } : c)) });
const setIndex = (name: string, change: Partial<Index>) => (table: Table): Table =>
  ({ ...table, indexes: table.indexes.map((i) => (i.name === name ? { ...i, ...change } : i)) });
const typeOf = (builder: ColumnBuilder): Column["type"] => buildTable("x", { c: builder }).columns[0]!.type;

const changes: [string, (s: Schema) => Schema, string[]][] = [
  ["a literal default", edit("defaults", setColumn("n_int", (c) => ({ ...c, default: { kind: "literal", value: 43 } }))),
    ["alterColumn defaults.n_int (default)"]],
  ["an expression default the database evaluates", edit("defaults", setColumn("e_fn", (c) => ({ ...c, default: sql`lower('ABD')` }))),
    ["alterColumn defaults.e_fn (default)"]],
  ["a default dropped", edit("defaults", setColumn("s_quote", (c) => ({ ...c, default: null }))), ["alterColumn defaults.s_quote (default)"]],
  ["a varchar length", edit("checked", setColumn("name", (c) => ({ ...c, type: typeOf(t.varchar(80)) }))), ["alterColumn checked.name (type)"]],
  ["a raw type", edit("types", setColumn("r_inet", (c) => ({ ...c, type: typeOf(t.rawType("CIDR")) }))), ["alterColumn types.r_inet (type)"]],
  ["a numeric scale", edit("types", setColumn("c_dec", (c) => ({ ...c, type: typeOf(t.numeric(12, 4)) }))), ["alterColumn types.c_dec (type)"]],
  ["nullability", edit("checked", setColumn("code", (c) => ({ ...c, nullable: false }))), ["alterColumn checked.code (nullable)"]],
  ["a named check", edit("checked", setCheck("ck_ab", "a > b AND b > 0", "a > b AND b > 1")),
    ["dropConstraint ck_ab (check) on checked", "createCheckConstraint ck_ab on checked"]],
  ["an IN list in a check", edit("checked", setCheck("ck_kind", "kind IN ('x', 'y', 'z')", "kind IN ('x', 'y', 'w')")),
    ["dropConstraint ck_kind (check) on checked", "createCheckConstraint ck_kind on checked"]],
  ["an unnamed check", edit("checked", setCheck(null, "code IN ('a', 'b')", "code IN ('a', 'c')")),
    ["dropConstraint checked_code_check (check) on checked", "createCheckConstraint (unnamed) on checked"]],
  ["a partial index predicate", edit("child", setIndex("ix_child_in", { where: "state IN ('a', 'c') AND qty > 0" })),
    ["dropIndex ix_child_in", "createIndex ix_child_in on child"]],
  ["a cast in a predicate", edit("child", setIndex("ix_child_cast", { where: "score::integer > 2 AND pb::text <> ''" })),
    ["dropIndex ix_child_cast", "createIndex ix_child_cast on child"]],
  ["a foreign key action", edit("node", (tb) => ({ ...tb, foreignKeys: tb.foreignKeys.map((f) => (f.columns[0] === "a1" ? { ...f, onDelete: "cascade" as const } : f)) })),
    ["dropConstraint node_a1_fkey (foreignkey) on node", "createForeignKey (unnamed) on node"]],
  ["a column comment", edit("order", setColumn("Mixed Case", (c) => ({ ...c, comment: "changed" }))), ["alterColumn order.Mixed Case (comment)"]],
  ["a table comment", edit("order", (tb) => ({ ...tb, comment: null })), ["setTableComment order"]],
  ["an enum value", (s) => {
    const grown = enumType("mood", ["happy", "calm", "it's", "sad"]);
    const retype = (tb: Table): Table => ({ ...tb, columns: tb.columns.map((c) => (c.type.kind === "enum" && c.type.name === "mood" ? { ...c, type: typeOf(grown.column()) } : c)) });
    return { tables: s.tables.map(retype), enums: s.enums.map((e) => (e.name === "mood" ? grown : e)) };
  }, ['addEnumValue mood "calm"']],
];

it("names unnamed constraints as PostgreSQL 15 does (makeObjectName), for dropping them by name", () => {
  const long = "a_very_long_table_name_that_goes_on_and_on_and_on_for_ever_more";
  expect([makeObjectName(long, null, "pkey"), makeObjectName(long, "some_quite_long_column_name_as_well_here", "key"),
    makeObjectName(long, "b", "check"), makeObjectName(long, null, "check"), makeObjectName(long, "b", "check1"),
    makeObjectName(long, "b_c", "key"), makeObjectName("fkt", "b_c", "fkey")]).toEqual([
    "a_very_long_table_name_that_goes_on_and_on_and_on_for_ever_pkey", "a_very_long_table_name_that_g_some_quite_long_column_name_a_key",
    "a_very_long_table_name_that_goes_on_and_on_and_on_for_e_b_check", "a_very_long_table_name_that_goes_on_and_on_and_on_for_eve_check",
    "a_very_long_table_name_that_goes_on_and_on_and_on_for__b_check1", "a_very_long_table_name_that_goes_on_and_on_and_on_for_e_b_c_key",
    "fkt_b_c_fkey"]);
});

describe.skipIf(await skipWithoutServer("postgresql"))("postgresql autogenerate round trip (live)", () => {
  let db: ScratchDatabase;
  let conn: Connection;
  let rt: RoundTrip;
  let cases = 0;
  const fresh = (...extra: string[]) => rt.useSchema(`rt_case_${(cases += 1)}`, ...extra);

  beforeAll(async () => {
    db = await createScratchDatabase("postgresql");
    conn = await connectUrl(db.url);
    rt = new RoundTrip(conn);
  });
  afterAll(async () => {
    await conn?.close();
    await db?.drop();
  });

  it.each(Object.keys(catalogue))("%s: built from the models, reads back with no difference", async (name) => {
    await rt.useSchema(`rt_${name.toLowerCase()}`, "audit");
    const models = catalogue[name]!();
    await rt.build(models);
    expect(describeAll(await rt.diff(models))).toEqual([]);
    // What a revision renders is the stored form: built from it, the models still read back the same.
    expect(describeAll(await rt.diff(postgresComparison.storedForm(models)))).toEqual([]);
  });

  it("the whole catalogue at once, built from its stored form, reads back with no difference", async () => {
    await fresh();
    await rt.build(postgresComparison.storedForm(every()));
    expect(describeAll(await rt.diff(every()))).toEqual([]);
  });

  it.each(changes)("a changed %s is caught exactly; after it and after its reverse nothing differs", async (_name, change, expected) => {
    await fresh();
    const before = every();
    const after = change(every());
    await rt.build(before);
    await rt.run(`INSERT INTO parent (a, b, label) VALUES (1, 'x', 'one')`, `INSERT INTO child (id, pa, pb, qty) VALUES (7, 1, 'x', 3)`);
    const ops = await rt.diff(after);
    expect(describeAll(ops)).toEqual(expected);
    await rt.apply(ops);
    expect(describeAll(await rt.diff(after))).toEqual([]);
    await rt.apply([...ops].reverse().map(reverseOperation));
    expect(describeAll(await rt.diff(before))).toEqual([]);
    expect(await conn.query({ sql: "SELECT id, pa, pb, qty FROM child", params: [] })).toEqual([{ id: "7", pa: 1, pb: "x", qty: 3 }]);
  });

  it("types and defaults need no catalog round trip; check spellings do", async () => {
    await fresh();
    const plain = { tables: [...catalogue["types"]!().tables, ...catalogue["defaults"]!().tables], enums: [...catalogue["types"]!().enums] };
    await rt.build(plain);
    expect(describeAll(await rt.diff(plain, { canonical: false }))).toEqual([]);
    await fresh();
    const models = catalogue["checks"]!();
    await rt.build(models);
    const textOnly = describeAll(await rt.diff(models, { canonical: false }));
    expect(textOnly).toContain("createCheckConstraint ck_kind on checked");
    expect(describeAll(await rt.diff(models))).toEqual([]);
  });

  describe("canonicalExpressions (the proposed Comparison hook)", () => {
    const hand = (): Table => buildTable("hand", {
      id: t.integer(), code: t.text(), kind: t.varchar(5), n: t.integer().default(sql`nextval('hand_seq')`), r: t.rawType("INT4[]"),
    }, [check("ck_kind", "kind IN ('x', 'y')"), check(null, "code IN ('a', 'b')"), check("ck_id", "id > 0"),
      index("ix_hand", ["kind"], { where: "kind IN ('x') AND id IS NOT NULL" })]);
    const setUp = async (): Promise<Schema> => {
      await fresh();
      await rt.run("CREATE SEQUENCE hand_seq", `CREATE TABLE hand (id integer, code text, kind varchar(5), n integer DEFAULT nextval('hand_seq'),
        r integer[], CONSTRAINT ck_kind CHECK (kind IN ('x', 'y')), CHECK (code IN ('a', 'b')), CONSTRAINT ck_id CHECK (id > 0))`,
      "CREATE INDEX ix_hand ON hand (kind) WHERE kind IN ('x') AND id IS NOT NULL");
      return rt.introspect({ tables: [hand()], enums: [] });
    };
    const EVIL = "id > 0); COMMIT; DROP TABLE hand; --";
    const canonical = (models: Table[], database: Schema) =>
      postgresComparison.canonicalExpressions!(rt.query, postgresComparison.storedForm({ tables: models, enums: [] }), database);

    it("takes the database's spelling of what it proves equal, and keeps what differs", async () => {
      const database = await setUp();
      const [same] = (await canonical([hand()], database)).tables;
      const db = database.tables[0]!;
      const dbCheck = (name: string) => db.checks.find((c) => c.name === name)!.expression;
      // Printed as a rebuild stores it again (not pretty-printed: see introspect-queries.ts).
      expect(dbCheck("ck_kind")).toBe("(kind)::text = ANY ((ARRAY['x'::character varying, 'y'::character varying])::text[])");
      expect(same!.checks.map((c) => c.expression)).toEqual([dbCheck("ck_kind"), dbCheck("hand_code_check"), "id > 0"]);
      expect(same!.indexes[0]!.where).toBe(db.indexes[0]!.where);
      expect(same!.columns.find((c) => c.name === "n")!.default).toEqual(db.columns.find((c) => c.name === "n")!.default);
      expect(describeAll(await rt.diff({ tables: [hand()], enums: [] }))).toEqual([]);
      const changed = edit("hand", (tb) => setIndex("ix_hand", { where: "kind IN ('y') AND id IS NOT NULL" })(
        setCheck("ck_kind", "kind IN ('x', 'y')", "kind IN ('x', 'z')")(tb)))({ tables: [hand()], enums: [] });
      const [kept] = (await canonical([...changed.tables], database)).tables;
      expect(kept!.checks[0]!.expression).toBe("kind IN ('x', 'z')");
      expect(kept!.indexes[0]!.where).toBe("kind IN ('y') AND id IS NOT NULL");
    });

    it("undoes everything it built, inside a caller's transaction or outside one", async () => {
      const database = await setUp();
      await canonical([hand()], database);
      // Outside a transaction it left none open: SAVEPOINT needs one.
      await expect(rt.run("SAVEPOINT probe")).rejects.toThrow(/transaction/);
      await conn.begin();
      try {
        await rt.run("CREATE TABLE mine (id integer)");
        await canonical([hand()], database);
        expect(await conn.query({ sql: "SELECT to_regclass('mine') IS NOT NULL AS kept", params: [] })).toEqual([{ kept: true }]);
      } finally {
        await conn.rollback();
      }
      expect(await conn.query({ sql: "SELECT count(*)::int AS n FROM pg_class WHERE relname LIKE 'athanor_canon%'", params: [] })).toEqual([{ n: 0 }]);
    });

    it("keeps what cannot be built, never runs more than one expression, and the rest still gets through", async () => {
      const database = await setUp();
      const bad = { ...hand(), checks: [
        { name: "ck_kind", expression: "no_such_column IN ('x', 'y')" },
        { name: "ck_id", expression: EVIL },
        { name: null, expression: "code IN ('a', 'b')" },
      ] };
      await conn.begin();
      try {
        const [out] = (await canonical([bad], database)).tables;
        expect(out!.checks.map((c) => c.expression)).toEqual([
          "no_such_column IN ('x', 'y')", EVIL, database.tables[0]!.checks.find((c) => c.name === "hand_code_check")!.expression]);
        // The caller's transaction is not aborted, and the table is still there.
        expect(await conn.query({ sql: "SELECT to_regclass('hand') IS NOT NULL AS kept", params: [] })).toEqual([{ kept: true }]);
        const answers = await postgresComparison.sameDefaultsInDatabase!(rt.query, [
          { column: { ...hand().columns[0]!, type: { kind: "integer" } }, database: sql`no_such_fn()`, model: sql`1` },
          { column: hand().columns[0]!, database: sql`(1 + 2)`, model: { kind: "literal", value: 3 } },
        ]);
        expect(answers).toEqual([false, true]);
      } finally {
        await conn.rollback();
      }
      expect(await conn.query({ sql: "SELECT to_regclass('hand') IS NOT NULL AS kept", params: [] })).toEqual([{ kept: true }]);
      expect([EVIL, "a > 0 -- x", "$$x$$ = a", "E'\\'' = a", "a = 'it''s; fine'"].map(isSingleExpression)).toEqual([false, false, false, false, true]);
    });
  });
});

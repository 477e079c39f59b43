/**
 * schemaToJson: the Schema IR as a JSON document that JSON.parse gives back
 * as the IR (tables by schema and name, each with exactly the IR's fields),
 * bigint defaults written with all their digits, the same text whatever
 * order the tables and enums come in.
 */
import { describe, expect, it } from "vitest";
import { schemaToJson, type SchemaDocument } from "../../src/autogenerate/render-json.js";
import {
  bigint, check, exclude, foreignKey, index, integer, numeric, rawType, sql, text, timestamp, unique, varchar,
} from "../../src/schema/index.js";
import type { Column, Schema, Table } from "../../src/schema/ir.js";
import { buildTable } from "../../src/schema/table.js";
import type { ColumnType, LiteralValue } from "../../src/schema/types.js";

const column = (name: string, type: ColumnType, extra: Partial<Column> = {}): Column => ({
  name, type, nullable: true, default: null, autoIncrement: false, comment: null, ...extra,
});
const table = (name: string, columns: Column[], extra: Partial<Table> = {}): Table => ({
  name, schema: null, columns, primaryKey: null, indexes: [], uniques: [], foreignKeys: [], checks: [], comment: null, ...extra,
});
const literal = (value: LiteralValue): Column["default"] => ({ kind: "literal", value });
const byName = (a: { name: string; schema: string | null }, b: { name: string; schema: string | null }): number =>
  ((a.schema ?? "") < (b.schema ?? "") ? -1 : (a.schema ?? "") > (b.schema ?? "") ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** What the DSL builds: identity, generated columns, index keys and options, deferrable keys, exclusion constraints. */
const events = buildTable("events", {
  id: bigint().primaryKey().generatedAlwaysAsIdentity({ startWith: 100, cache: 20 }),
  user_id: integer().notNull().references("users.id", { onDelete: "cascade" }),
  title: varchar(100).collation("C").comment("shown \"as is\"\n\tand more"),
  total: numeric(12, 2).notNull().default(0),
  during: rawType("tstzrange"),
  created_at: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
  slug: text().generatedAlwaysAs("lower(title)", { mode: "stored" }),
}, [
  index("ix_events_title", [{ column: "title", opclass: "text_pattern_ops", descending: true }, sql`lower(title)`], { using: "btree", where: "id > 0" }),
  unique("uq_events_slug", ["slug"], { deferrable: true, initially: "deferred" }),
  foreignKey("fk_events_owner", ["user_id"], "audit.users", ["id"], { match: "full", notValid: true }),
  check("ck_total", "total >= 0"),
  exclude("ex_during", "EXCLUDE USING gist (during WITH &&)"),
], { schema: "app", comment: "what happened", unlogged: true, with: "fillfactor=70" });

/** Raw IR: every literal kind, a partition, names only JSON escapes can hold. */
const schema: Schema = {
  enums: [{ name: "mood", schema: null, values: ["happy", "sad"] }, { name: "level", schema: "audit", values: ["a\"b", "日本"] }],
  tables: [
    table("users", [
      column("id", { kind: "integer" }, { nullable: false, autoIncrement: true, identity: { generation: "serial" } }),
      column("name \"quoted\"", { kind: "varchar", length: 255 }, { default: literal("it's \u0000 \u2028 😀") }),
      column("ratio", { kind: "double" }, { default: literal(1.5) }),
      column("active", { kind: "boolean" }, { default: literal(true) }),
      column("nothing", { kind: "text" }, { default: literal(null) }),
      column("big_as_text", { kind: "bigint" }, { default: literal("9223372036854775807") }),
      column("mood", { kind: "enum", name: "mood", values: ["happy", "sad"] }),
    ], { primaryKey: { name: "users_pkey", columns: ["id"] }, comment: "people" }),
    table("logs", [column("id", { kind: "bigint", unsigned: true }, { nullable: false })], {
      schema: "audit", options: { partitionBy: "RANGE (id)", engine: "InnoDB" },
    }),
    table("logs_2024", [], { schema: "audit", options: { partitionOf: { parent: "logs", parentSchema: null, bound: "FOR VALUES FROM (1) TO (2)" } } }),
    events,
  ],
};

const withBigint = (value: bigint): Schema => ({
  enums: [],
  tables: [table("counters", [column("n", { kind: "bigint" }, { nullable: false, default: literal(value) })])],
});

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe("schemaToJson", () => {
  it("writes the document's header, then tables and enums by (schema, name)", () => {
    const document = JSON.parse(schemaToJson(schema, "postgresql")) as SchemaDocument;
    expect(Object.keys(document)).toEqual(["format", "version", "dialect", "tables", "enums"]);
    expect(document).toMatchObject({ format: "athanor-schema", version: 1, dialect: "postgresql" });
    expect(document.tables.map((t) => `${t.schema}.${t.name}`)).toEqual(["null.users", "app.events", "audit.logs", "audit.logs_2024"]);
    expect(document.enums.map((e) => `${e.schema}.${e.name}`)).toEqual(["null.mood", "audit.level"]);
  });

  it("gives back the IR through JSON.parse, with nothing added", () => {
    const document = JSON.parse(schemaToJson(schema, "mysql")) as SchemaDocument;
    // Strict: an optional field the IR leaves out must not come back as null or undefined.
    expect(document.tables).toStrictEqual([...schema.tables].sort(byName).map((t) => ({ ...t })));
    expect(document.enums).toStrictEqual([...schema.enums].sort(byName));
    expect(document.tables.find((t) => t.name === "events")?.columns[0]).toStrictEqual(events.columns[0]);
  });

  it("is JSON.stringify's text, 2-space indent and a final newline, when no default is a bigint", () => {
    const out = schemaToJson(schema, "sqlite");
    expect(out).toBe(`${JSON.stringify(JSON.parse(out), null, 2)}\n`);
    expect(out.endsWith("}\n")).toBe(true);
    expect(out).toContain("\n  \"format\": \"athanor-schema\",\n");
    expect(schemaToJson({ tables: [], enums: [] }, "sqlite"))
      .toBe("{\n  \"format\": \"athanor-schema\",\n  \"version\": 1,\n  \"dialect\": \"sqlite\",\n  \"tables\": [],\n  \"enums\": []\n}\n");
  });

  it("leaves out a field that is present but undefined, as JSON.stringify does", () => {
    const users = schema.tables[0] as Table;
    const loose: Table = { ...users, columns: users.columns.map((c) => ({ ...c, collation: undefined })), options: undefined };
    const out = schemaToJson({ tables: [loose], enums: [] }, "postgresql");
    expect(out).not.toContain("collation");
    expect(out).not.toContain("options");
    expect((JSON.parse(out) as SchemaDocument).tables[0]).toStrictEqual(users);
  });

  it("writes a bigint default as a JSON number with all its digits", () => {
    for (const value of [9223372036854775807n, -9223372036854775808n, 18446744073709551615n, 0n]) {
      const out = schemaToJson(withBigint(value), "mysql");
      expect(out).toContain(`"value": ${value}\n`);
      const document = JSON.parse(out) as SchemaDocument;
      expect(document.tables[0]?.columns[0]?.default).toEqual({ kind: "literal", value: Number(value) });
    }
    // A bigint-sized string stays a string.
    expect(schemaToJson(schema, "mysql")).toContain("\"value\": \"9223372036854775807\"");
  });

  it("gives the same text whatever order the tables and enums come in", () => {
    const tables = [...schema.tables, ...withBigint(1n << 70n).tables];
    const out = schemaToJson({ tables, enums: schema.enums }, "postgresql");
    for (let seed = 1; seed <= 20; seed++) {
      expect(schemaToJson({ tables: shuffled(tables, seed), enums: shuffled(schema.enums, seed) }, "postgresql")).toBe(out);
    }
  });
});

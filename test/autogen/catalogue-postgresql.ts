/**
 * The model catalogue of the PostgreSQL round trip: every column type,
 * default spelling, key, index, foreign key, check, comment and awkward
 * name the DSL can say, each group a Schema of its own.
 */
import * as t from "../../src/schema/builders.js";
import { enumType } from "../../src/schema/enum.js";
import type { Schema } from "../../src/schema/ir.js";
import { buildTable, check, foreignKey, index, primaryKey, unique } from "../../src/schema/table.js";
import { sql } from "../../src/schema/types.js";

export const mood = enumType("mood", ["happy", "it's", "sad"]);
export const status = enumType("Status Kind", ["new", "Done"]);

const types = (): Schema => ({ enums: [mood, status], tables: [buildTable("types", {
  id: t.integer().primaryKey(),
  c_int: t.integer(), c_big: t.bigint().notNull(), c_small: t.smallint(),
  c_vc: t.varchar(), c_vc40: t.varchar(40).notNull(), c_char: t.char(), c_char2: t.char(2), c_text: t.text(),
  c_bool: t.boolean(), c_num: t.numeric(), c_num10: t.numeric(10), c_dec: t.decimal(12, 3), c_real: t.real(), c_double: t.double(),
  c_date: t.date(), c_time: t.time(), c_timetz: t.time({ withTimezone: true }), c_ts: t.timestamp(),
  c_tstz: t.timestamp({ withTimezone: true }).notNull(),
  c_json: t.json(), c_jsonb: t.jsonb(), c_uuid: t.uuid(), c_bin: t.binary(), c_bin16: t.binary(16),
  c_enum: mood.column().notNull(), c_status: status.column(),
  r_inet: t.rawType("INET"), r_ts3: t.rawType("TIMESTAMP(3)"), r_tstz6: t.rawType("timestamp(6) with time zone"),
  r_time2: t.rawType("TIME(2) WITHOUT TIME ZONE"), r_arr: t.rawType("TEXT[]"), r_intarr: t.rawType("int[]"),
  r_int4: t.rawType("int4"), r_int: t.rawType("INT"), r_serial_like: t.rawType("int8"), r_float: t.rawType("float"),
  r_float4: t.rawType("float(10)"), r_vc: t.rawType("character varying(12)"), r_vcarr: t.rawType("varchar(5)[]"),
  r_bpchar: t.rawType("CHARACTER(3)"), r_dec: t.rawType("DECIMAL(8, 2)"), r_interval: t.rawType("interval"),
  r_bool: t.rawType("bool"), r_double: t.rawType("DOUBLE PRECISION"), r_tz: t.rawType("timestamptz"),
  r_bytea: t.rawType("bytea"), r_money: t.rawType("money"), r_intervalp: t.rawType("INTERVAL DAY TO SECOND(3)"),
  r_enum: t.rawType("mood"), r_status: t.rawType('"Status Kind"'), r_serial: t.rawType("SERIAL"), r_bigserial: t.rawType("bigserial"),
  r_dblarr: t.rawType("double precision[]"), r_spaced: t.rawType("VARCHAR ( 10 )"), r_num10: t.rawType("NUMERIC(10)"),
  r_tzfull: t.rawType("TIMESTAMP(6) WITH TIME ZONE"), r_timetz: t.rawType("timetz(3)"), r_bit: t.rawType("bit varying(5)"),
}, [], { comment: "every type" })] });

const defaults = (): Schema => ({ enums: [mood], tables: [buildTable("defaults", {
  id: t.bigint().primaryKey().autoIncrement(),
  s_plain: t.varchar(20).default("abc"), s_quote: t.text().notNull().default(`it's "quoted"`), s_empty: t.text().default(""),
  s_number: t.text().default("42"), s_backslash: t.text().default("a\\b\nc"), s_char: t.char(3).default("ab"),
  n_int: t.integer().default(42), n_neg: t.integer().default(-7), n_zero: t.integer().default(0), n_real: t.real().default(1.5),
  n_negreal: t.double().default(-0.25), n_big: t.bigint().default(9007199254740993n), n_bigneg: t.bigint().default(-9007199254740993n),
  n_num: t.numeric(10, 2).default(12.5), n_numneg: t.numeric(10, 2).default(-12.5), n_numstr: t.numeric(30, 3).default("12345678901234567890.125"),
  n_numtext: t.numeric(10, 2).default("1.50"), n_exp: t.double().default(1e21), n_small: t.double().default(1e-7),
  n_inttext: t.integer().default("5"), n_smallint: t.smallint().default(-3),
  b_true: t.boolean().notNull().default(true), b_false: t.boolean().default(false), b_text: t.boolean().default("true"),
  d_date: t.date().default(new Date("2024-02-29T00:00:00Z")), d_text: t.date().default("2024-01-01"),
  ts_date: t.timestamp().default(new Date("2024-01-02T03:04:05.678Z")), ts_text: t.timestamp().default("2024-01-02 03:04:05"),
  tstz_date: t.timestamp({ withTimezone: true }).default(new Date("2024-01-02T03:04:05Z")),
  tm_text: t.time().default("12:30"),
  ts_now: t.timestamp().default(sql`CURRENT_TIMESTAMP`), ts_lower: t.timestamp().default(sql`current_timestamp`),
  tstz_now: t.timestamp({ withTimezone: true }).notNull().default(sql`now()`), tstz_upper: t.timestamp({ withTimezone: true }).default(sql`NOW()`),
  ts_local: t.timestamp().default(sql`LOCALTIMESTAMP`), d_now: t.date().default(sql`CURRENT_DATE`),
  ts_plus: t.timestamp({ withTimezone: true }).default(sql`now() + interval '1 day'`),
  e_paren: t.integer().default(sql`(1 + 2)`), e_bare: t.integer().default(sql`1 + 2`), e_str: t.text().default(sql`'abc'`),
  e_vcstr: t.varchar(10).default(sql`'abc'`), e_neg: t.integer().default(sql`-1`), e_fn: t.text().default(sql`lower('ABC')`),
  e_nested: t.text().default(sql`(('x'))`), e_cast: t.text().default(sql`'x'::text`),
  e_null: t.text().default(null), e_sqlnull: t.text().default(sql`NULL`), e_true: t.boolean().default(sql`TRUE`),
  u_gen: t.uuid().notNull().default(sql`gen_random_uuid()`), u_lit: t.uuid().default("A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11"),
  j_obj: t.jsonb().default('{"a":1, "b": [1,2]}'), j_json: t.json().default("[]"),
  m_mood: mood.column().notNull().default("it's"), m_sql: mood.column().default(sql`'sad'`),
})] });

const keys = (): Schema => ({ enums: [], tables: [
  buildTable("auto", {
    id: t.integer().primaryKey().autoIncrement(), big: t.bigint().autoIncrement(), small: t.smallint().autoIncrement().notNull(),
  }),
  buildTable("parent", { a: t.integer().notNull(), b: t.varchar(20).notNull(), label: t.varchar(50), code: t.varchar(10).unique() },
    [primaryKey("pk_parent", ["a", "b"]), unique("uq_parent_label", ["label"])]),
  buildTable("pair", { x: t.integer(), y: t.text(), z: t.integer().unique("uq_pair_z") },
    [primaryKey(null, ["x", "y"]), unique(null, ["z", "y"])]),
  buildTable("child", {
    id: t.bigint().primaryKey(), pa: t.integer(), pb: t.varchar(20), qty: t.integer().notNull().default(0),
    state: t.varchar(10), deleted_at: t.timestamp(), score: t.numeric(5, 2),
    up: t.bigint().references("child.id", { onDelete: "set null", name: "fk_child_up" }),
    node_id: t.integer().references("node.id"), parent_code: t.varchar(10).references("parent.code", { onUpdate: "cascade" }),
  }, [
    foreignKey("fk_child_parent", ["pa", "pb"], "parent", ["a", "b"], { onDelete: "cascade", onUpdate: "restrict" }),
    index("ix_child_pb", ["pb"]), index("ix_child_multi", ["qty", "id"], { unique: true }),
    index("ix_child_partial", ["pa"], { where: "qty > 10" }),
    index("ix_child_state", ["state"], { where: "state = 'open'" }),
    index("ix_child_in", ["state", "qty"], { where: "state IN ('a', 'b') AND qty > 0" }),
    index("ix_child_live", ["pb"], { unique: true, where: "deleted_at IS NULL" }),
    index("ix_child_cast", ["score"], { where: "score::integer > 1 AND pb::text <> ''" }),
    index("ix_child_or", ["qty"], { where: "(qty < 0 OR qty > 100) AND NOT (pb LIKE 'x%')" }),
  ]),
  buildTable("node", {
    id: t.integer().primaryKey(), up: t.integer().references("node.id", { onDelete: "cascade", onUpdate: "no action" }),
    a1: t.integer().references("node.id", { onDelete: "restrict", onUpdate: "cascade" }),
    a2: t.integer().default(1).references("node.id", { onDelete: "set default", onUpdate: "set null" }),
    a3: t.integer().references("node.id", { onDelete: "no action", onUpdate: "restrict" }),
  }),
  buildTable("cycle_a", { id: t.integer().primaryKey(), b_id: t.integer().references("cycle_b.id", { name: "fk_a_b" }) }),
  buildTable("cycle_b", { id: t.integer().primaryKey(), a_id: t.integer().references("cycle_a.id", { onDelete: "cascade" }) }),
] });

const checks = (): Schema => ({ enums: [mood], tables: [buildTable("checked", {
  id: t.integer().primaryKey(), name: t.varchar(40).notNull(), code: t.text(), a: t.integer(), b: t.integer(),
  kind: t.varchar(5), m: mood.column(), price: t.numeric(8, 2), at: t.timestamp(),
}, [
  check("ck_len", "length(name) > 0"), check(null, "code IN ('a', 'b')"), check("ck_ab", "a > b AND b > 0"),
  check("ck_re", "code ~ '^[a-z]+$'"), check(null, "code IS NOT NULL"), check("ck_kind", "kind IN ('x', 'y', 'z')"),
  check("ck_mood", "m <> 'sad'"), check("ck_price", "price >= 0.5"), check("ck_between", "a BETWEEN 1 AND 10"),
  check("ck_at", "at > '2020-01-01'"), check("ck_coalesce", "COALESCE(a, 0) + COALESCE(b, 0) < 100"),
  check("ck_lower", "lower(name) = name"), check("ck_not", "NOT (a = 5)"), check("ck_like", "name NOT LIKE '%x%'"),
])] });

const names = (): Schema => ({ enums: [], tables: [
  buildTable("order", {
    select: t.integer().primaryKey().autoIncrement(), "Mixed Case": t.varchar(30).default("o'k").comment("mixed"),
    'a"b': t.integer().unique('uq "q"'), "c`d": t.text(), group: t.integer().references("Camel Table.Id"),
  }, [index("ix `weird` \"index\"", ["Mixed Case", "select"], { where: "\"group\" > 0" }),
    check('ck "order"', `"group" IS NULL OR "group" > 0`), check("ck_user", `"Mixed Case" <> 'user'`)],
  { comment: "it's reserved" }),
  buildTable("Camel Table", { Id: t.integer().primaryKey(), Name: t.text().notNull().comment("") },
    [index("IX_Camel", ["Name"])], { comment: "a comment" }),
  buildTable("empty_comment", { id: t.integer() }, [], { comment: "" }),
  buildTable(`t_${"long".repeat(20)}`, { [`c_${"long".repeat(20)}`]: t.integer().primaryKey() },
    [check(`ck_${"long".repeat(20)}`, `c_${"long".repeat(20)} > 0`), index(`ix_${"long".repeat(20)}`, [`c_${"long".repeat(20)}`])]),
] });

/** The case schema otherSchema runs in (test schemas are "rt_" + the case name, lowercased); refSchema null means the table's own schema. */
export const HOME = "rt_otherschema";

const otherSchema = (): Schema => ({ enums: [], tables: [
  // Listed first: order.ts cannot tie "rt_otherschema.home" to a table whose schema is null.
  buildTable("home", { id: t.integer().primaryKey(), base_id: t.integer().references("audit.base.id") }),
  buildTable("base", { id: t.integer().primaryKey(), note: t.text().comment("in audit") }, [], { schema: "audit", comment: "audit base" }),
  buildTable("refs", {
    id: t.integer().primaryKey().autoIncrement(), base_id: t.integer().references("base.id", { onDelete: "cascade" }),
    home_id: t.integer(), state: t.varchar(8).default("new"), up: t.integer().references("audit.refs.id"),
  }, [foreignKey("fk_refs_home", ["home_id"], `${HOME}.home`, ["id"]), check("ck_refs_state", "state IN ('new', 'old')"),
    index("ix_refs_state", ["state"], { where: "state <> 'old'" })], { schema: "audit" }),
] });

export const catalogue: Readonly<Record<string, () => Schema>> = { types, defaults, keys, checks, names, otherSchema };

/**
 * The MySQL / MariaDB round-trip harness and its catalogue of models. The
 * catalogue covers every DSL type (and rawType synonyms), default
 * spellings, keys of every kind, foreign keys with every action InnoDB
 * takes, cycles, indexes over foreign-key columns, checks, comments and
 * names that need quoting. The harness builds models with the ops
 * autogenerate would emit from an empty database and compares the catalog
 * with them exactly as produce.ts does (stored form, equivalence, the
 * database asked about defaults whose text differs).
 */
import { compareSchemas, type CompareOptions } from "../../src/autogenerate/compare.js";
import { confirmDefaultChanges } from "../../src/autogenerate/confirm-defaults.js";
import type { Connection, QueryFn } from "../../src/dialects/dialect.js";
import { mysqlComparison } from "../../src/dialects/mysql/comparison.js";
import { mysqlDialect } from "../../src/dialects/mysql/index.js";
import type { Operation } from "../../src/operations/operation.js";
import * as t from "../../src/schema/builders.js";
import { enumType } from "../../src/schema/enum.js";
import type { Schema, Table } from "../../src/schema/ir.js";
import { buildTable, check, foreignKey, index, primaryKey, unique } from "../../src/schema/table.js";
import { sql } from "../../src/schema/types.js";
import { apply } from "../dialects/fixtures.js";

const comparison = mysqlDialect.comparison;
export const schemaOf = (tables: readonly Table[]): Schema => ({ tables, enums: [] });

export const compareOptions: CompareOptions = {
  compareType: true, compareServerDefault: true, equivalence: comparison.equivalence,
  enumTypes: comparison.enumTypes, batchAlterations: comparison.rebuildsTables,
};

const mood = enumType("mood", ["happy", "it's", "back\\slash", "with space"]);

const types = (): Table => buildTable("types", {
  id: t.integer().primaryKey().autoIncrement(),
  c_int: t.integer(), c_big: t.bigint().notNull(), c_small: t.smallint(),
  c_vc: t.varchar(), c_vc40: t.varchar(40).notNull().comment(`it's a "quoted" \\ comment`), c_char: t.char(), c_char2: t.char(2),
  c_text: t.text(), c_bool: t.boolean(), c_num: t.numeric(), c_num10: t.numeric(10), c_dec: t.decimal(10, 2),
  c_real: t.real(), c_double: t.double(), c_date: t.date(), c_time: t.time(), c_timetz: t.time({ withTimezone: true }),
  c_ts: t.timestamp(), c_tstz: t.timestamp({ withTimezone: true }), c_tstz_nn: t.timestamp({ withTimezone: true }).notNull(),
  c_json: t.json(), c_jsonb: t.jsonb(), c_uuid: t.uuid(), c_bin: t.binary(), c_bin16: t.binary(16),
  c_enum: mood.column().notNull().default("it's"), c_flag: enumType("flag", ["on"]).column(),
  c_mediumtext: t.rawType("mediumtext"), c_unsigned: t.rawType("int unsigned"), c_raw_int: t.rawType("INT"),
  c_raw_integer: t.rawType("integer"), c_raw_bool: t.rawType("tinyint(1)"), c_raw_tiny: t.rawType("TINYINT"),
  c_raw_width: t.rawType("int(11)"), c_raw_big_u: t.rawType("bigint(20) unsigned"), c_raw_dt3: t.rawType("DATETIME(3)"),
  c_raw_vc: t.rawType("varchar(12)"), c_raw_dec: t.rawType("DECIMAL(8, 3)"), c_raw_numeric: t.rawType("numeric"),
  c_raw_dp: t.rawType("DOUBLE PRECISION"), c_raw_enum: t.rawType("ENUM('x', 'y z')"), c_raw_json: t.rawType("json"),
  c_raw_year: t.rawType("YEAR"), c_raw_set: t.rawType("SET('a','b')"), c_raw_charset: t.rawType("VARCHAR(10) CHARACTER SET latin1"), c_raw_uuid: t.rawType("UUID"),
  c_raw_float: t.rawType("FLOAT(7,3)"), c_raw_longblob: t.rawType("LONGBLOB"), c_raw_zerofill: t.rawType("INT(5) UNSIGNED ZEROFILL"),
}, [], { comment: `every "type", it's \\ here` });

const defaults = (): Table => buildTable("defaults", {
  id: t.bigint().primaryKey().autoIncrement(),
  s_plain: t.varchar(20).default("abc"), s_quote: t.text().notNull().default(`it's "quoted" \\ back\\slash`), s_empty: t.varchar(5).default(""),
  s_number: t.varchar(10).default("42"), s_from_number: t.varchar(10).default(42), s_newline: t.varchar(10).default("a\nb\tc"),
  s_null_text: t.varchar(5).default("NULL"), s_char: t.char().default("x"),
  n_int: t.integer().default(42), n_neg: t.integer().default(-7), n_zero: t.integer().notNull().default(0),
  n_real: t.real().default(1.5), n_negreal: t.double().default(-0.25), n_big: t.bigint().default(9007199254740993n),
  n_num: t.numeric(10, 2).default(12.5), n_num_str: t.numeric(10, 2).default("12.50"), n_num_int: t.numeric(10, 3).default(7),
  n_exp: t.double().default(1e21), n_small: t.smallint().default(-32768), n_unsigned: t.rawType("int unsigned").default(7),
  b_true: t.boolean().notNull().default(true), b_false: t.boolean().default(false), b_int: t.integer().default(true),
  b_one: t.boolean().default(1), b_raw: t.rawType("tinyint(1)").default(false),
  d_date: t.date().default(new Date("2024-02-29T00:00:00Z")), d_text: t.date().default("2024-01-01"),
  ts_lit: t.timestamp().default("2024-01-02 03:04:05"), ts_date: t.timestamp().default(new Date("2024-03-04T05:06:07Z")),
  ts_short: t.timestamp().default("2024-01-02 03:04"), tstz_lit: t.timestamp({ withTimezone: true }).default("2024-01-02 03:04:05"),
  tm_lit: t.time().default("12:30:00"),
  ts_now: t.timestamp().default(sql`CURRENT_TIMESTAMP`), tstz_now: t.timestamp({ withTimezone: true }).notNull().default(sql`CURRENT_TIMESTAMP`),
  ts_lower: t.timestamp().default(sql`current_timestamp()`), ts_nowfn: t.timestamp().default(sql`now()`),
  ts_prec: t.rawType("datetime(3)").default(sql`CURRENT_TIMESTAMP(3)`), d_now: t.date().default(sql`(CURRENT_DATE)`),
  e_paren: t.integer().default(sql`(1 + 2)`), e_bare: t.integer().default(sql`1 + 2`), e_str: t.text().default(sql`'abc'`),
  e_neg: t.integer().default(sql`-1`), e_fn: t.varchar(20).default(sql`lower('ABC')`), e_concat: t.varchar(20).default(sql`concat('a', 'b')`),
  e_enum: mood.column().default("back\\slash"), e_null: t.text().default(null), e_sqlnull: t.varchar(5).default(sql`NULL`),
  e_true: t.boolean().default(sql`TRUE`), e_json: t.json().default("{}"), e_uuid: t.uuid().default("00000000-0000-0000-0000-000000000000"),
});

const keys = (): Table[] => [
  buildTable("parent", { a: t.integer().notNull(), b: t.varchar(20).notNull(), label: t.varchar(50) },
    [primaryKey("pk_parent", ["a", "b"]), unique("uq_parent_label", ["label"])]),
  buildTable("child", {
    id: t.bigint().primaryKey(),
    pa: t.integer(), pb: t.varchar(20), code: t.varchar(10).notNull().unique(), qty: t.integer().notNull().default(0),
    node_id: t.integer().references("node.id", { onDelete: "set null" }), kind: t.varchar(3),
  }, [
    foreignKey("fk_child_parent", ["pa", "pb"], "parent", ["a", "b"], { onDelete: "cascade", onUpdate: "restrict" }),
    unique("uq_child_pa_qty", ["pa", "qty"]), unique(null, ["pb", "code"]),
    check("ck_child_qty", "qty >= 0"), check(null, "length(code) > 0"), check(null, "kind IN ('a', 'b')"),
    index("ix_child_pb", ["pb"]), index("ix_child_multi", ["qty", "id"], { unique: true }), index("ix_child_pa_pb_qty", ["pa", "pb", "qty"]),
  ]),
  buildTable("node", {
    id: t.integer().primaryKey(), up: t.integer().references("node.id", { onDelete: "cascade", onUpdate: "no action" }),
    small: t.smallint().notNull(),
  }),
  buildTable("actions", {
    id: t.integer().primaryKey(),
    r1: t.integer().references("node.id", { onDelete: "cascade", onUpdate: "cascade", name: "fk_actions_cascade" }),
    r2: t.integer().references("node.id", { onDelete: "restrict", onUpdate: "restrict" }),
    r3: t.integer().references("node.id", { onDelete: "no action", onUpdate: "no action" }),
    r4: t.integer().references("node.id", { onDelete: "set null", onUpdate: "set null" }),
    r5: t.integer().references("node.id"),
    r6: t.integer(),
  }, [foreignKey(null, ["r6"], "node", ["id"]), index("ix_actions_r6", ["r6"]), index("ix_actions_r5_r4", ["r5", "r4"])]),
  buildTable("cycle_a", { id: t.integer().primaryKey(), b_id: t.integer().references("cycle_b.id", { name: "fk_a_b" }) }),
  buildTable("cycle_b", { id: t.integer().primaryKey(), a_id: t.integer().references("cycle_a.id", { onDelete: "set null" }) }),
  buildTable("order", {
    select: t.integer().primaryKey().autoIncrement(), "Mixed Case": t.varchar(30).default("o'k"), 'a"b': t.integer().unique('uq "q"'),
    "c`d": t.text().comment("back`tick"), group: t.integer().references("Camel Table.Id"),
  }, [index("ix `weird` \"index\"", ["Mixed Case", "select"]), check('ck "order"', "`group` IS NULL OR `group` > 0")],
  { comment: `it's the "order" table` }),
  buildTable("Camel Table", { Id: t.integer().primaryKey(), Name: t.varchar(40).notNull() }, [index("IX_Camel", ["Name"])]),
  buildTable("pair", { x: t.integer().notNull(), y: t.varchar(8).notNull(), z: t.integer() }, [primaryKey(null, ["x", "y"])]),
];

export const catalogue = (): Table[] => [types(), defaults(), ...keys()];

export class MysqlRoundTrip {
  readonly query: QueryFn;

  constructor(readonly conn: Connection) {
    this.query = (statement) => conn.query(statement);
  }

  async run(...sqls: string[]): Promise<void> {
    for (const text of sqls) await this.conn.execute({ sql: text, params: [] });
  }

  /** Drops every table of the scratch database. */
  async reset(): Promise<void> {
    const rows = await this.conn.query<{ name: string }>({
      sql: "SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()", params: [] });
    if (rows.length === 0) return;
    await this.run("SET FOREIGN_KEY_CHECKS = 0", `DROP TABLE ${rows.map((r) => mysqlDialect.quoteIdentifier(r.name)).join(", ")}`,
      "SET FOREIGN_KEY_CHECKS = 1");
  }

  /** What the first autogenerate against an empty database would create (or the models as given), run as a revision would. */
  async build(models: readonly Table[], form: "stored" | "as given" = "stored"): Promise<Operation[]> {
    const target = form === "stored" ? comparison.storedForm(schemaOf(models)) : schemaOf(models);
    const ops = compareSchemas(schemaOf([]), target, compareOptions);
    await apply(this.conn, ...ops);
    return ops;
  }

  /**
   * The ops produce.ts would make: introspect, stored form, the
   * canonicalExpressions pass (unless `canonical: false`), compare, then the
   * defaults the database confirms equal taken out.
   */
  async diff(models: readonly Table[], options: { canonical?: boolean } = {}): Promise<Operation[]> {
    const database = await mysqlDialect.introspect(this.query);
    let target = comparison.storedForm(schemaOf(models));
    if (options.canonical !== false) target = await mysqlComparison.canonicalExpressions!(this.query, target, database);
    return confirmDefaultChanges(compareSchemas(database, target, compareOptions), target, comparison, this.query);
  }

  async apply(ops: readonly Operation[]): Promise<void> {
    await apply(this.conn, ...ops);
  }

  /** SHOW CREATE TABLE of every table, AUTO_INCREMENT counters left out: the catalog, as the server itself prints it. */
  async catalog(): Promise<Record<string, string>> {
    const rows = await this.conn.query<{ name: string }>({
      sql: "SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME", params: [] });
    const out: Record<string, string> = {};
    for (const { name } of rows) {
      const [row] = await this.conn.query<Record<string, string>>({ sql: `SHOW CREATE TABLE ${mysqlDialect.quoteIdentifier(name)}`, params: [] });
      out[name] = row!["Create Table"]!.replace(/ AUTO_INCREMENT=\d+/, "");
    }
    return out;
  }
}

/** Tables and helpers shared by the dialect suites. */
import type { CompileContext, Connection, Dialect } from "../../src/dialects/dialect.js";
import { UnsupportedOperationError } from "../../src/errors.js";
import { qualifiedName, type Operation, type TableRef } from "../../src/operations/operation.js";
import * as t from "../../src/schema/builders.js";
import type { Table } from "../../src/schema/ir.js";
import { buildTable, check, foreignKey, index, primaryKey, unique } from "../../src/schema/table.js";
import { sql } from "../../src/schema/types.js";
import { enumType } from "../../src/schema/enum.js";

export const ref = (name: string, schema: string | null = null): TableRef => ({ name, schema });

/** One column of every ColumnType kind (enum and raw included), with defaults and comments. */
export function allTypes(options: { enumName?: string; rawType?: string } = {}): Table {
  const mood = enumType(options.enumName ?? "mood", ["happy", "sad"]);
  return buildTable("all_types", {
    id: t.integer().primaryKey().autoIncrement(),
    c_bigint: t.bigint().notNull().default(9007199254740993n),
    c_smallint: t.smallint().default(-3),
    c_varchar: t.varchar(40).notNull().default("it's").comment("a 'quoted' comment"),
    c_varchar_open: t.varchar(),
    c_char: t.char(2),
    c_text: t.text(),
    c_boolean: t.boolean().notNull().default(true),
    c_numeric: t.numeric(10, 2).default(1.5),
    c_real: t.real(),
    c_double: t.double(),
    c_date: t.date(),
    c_time: t.time(),
    c_timestamp: t.timestamp().default(sql`CURRENT_TIMESTAMP`),
    c_timestamptz: t.timestamp({ withTimezone: true }),
    c_json: t.json(),
    c_jsonb: t.jsonb(),
    c_uuid: t.uuid(),
    c_binary: t.binary(),
    c_binary16: t.binary(16),
    c_enum: mood.column().notNull().default("sad"),
    c_raw: t.rawType(options.rawType ?? "TEXT"),
    c_expr: t.integer().default(sql`1 + 2`),
  }, [], { comment: "every type" });
}

export const parentTable = (): Table => buildTable("parent", {
  a: t.integer().notNull(),
  b: t.varchar(20).notNull(),
  label: t.varchar(50),
}, [primaryKey("pk_parent", ["a", "b"]), unique("uq_parent_label", ["label"])]);

/** Composite foreign key with actions, named and unnamed uniques, checks, plain/unique/partial indexes. */
export const childTable = (partial = true): Table => buildTable("child", {
  id: t.bigint().primaryKey().autoIncrement(),
  pa: t.integer(),
  pb: t.varchar(20),
  code: t.varchar(10).notNull().unique(),
  qty: t.integer().notNull().default(0),
}, [
  foreignKey("fk_child_parent", ["pa", "pb"], "parent", ["a", "b"], { onDelete: "cascade", onUpdate: "restrict" }),
  unique("uq_child_pa_qty", ["pa", "qty"]),
  check("ck_child_qty", "qty >= 0"),
  index("ix_child_pb", ["pb"]),
  index("ix_child_qty_u", ["qty", "id"], { unique: true }),
  ...(partial ? [index("ix_child_partial", ["pa"], { where: "qty > 10" })] : []),
]);

/** Identifiers that need quoting: quotes, backticks, spaces, reserved words, mixed case. */
export const WEIRD_TABLE = 'we"ird `tab';
export const weirdTable = (): Table => buildTable(WEIRD_TABLE, {
  user: t.integer().primaryKey(),
  order: t.varchar(20).notNull().default("o'k"),
  "Mixed Case": t.varchar(30),
  'a"b': t.integer().unique("uq \"weird\""),
  "c`d": t.integer(),
}, [index("ix `weird` \"index\"", ["order", "Mixed Case"])]);

/** A compile context that knows no table: for ops whose dialect needs none (tablesNeeded is empty). */
export const NO_TABLES: CompileContext = {
  table: (ref) => {
    throw new UnsupportedOperationError(`test context: no definition of table ${qualifiedName(ref)}`);
  },
};

/**
 * A compile context that knows the given hand-built tables (with no
 * triggers, as an offline run knows the tables it built); any other table
 * fails as in NO_TABLES.
 */
export function tablesContext(...tables: Table[]): CompileContext {
  return {
    table: (ref) => {
      const table = tables.find((t) => t.name === ref.name && t.schema === ref.schema);
      return table ? { table, triggers: [] } : NO_TABLES.table(ref);
    },
  };
}

/** The context compile() gets online: the tables the op needs, read through the dialect's tableStates. */
export async function contextFor(connection: Connection, op: Operation): Promise<CompileContext> {
  const refs = connection.dialect.tablesNeeded(op);
  if (refs.length === 0) return NO_TABLES;
  const states = await connection.dialect.tableStates((s) => connection.query(s), refs);
  return {
    table: (ref) => states.find((s) => s.table.name === ref.name) ?? NO_TABLES.table(ref),
  };
}

export async function apply(connection: Connection, ...ops: Operation[]): Promise<void> {
  for (const op of ops) {
    for (const statement of connection.dialect.compile(op, await contextFor(connection, op))) await connection.execute(statement);
  }
}

/** Runs the op's statements with parameters inlined, as `--sql` output would be run by hand. */
export async function applyInline(connection: Connection, ...ops: Operation[]): Promise<void> {
  for (const op of ops) {
    for (const statement of connection.dialect.compile(op, await contextFor(connection, op))) {
      await connection.execute({ sql: connection.dialect.inline(statement), params: [] });
    }
  }
}

export function compileAll(dialect: Dialect, op: Operation, context: CompileContext = NO_TABLES): string[] {
  return dialect.compile(op, context).map((s) => dialect.inline(s));
}

/** Rows for the inline-vs-parameterised comparison: every kind of value inline() renders. */
export const TRICKY_ROWS: Record<string, unknown>[] = [
  { id: 1, label: "plain", n: 42, big: 9007199254740993n, flag: true, data: { a: [1, "x"] }, bytes: Buffer.from([0, 1, 0xfe, 0xff]) },
  { id: 2, label: "it's a \\ backslash \"and\" ?question $1", n: -7.25, big: -1n, flag: false, data: [1, 2], bytes: Buffer.alloc(0) },
  { id: 3, label: "line\nbreak\ttab -- not a comment /* nor this */", n: 0, big: 0n, flag: null, data: null, bytes: null },
  { id: 4, label: "unicode ✓ ünï 😀", n: 1e-7, big: 123n, flag: true, data: '"a JSON string"' },
  { id: 5, label: null, n: null, big: null, when: new Date("2024-02-29T12:34:56.789Z") },
];

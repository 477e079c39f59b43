/**
 * Compare on the real-world parts of the IR, dialect-free: each one that
 * differs becomes the op that changes it (carrying what it replaces, so the
 * downgrade is its reverse), and nothing is reported when nothing differs,
 * whichever way a default is spelled (an absent field or its default value).
 */
import { describe, expect, it } from "vitest";
import { compareSchemas } from "../../src/autogenerate/compare.js";
import { summarise } from "../../src/autogenerate/summary.js";
import { structuralEquivalence } from "../../src/dialects/shared/equivalence.js";
import { reverseOperation } from "../../src/operations/reverse.js";
import { applyOperation } from "../../src/operations/apply.js";
import type { Operation } from "../../src/operations/operation.js";
import {
  bigint, check, exclude, foreignKey, index, integer, primaryKey, sql, text, timestamp, unique, varchar,
} from "../../src/schema/index.js";
import type { Schema, Table } from "../../src/schema/ir.js";
import { buildTable, type TableExtra, type TableOptions } from "../../src/schema/table.js";
import type { ColumnMap } from "../../src/schema/table.js";

const options = { compareType: true, compareServerDefault: true, equivalence: structuralEquivalence, enumTypes: true, batchAlterations: false };
const schema = (...tables: Table[]): Schema => ({ tables, enums: [] });
const compare = (db: Schema, models: Schema): Operation[] => compareSchemas(db, models, options);
const changes = (db: Schema, models: Schema): string[] => summarise(compare(db, models)).map((l) => `${l.sign} ${l.text}`);

const users = buildTable("users", { id: integer().primaryKey() });

function events(columns: ColumnMap = {}, extras: TableExtra[] = [], tableOptions: TableOptions = {}): Table {
  return buildTable("events", {
    id: bigint().primaryKey().autoIncrement(), user_id: integer(), title: varchar(100), during: text(), ...columns,
  }, extras, tableOptions);
}

/** The property every diff must have: applying the ops to A gives B, and applying their reverses in reverse order gives A again. */
function roundTrips(a: Schema, b: Schema): void {
  const ops = compare(a, b);
  const upgraded = ops.reduce(applyOperation, a);
  expect(compare(upgraded, b)).toEqual([]);
  const downgraded = [...ops].reverse().map(reverseOperation).reduce(applyOperation, upgraded);
  expect(compare(downgraded, a)).toEqual([]);
}

const cases: [string, Table, Table, string[]][] = [
  ["an index changes access method", events({}, [index("ix_title", ["title"])]), events({}, [index("ix_title", ["title"], { using: "gin" })]),
    ["- index ix_title on events", "+ index ix_title on events"]],
  ["an index key gains an operator class and DESC", events({}, [index("ix_title", ["title"])]),
    events({}, [index("ix_title", [{ column: "title", opclass: "text_pattern_ops", descending: true }])]),
    ["- index ix_title on events", "+ index ix_title on events"]],
  ["an expression key changes", events({}, [index("ix_lower", [sql`lower(title)`])]), events({}, [index("ix_lower", [sql`upper(title)`])]),
    ["- index ix_lower on events", "+ index ix_lower on events"]],
  ["INCLUDE, NULLS NOT DISTINCT and WITH", events({}, [index("ix_u", ["title"], { unique: true })]),
    events({}, [index("ix_u", ["title"], { unique: true, include: ["during"], nullsNotDistinct: true, with: "fillfactor=70" })]),
    ["- index ix_u on events", "+ index ix_u on events"]],
  ["a prefix length changes", events({}, [index("ix_p", [{ column: "title", length: 10 }])]), events({}, [index("ix_p", [{ column: "title", length: 20 }])]),
    ["- index ix_p on events", "+ index ix_p on events"]],
  ["a foreign key becomes DEFERRABLE", events({}, [foreignKey("fk_user", ["user_id"], "users", ["id"])]),
    events({}, [foreignKey("fk_user", ["user_id"], "users", ["id"], { deferrable: true, initially: "deferred" })]),
    ["- foreign key fk_user on events", "+ foreign key fk_user on events"]],
  ["a foreign key becomes MATCH FULL and NOT VALID", events({}, [foreignKey("fk_user", ["user_id"], "users", ["id"])]),
    events({}, [foreignKey("fk_user", ["user_id"], "users", ["id"], { match: "full", notValid: true })]),
    ["- foreign key fk_user on events", "+ foreign key fk_user on events"]],
  ["a unique constraint becomes deferrable", events({}, [unique("uq_title", ["title"])]), events({}, [unique("uq_title", ["title"], { deferrable: true })]),
    ["- unique uq_title on events", "+ unique uq_title on events"]],
  ["a check becomes NOT VALID", events({}, [check("ck", "id > 0")]), events({}, [check("ck", "id > 0", { notValid: true })]),
    ["- check ck on events", "+ check ck on events"]],
  ["an exclusion constraint is added", events(), events({}, [exclude("ex_during", "USING gist (during WITH &&)")]),
    ["+ constraint ex_during on events"]],
  ["the primary key becomes deferrable", buildTable("pairs", { a: integer(), b: integer() }, [primaryKey("pk", ["a", "b"])]),
    buildTable("pairs", { a: integer(), b: integer() }, [primaryKey("pk", ["a", "b"], { deferrable: true })]),
    ["- primary key pk on pairs", "+ primary key (a, b) on pairs"]],
  ["a column gains ON UPDATE CURRENT_TIMESTAMP", events({ at: timestamp() }), events({ at: timestamp().onUpdateNow() }),
    ["~ column events.at (onUpdate)"]],
  ["a column's collation and charset", events({ name: varchar(10) }), events({ name: varchar(10).collation("C").charset("latin1") }),
    ["~ column events.name (collation, charset)"]],
  ["a generated column's expression", events({ g: integer().generatedAlwaysAs("id + 1", { mode: "stored" }) }),
    events({ g: integer().generatedAlwaysAs("id + 2", { mode: "stored" }) }), ["~ column events.g (generated)"]],
  ["identity options change", events({ n: integer().generatedByDefaultAsIdentity() }),
    events({ n: integer().generatedAlwaysAsIdentity({ startWith: 100 }) }), ["~ column events.n (identity)"]],
  ["a type becomes unsigned", events({ n: integer() }), events({ n: integer().unsigned() }), ["~ column events.n (type)"]],
  ["table options change", events(), events({}, [], { unlogged: true, engine: "InnoDB" }), ["~ table events (options: engine, unlogged)"]],
];

describe("compare on real-world schema parts", () => {
  for (const [name, before, after, expected] of cases) {
    it(`${name}: detected, and reversible`, () => {
      const a = schema(users, before);
      const b = schema(users, after);
      expect(changes(a, b)).toEqual(expected);
      expect(changes(b, b)).toEqual([]);
      roundTrips(a, b);
    });
  }

  it("a plain BY DEFAULT identity is the default identity, written either way", () => {
    const a = schema(events({ n: integer().autoIncrement() }));
    const b = schema(events({ n: integer().generatedByDefaultAsIdentity() }));
    expect(changes(a, b)).toEqual([]);
  });

  it("a partition is added after its parent and dropped before it", () => {
    const parent = buildTable("m", { a: integer() }, [], { partitionBy: "LIST (a)" });
    const p1 = buildTable("m_1", {}, [], { partitionOf: { parent: "m", bound: "FOR VALUES IN (1)" } });
    const p2 = buildTable("m_2", {}, [], { partitionOf: { parent: "m", bound: "DEFAULT" } });
    // Listed partitions first: the order of creation must not follow the listing (tables by name, parents first).
    const created = compare(schema(), schema(p2, p1, parent)).map((op) => op.kind === "createTable" ? op.table.name : op.kind);
    expect(created).toEqual(["m", "m_1", "m_2"]);
    const dropped = compare(schema(parent, p1, p2), schema()).map((op) => op.kind === "dropTable" ? op.table.name : op.kind);
    expect(dropped.indexOf("m")).toBe(2);
    expect(changes(schema(parent, p1), schema(parent, p1, p2))).toEqual(["+ table m_2 (partition of m DEFAULT)"]);
  });
});

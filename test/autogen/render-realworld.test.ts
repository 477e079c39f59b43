/**
 * What production schemas hold survives rendering: every op autogenerate can
 * write for the IR's real-world fields (index keys and methods, deferrable
 * and NOT VALID keys, identity options, serial, generated columns, charsets,
 * ON UPDATE, exclusion constraints, table options, partitions) is rendered
 * to TypeScript, the file is loaded as a revision file is, and running its
 * upgrade() through the op API must give back exactly the same ops.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderOperations } from "../../src/autogenerate/render.js";
// The built loader: it answers "athanor/schema" with the built package, as for a user's revision file.
import { importUserModule } from "../../dist/loader/index.js";
import { createOp, type Op, type OperationSink } from "../../src/operations/facade.js";
import type { Operation } from "../../src/operations/operation.js";
import {
  bigint, check, constraint, exclude, foreignKey, index, integer, mediumint, numeric, primaryKey, serial, sql, text, timestamp,
  tinyint, unique, varchar,
} from "../../src/schema/index.js";
import { buildTable } from "../../src/schema/table.js";

const dir = mkdtempSync(join(tmpdir(), "athanor-render-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Renders the ops into a revision-like module, loads it, and records what its upgrade() asks of `op`. */
async function roundTrip(ops: readonly Operation[], name: string): Promise<{ replayed: unknown[]; source: string }> {
  const { lines, imports } = renderOperations(ops);
  const source = [
    'import type { Op } from "athanor";',
    imports.length ? `import { ${imports.join(", ")} } from "athanor/schema";` : "",
    "export async function upgrade(op: Op): Promise<void> {",
    ...lines.map((line) => `  ${line}`),
    "}",
    "",
  ].join("\n");
  const path = join(dir, `${name}.ts`);
  writeFileSync(path, source);
  const module = await importUserModule(path) as { upgrade(op: Op): Promise<void> };
  const replayed: Operation[] = [];
  const sink: OperationSink = { dialect: "postgresql", run: async (op) => { replayed.push(op); }, query: async () => [] };
  await module.upgrade(createOp(sink));
  return { replayed: plain(replayed), source };
}

const plain = (value: unknown): unknown[] => JSON.parse(JSON.stringify(value)) as unknown[];

const ref = { name: "events", schema: null };

describe("rendering the real-world parts of the IR", () => {
  it("a table with every new column, key, index and option comes back from its source unchanged", async () => {
    const table = buildTable("events", {
      id: bigint().generatedAlwaysAsIdentity({ startWith: 1000, increment: 5, cache: 20, cycle: true }).primaryKey(),
      seq: serial(),
      kind: tinyint().unsigned().notNull(),
      size: mediumint().unsigned(),
      price: numeric(10, 2).unsigned().default(sql`0.0`),
      title: varchar(200).collation("C").charset("utf8mb4"),
      slug: text().generatedAlwaysAs(sql`lower(title)`, { mode: "stored" }),
      updated_at: timestamp().onUpdateNow(),
      owner_id: integer().references("users.id", { deferrable: true, initially: "deferred", match: "full", notValid: true }),
      during: text(),
    }, [
      index("ix_events_title", [{ column: "title", opclass: "gin_trgm_ops" }], { using: "gin" }),
      index("ix_events_lower", [sql`lower(title)`, { column: "id", descending: true, nulls: "last" }, { column: "title", length: 20, collation: "C" }],
        { unique: true, where: "kind > 0", include: ["size"], nullsNotDistinct: true, with: "fillfactor=70" }),
      unique("uq_events_slug", ["slug"], { deferrable: true }),
      foreignKey("fk_events_kind", ["kind"], "kinds", ["id"], { onDelete: "cascade", deferrable: true, initially: "immediate" }),
      check("ck_events_size", "size > 0", { notValid: true }),
      exclude("ex_events_during", "USING gist (during WITH &&)"),
      constraint("ck_verbatim", "CHECK (kind < 10) NO INHERIT"),
    ], { unlogged: true, engine: "InnoDB", charset: "utf8mb4", collation: "utf8mb4_bin", partitionBy: "RANGE (id)", comment: "things that happen" });
    const ops: Operation[] = [{ kind: "createTable", table }];
    const { replayed, source } = await roundTrip(ops, "create");
    expect(replayed, source).toEqual(plain(ops));
    expect(source).toContain("serial()");
    expect(source).toContain('.generatedAlwaysAsIdentity({ startWith: 1000, increment: 5, cache: 20, cycle: true })');
  });

  it("a deferrable composite primary key, partitions and INHERITS", async () => {
    const parent = buildTable("m", { a: integer(), b: integer() }, [primaryKey("m_pkey", ["a", "b"], { deferrable: true, initially: "deferred" })],
      { partitionBy: "LIST (a)" });
    const partition = buildTable("m_1", {}, [], { partitionOf: { parent: "other.m", bound: "FOR VALUES IN (1)" } });
    const child = buildTable("c", { x: integer() }, [], { inherits: ["m", "other.base"], withoutRowid: true, strict: true });
    const ops: Operation[] = [{ kind: "createTable", table: parent }, { kind: "createTable", table: partition }, { kind: "createTable", table: child }];
    const { replayed, source } = await roundTrip(ops, "partitions");
    expect(replayed, source).toEqual(plain(ops));
  });

  it("table-level ops with their new options", async () => {
    const ops: Operation[] = [
      { kind: "createIndex", table: ref, concurrently: true, index: { name: "ix_brin", columns: ["id"], unique: false, where: null, using: "brin" } },
      { kind: "createUniqueConstraint", table: ref, unique: { name: "uq_x", columns: ["a", "b"], deferrable: "deferred", nullsNotDistinct: true } },
      { kind: "createPrimaryKey", table: ref, primaryKey: { name: "pk_x", columns: ["id"], deferrable: "immediate" } },
      { kind: "createForeignKey", table: ref, foreignKey: { name: "fk_x", columns: ["a"], refTable: "t", refSchema: "s", refColumns: ["id"],
        onDelete: null, onUpdate: "cascade", deferrable: "deferred", match: "full", notValid: true } },
      { kind: "createCheckConstraint", table: ref, check: { name: "ck_x", expression: "a > 0", notValid: true } },
      { kind: "createConstraint", table: ref, constraint: { name: "ex_x", definition: "EXCLUDE USING gist (a WITH =)" } },
      { kind: "dropConstraint", table: ref, name: "ex_x", type: "exclude", definition: null },
      { kind: "setTableOptions", table: ref, options: { engine: "MyISAM", charset: "latin1" }, existing: { engine: "InnoDB" } },
      { kind: "setTableOptions", table: { name: "p", schema: "s" }, options: {}, existing: { unlogged: true } },
      { kind: "alterColumn", table: ref, name: "id", changes: {
        identity: { generation: "always", start: "10" }, collation: "C", charset: null, onUpdate: "CURRENT_TIMESTAMP",
        generated: { expression: "a + 1", stored: true },
      }, existing: { identity: null, collation: null, charset: "utf8mb4", onUpdate: null, generated: null } },
    ];
    const { replayed, source } = await roundTrip(ops, "table-level");
    expect(replayed, source).toEqual(plain(ops));
  });

  it("an index key that is only a column is the column's name, in the DSL and in rendering", () => {
    const table = buildTable("t", { a: integer() }, [index("ix", [{ column: "a" }, sql`a + 1`])]);
    expect(table.indexes[0]!.columns).toEqual(["a", { expression: "a + 1" }]);
  });

  it("refuses what cannot be meant", () => {
    expect(() => index("ix", [{ column: "a", expression: "a" }])).toThrow(/one of the two/);
    expect(() => index("ix", [{ column: "a", length: 0 }])).toThrow(/prefix length/);
    expect(() => text().unsigned()).toThrow(/cannot be unsigned/);
    expect(() => unique("u", ["a"], { initially: "deferred" })).toThrow(/needs deferrable/);
    expect(() => integer().generatedAlwaysAsIdentity({ startWith: "ten" })).toThrow(/expected an integer/);
    expect(() => buildTable("t", { a: integer() }, [index("ix", ["b"])])).toThrow(/missing column "b"/);
    expect(() => buildTable("t", { a: integer() }, [index("ix", ["a"], { include: ["z"] })])).toThrow(/missing column "z"/);
  });
});

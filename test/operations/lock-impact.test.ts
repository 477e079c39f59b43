/**
 * The lock model, table-driven: one sample op of every kind (a Record over OperationKind, so a new kind fails
 * to compile here until it has a sample) through every dialect, then the facts that depend on op details.
 */
import { describe, expect, it } from "vitest";
import { mysqlDialect } from "../../src/dialects/mysql/index.js";
import { postgresqlDialect } from "../../src/dialects/postgresql/index.js";
import { sqliteDialect } from "../../src/dialects/sqlite/index.js";
import { lockCommenter } from "../../src/autogenerate/lock-comments.js";
import { renderOperations } from "../../src/autogenerate/render.js";
import { SEVERITIES, type LockImpact } from "../../src/operations/lock-impact.js";
import type { Column, Table } from "../../src/schema/ir.js";
import type { Operation, OperationKind, OperationOf, TableRef } from "../../src/operations/operation.js";

const users: TableRef = { name: "users", schema: null };
const col = (name: string, extra: Partial<Column> = {}): Column =>
  ({ name, type: { kind: "varchar", length: 50 }, nullable: true, default: null, autoIncrement: false, comment: null, ...extra });
const table: Table = { name: "users", schema: null, columns: [col("id")], primaryKey: null, indexes: [], uniques: [], foreignKeys: [],
  checks: [], comment: null, options: {} } as unknown as Table;
const fk = { name: "fk_org", columns: ["org_id"], refTable: "orgs", refSchema: null, refColumns: ["id"], onDelete: null, onUpdate: null };

const SAMPLES: { readonly [K in OperationKind]: OperationOf<K> } = {
  createTable: { kind: "createTable", table },
  dropTable: { kind: "dropTable", table: users, definition: null },
  renameTable: { kind: "renameTable", table: users, newName: "people" },
  addColumn: { kind: "addColumn", table: users, column: col("nick"), unique: null, foreignKey: null },
  dropColumn: { kind: "dropColumn", table: users, name: "nick", definition: null },
  createIndex: { kind: "createIndex", table: users, index: { name: "ix", columns: ["email"], unique: false, where: null }, concurrently: false },
  dropIndex: { kind: "dropIndex", table: users, name: "ix", definition: null },
  validateConstraint: { kind: "validateConstraint", table: users, name: "fk_org" },
  execute: { kind: "execute", sql: "UPDATE users SET x = 1", params: [] },
  bulkInsert: { kind: "bulkInsert", table: users, rows: [{ id: 1 }] },
  alterColumn: { kind: "alterColumn", table: users, name: "email", changes: { nullable: false }, existing: {} },
  createUniqueConstraint: { kind: "createUniqueConstraint", table: users, unique: { name: "uq", columns: ["email"] } },
  createForeignKey: { kind: "createForeignKey", table: users, foreignKey: fk },
  createCheckConstraint: { kind: "createCheckConstraint", table: users, check: { name: "ck", expression: "id > 0" } },
  createConstraint: { kind: "createConstraint", table: users, constraint: { name: "ex", definition: "EXCLUDE USING gist (r WITH &&)" } },
  createPrimaryKey: { kind: "createPrimaryKey", table: users, primaryKey: { name: "pk", columns: ["id"] } },
  dropConstraint: { kind: "dropConstraint", table: users, name: "uq", type: "unique", definition: null },
  setTableComment: { kind: "setTableComment", table: users, comment: "people", existing: null },
  setTableOptions: { kind: "setTableOptions", table: users, options: { engine: "MyISAM" }, existing: { engine: "InnoDB" } },
  createEnum: { kind: "createEnum", enum: { name: "mood", schema: null, values: ["a"] } },
  dropEnum: { kind: "dropEnum", name: "mood", schema: null, definition: null },
  addEnumValue: { kind: "addEnumValue", name: "mood", schema: null, value: "b", before: null, after: null },
  dropEnumValue: { kind: "dropEnumValue", name: "mood", schema: null, value: "b" },
  batchAlterTable: { kind: "batchAlterTable", table: users, recreate: "auto",
    ops: [{ kind: "alterColumn", table: users, name: "email", changes: { type: { kind: "text" } }, existing: { type: { kind: "varchar", length: 50 } } }] },
};

const DIALECTS = [postgresqlDialect, mysqlDialect, sqliteDialect];

describe("lock model: every op kind on every dialect", () => {
  for (const dialect of DIALECTS) {
    for (const [kind, op] of Object.entries(SAMPLES) as [OperationKind, Operation][]) {
      it(`${dialect.name} ${kind}`, () => {
        const impacts = dialect.lockImpact(op);
        expect(impacts.length).toBeGreaterThan(0);
        for (const i of impacts) {
          expect(SEVERITIES).toContain(i.severity);
          expect(typeof i.lock).toBe("string");
          // A blocking impact blocks something for as long as it works on the table.
          if (i.severity === "blocking") expect((i.blocksWrites || i.blocksReads) && (i.rewrites || i.scans)).toBe(true);
        }
      });
    }
  }
});

const one = (impacts: LockImpact[]): LockImpact => impacts[0]!;
const pg = (op: Operation, version?: string): LockImpact[] => postgresqlDialect.lockImpact(op, version);
const my = (op: Operation, version?: string): LockImpact[] => mysqlDialect.lockImpact(op, version);

describe("lock model: facts that depend on the op", () => {
  it("PostgreSQL createIndex: SHARE blocks writes; CONCURRENTLY does not", () => {
    expect(one(pg(SAMPLES.createIndex))).toMatchObject({ lock: "SHARE", scans: true, blocksWrites: true, blocksReads: false, severity: "blocking" });
    expect(one(pg({ ...SAMPLES.createIndex, concurrently: true }))).toMatchObject({ lock: "SHARE UPDATE EXCLUSIVE", blocksWrites: false, severity: "info" });
  });

  it("PostgreSQL addColumn: a constant default is free on 11+, a volatile one rewrites", () => {
    const withDefault = (d: Column["default"]): Operation => ({ ...SAMPLES.addColumn, column: col("c", { default: d }) });
    expect(one(pg(withDefault({ kind: "literal", value: "x" }), "16.2"))).toMatchObject({ rewrites: false, severity: "warning" });
    expect(one(pg(withDefault({ kind: "literal", value: "x" }), "10.23"))).toMatchObject({ rewrites: true, severity: "blocking" });
    expect(one(pg(withDefault({ kind: "sql", sql: "gen_random_uuid()" })))).toMatchObject({ rewrites: true, severity: "blocking" });
    expect(one(pg(withDefault({ kind: "sql", sql: "now()" })))).toMatchObject({ rewrites: false });
  });

  it("PostgreSQL alterColumn type: binary-coercible changes do not rewrite", () => {
    const alter = (from: Column["type"] | undefined, to: Column["type"]): Operation =>
      ({ ...SAMPLES.alterColumn, changes: { type: to }, existing: from ? { type: from } : {} });
    expect(one(pg(alter({ kind: "varchar", length: 50 }, { kind: "varchar", length: 100 }))).rewrites).toBe(false);
    expect(one(pg(alter({ kind: "varchar", length: 50 }, { kind: "text" }))).rewrites).toBe(false);
    expect(one(pg(alter({ kind: "varchar", length: 100 }, { kind: "varchar", length: 50 }))).rewrites).toBe(true);
    expect(one(pg(alter({ kind: "integer" }, { kind: "bigint" })))).toMatchObject({ rewrites: true, severity: "blocking", lock: "ACCESS EXCLUSIVE" });
    expect(one(pg(alter(undefined, { kind: "text" }))).rewrites).toBe(true);
  });

  it("PostgreSQL SET NOT NULL scans; foreign keys and checks scan unless NOT VALID", () => {
    expect(one(pg(SAMPLES.alterColumn))).toMatchObject({ scans: true, severity: "blocking" });
    const fks = pg(SAMPLES.createForeignKey);
    expect(fks.map((i) => [i.table?.name, i.lock, i.scans])).toEqual([["users", "SHARE ROW EXCLUSIVE", true], ["orgs", "SHARE ROW EXCLUSIVE", true]]);
    expect(pg({ ...SAMPLES.createForeignKey, foreignKey: { ...fk, notValid: true } }).every((i) => !i.scans && i.severity === "warning")).toBe(true);
    expect(one(pg(SAMPLES.createCheckConstraint)).severity).toBe("blocking");
    expect(one(pg({ ...SAMPLES.createCheckConstraint, check: { name: "ck", expression: "id > 0", notValid: true } })).severity).toBe("warning");
  });

  it("MySQL/MariaDB: the algorithm follows the server version", () => {
    expect(one(my(SAMPLES.addColumn, "8.0.35"))).toMatchObject({ algorithm: "INSTANT", severity: "info" });
    expect(one(my(SAMPLES.addColumn, "8.0.11"))).toMatchObject({ algorithm: "INPLACE", rewrites: true, blocksWrites: false, severity: "warning" });
    expect(one(my(SAMPLES.addColumn, "10.11.6-MariaDB"))).toMatchObject({ algorithm: "INSTANT" });
    expect(one(my(SAMPLES.dropColumn, "8.0.28"))).toMatchObject({ algorithm: "INPLACE", rewrites: true });
    expect(one(my(SAMPLES.dropColumn, "10.6.16-MariaDB"))).toMatchObject({ algorithm: "INSTANT" });
    expect(one(my(SAMPLES.createIndex))).toMatchObject({ algorithm: "INPLACE", lock: "LOCK=NONE", blocksWrites: false, severity: "info" });
    const fulltext = { ...SAMPLES.createIndex, index: { ...SAMPLES.createIndex.index, using: "fulltext" } };
    expect(one(my(fulltext))).toMatchObject({ lock: "LOCK=SHARED", blocksWrites: true, severity: "blocking" });
    expect(one(my(SAMPLES.createForeignKey))).toMatchObject({ algorithm: "COPY", severity: "blocking" });
    const widen = (to: number): Operation => ({ ...SAMPLES.alterColumn, changes: { type: { kind: "varchar", length: to } },
      existing: { type: { kind: "varchar", length: 50 } } });
    expect(one(my(widen(60)))).toMatchObject({ algorithm: "INPLACE", rewrites: false });
    expect(one(my(widen(100)))).toMatchObject({ algorithm: "COPY", blocksWrites: true });
    expect(one(my(SAMPLES.setTableOptions))).toMatchObject({ algorithm: "COPY" });
  });

  it("SQLite: rebuilds and index builds hold the write lock while they copy or read the table", () => {
    expect(one(sqliteDialect.lockImpact(SAMPLES.alterColumn))).toMatchObject({ rewrites: true, severity: "blocking" });
    expect(one(sqliteDialect.lockImpact(SAMPLES.createIndex))).toMatchObject({ scans: true, blocksWrites: true, severity: "blocking" });
    expect(one(sqliteDialect.lockImpact(SAMPLES.addColumn))).toMatchObject({ rewrites: false, severity: "warning" });
    expect(sqliteDialect.lockImpact(SAMPLES.batchAlterTable)).toHaveLength(1);
  });
});

describe("// LOCK: comments", () => {
  it("stand above ops that block or rewrite, with the row estimate when known", () => {
    const ops: Operation[] = [SAMPLES.createIndex, { ...SAMPLES.createIndex, concurrently: true }, SAMPLES.dropColumn];
    const facts = { serverVersion: "16.2", rows: new Map([["users", 1_200_000]]), estimated: true };
    const { lines } = renderOperations(ops, { lockComments: lockCommenter(postgresqlDialect, facts) });
    expect(lines[0]).toBe("// LOCK: SHARE on users (~1.2M rows), scans the table: blocks writes "
      + "(use concurrently: true (in a revision with transactional = false) to build without blocking writes)");
    expect(lines[1]).toMatch(/^await op\.createIndex\("ix", "users"/);
    expect(lines.filter((l) => l.startsWith("// LOCK:"))).toHaveLength(1);
    const rewrite: Operation = { ...SAMPLES.alterColumn, changes: { type: { kind: "bigint" } }, existing: { type: { kind: "integer" } } };
    expect(renderOperations([rewrite], { lockComments: lockCommenter(postgresqlDialect, null) }).lines[0])
      .toBe("// LOCK: ACCESS EXCLUSIVE on users, rewrites the table: blocks reads and writes (rewrites the table and rebuilds its indexes)");
  });
});

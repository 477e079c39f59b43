/**
 * `--online` without a server: how each dialect's onlinePlan splits ops into steps and rewrites them (PostgreSQL:
 * CONCURRENTLY, NOT VALID then VALIDATE in a later step, SET NOT NULL through a validated check; refusals naming
 * the op, its table and why; SQLite: unchanged), what the new op forms compile to, their reverses, and how a
 * step that runs outside a transaction is written into its revision file.
 */
import { describe, expect, it } from "vitest";
import { getDialect } from "../../src/dialects/index.js";
import type { LockFacts } from "../../src/dialects/lock-facts.js";
import { UnsupportedOperationError } from "../../src/errors.js";
import type { Operation } from "../../src/operations/operation.js";
import { reverseOperation } from "../../src/operations/reverse.js";
import { renderOperations } from "../../src/autogenerate/render.js";
import { renderRevision } from "../../src/script/render-revision.js";
import { parseRevisionSource } from "../../src/script/revision.js";
import * as t from "../../src/schema/builders.js";
import { buildTable } from "../../src/schema/table.js";
import type { ColumnBuilder } from "../../src/schema/column.js";
import { compileAll, NO_TABLES, ref } from "../dialects/fixtures.js";

const pg = getDialect("postgresql");
const lite = getDialect("sqlite");
const my = getDialect("mysql");

const facts = (rows: Record<string, number | null> = {}, serverVersion = "15.4"): LockFacts =>
  ({ serverVersion, rows: new Map(Object.entries(rows)), estimated: true });

const users = ref("users");
const fk = { name: "fk_users_org", columns: ["org_id"], refTable: "orgs", refSchema: null, refColumns: ["id"], onDelete: null, onUpdate: null };
const createIndex: Operation = { kind: "createIndex", table: users, index: { name: "ix_users_email", columns: ["email"], unique: false, where: null },
  concurrently: false };
const dropIndex: Operation = { kind: "dropIndex", table: users, name: "ix_old", definition: { name: "ix_old", columns: ["nick"], unique: false, where: null } };
const addFk: Operation = { kind: "createForeignKey", table: users, foreignKey: fk };
const setNotNull: Operation = { kind: "alterColumn", table: users, name: "email", changes: { nullable: false },
  existing: { nullable: true, type: { kind: "varchar", length: 100 } } };

function addColumn(name: string, builder: ColumnBuilder): Operation {
  const built = buildTable("users", { [name]: builder });
  return { kind: "addColumn", table: users, column: built.columns[0]!, unique: built.uniques[0] ?? null, foreignKey: built.foreignKeys[0] ?? null };
}

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UnsupportedOperationError);
    return (error as Error).message;
  }
  throw new Error("expected an UnsupportedOperationError");
}

const kinds = (ops: readonly Operation[]): string[] => ops.map((op) => op.kind);

describe("PostgreSQL onlinePlan", () => {
  it("builds and drops indexes concurrently, outside a transaction: drops first, builds last", () => {
    const add: Operation = addColumn("nick", t.text());
    const steps = pg.onlinePlan([dropIndex, add, createIndex], facts({ users: 1000 }));
    expect(steps.map((s) => [s.transactional, kinds(s.ops)])).toEqual([
      [false, ["dropIndex"]], [true, ["addColumn"]], [false, ["createIndex"]]]);
    expect(steps[0]!.ops[0]).toMatchObject({ concurrently: true });
    expect(steps[2]!.ops[0]).toMatchObject({ concurrently: true });
  });

  it("adds a foreign key NOT VALID and validates it in a later step, never in the ADD's transaction", () => {
    const steps = pg.onlinePlan([addFk], facts({ users: 1000 }));
    expect(steps.map((s) => s.transactional)).toEqual([true, false]);
    expect(steps[0]!.ops).toEqual([{ ...addFk, foreignKey: { ...fk, notValid: true } }]);
    expect(steps[1]!.ops).toEqual([{ kind: "validateConstraint", table: users, name: "fk_users_org" }]);
    // An unnamed key gets the name PostgreSQL would give it, so that it can be validated by name.
    const unnamed = pg.onlinePlan([{ ...addFk, foreignKey: { ...fk, name: null } }], facts());
    expect(unnamed[1]!.ops[0]).toMatchObject({ name: "users_org_id_fkey" });
    const checks = pg.onlinePlan([1, 2].map((n): Operation => ({ kind: "createCheckConstraint", table: users,
      check: { name: null, expression: `a > ${n}` } })), facts());
    expect(checks[1]!.ops.map((op) => (op as { name: string }).name)).toEqual(["users_check", "users_check1"]);
  });

  it("splits a column's foreign key off addColumn; checks go NOT VALID too", () => {
    const steps = pg.onlinePlan([addColumn("org_id", t.integer().references("orgs.id")),
      { kind: "createCheckConstraint", table: users, check: { name: "ck_age", expression: "age > 0" } }], facts({ users: 10 }));
    expect(steps.map((s) => kinds(s.ops))).toEqual([["addColumn", "createForeignKey", "createCheckConstraint"],
      ["validateConstraint", "validateConstraint"]]);
    expect(steps[0]!.ops[0]).toMatchObject({ foreignKey: null });
    expect(steps[0]!.ops[1]).toMatchObject({ foreignKey: { notValid: true } });
    expect(steps[0]!.ops[2]).toMatchObject({ check: { name: "ck_age", notValid: true } });
  });

  it("sets NOT NULL through a validated check, dropped afterwards", () => {
    const steps = pg.onlinePlan([setNotNull], facts({ users: 1000 }));
    expect(steps.map((s) => [s.transactional, kinds(s.ops)])).toEqual([
      [true, ["createCheckConstraint"]], [false, ["validateConstraint", "alterColumn", "dropConstraint"]]]);
    expect(steps[0]!.ops[0]).toMatchObject({ check: { name: "users_email_not_null_check", expression: '"email" IS NOT NULL', notValid: true } });
    const setOp = steps[1]!.ops[1]!;
    expect(setOp).toMatchObject({ changes: { nullable: false }, existing: { nullable: true, notNullCheck: "users_email_not_null_check" } });
    // The lock report knows the check spares the scan: a brief lock, not a blocking one.
    expect(pg.lockImpact(setOp, "15.4").map((i) => i.severity)).toEqual(["warning"]);
    expect(pg.lockImpact(setNotNull, "15.4").map((i) => i.severity)).toEqual(["blocking"]);
    expect(refusal(() => pg.onlinePlan([setNotNull], facts({}, "11.9")))).toMatch(/alterColumn users\.email.*before PostgreSQL 12/);
  });

  it("refuses what would block writes, naming the op, the table and why", () => {
    const retype: Operation = { kind: "alterColumn", table: users, name: "n", changes: { type: { kind: "bigint" } }, existing: { type: { kind: "integer" } } };
    expect(refusal(() => pg.onlinePlan([retype], facts()))).toMatch(
      /^--online: alterColumn users\.n \(type\) cannot run on postgresql without blocking writes: .*rewrites the table.*expand\/contract/);
    const unique: Operation = { kind: "createUniqueConstraint", table: users, unique: { name: "uq_email", columns: ["email"] } };
    expect(refusal(() => pg.onlinePlan([unique], facts()))).toMatch(/createUniqueConstraint uq_email on users/);
    // A type change the lock report knows does not rewrite passes.
    const widen: Operation = { kind: "alterColumn", table: users, name: "s", changes: { type: { kind: "varchar", length: 200 } },
      existing: { type: { kind: "varchar", length: 100 } } };
    expect(pg.onlinePlan([widen], facts())).toEqual([{ transactional: true, ops: [widen] }]);
  });

  it("a NOT NULL column: with a constant default it is a catalog change; without one only an empty table takes it", () => {
    const withDefault = addColumn("score", t.integer().notNull().default(0));
    expect(pg.onlinePlan([withDefault], facts({ users: 5000 }))).toEqual([{ transactional: true, ops: [withDefault] }]);
    const bare = addColumn("score", t.integer().notNull());
    expect(refusal(() => pg.onlinePlan([bare], facts({ users: 5000 })))).toMatch(/NOT NULL without a default and users has rows/);
    expect(pg.onlinePlan([bare], facts({ users: 0 }))).toHaveLength(1);
  });

  it("leaves ops on tables created by the same ops as they are", () => {
    const table = buildTable("fresh", { id: t.integer().primaryKey(), org_id: t.integer().references("orgs.id") });
    const ops: Operation[] = [{ kind: "createTable", table },
      { ...createIndex, table: ref("fresh") }, { ...addFk, table: ref("fresh") }, { ...setNotNull, table: ref("fresh") }];
    expect(pg.onlinePlan(ops, facts())).toEqual([{ transactional: true, ops }]);
  });
});

describe("other dialects and the op forms", () => {
  it("SQLite: --online changes nothing", () => {
    const ops = [createIndex, addFk, setNotNull];
    expect(lite.onlinePlan(ops, facts())).toEqual([{ transactional: true, ops }]);
  });

  it("dropIndex { concurrently } and validateConstraint compile on PostgreSQL, and are ignored / nothing elsewhere", () => {
    const drop: Operation = { ...dropIndex, concurrently: true } as Operation;
    const validate: Operation = { kind: "validateConstraint", table: users, name: "fk_users_org" };
    const all = (dialect: typeof pg, ops: Operation[]): string[] => ops.flatMap((op) => compileAll(dialect, op, NO_TABLES));
    expect(all(pg, [drop, validate])).toEqual(['DROP INDEX CONCURRENTLY "ix_old"', 'ALTER TABLE "users" VALIDATE CONSTRAINT "fk_users_org"']);
    expect(all(lite, [drop, validate])).toEqual(['DROP INDEX "ix_old"']);
    expect(all(my, [validate])).toEqual([]);
  });

  it("reverses: a concurrent build by a concurrent drop; a validation by itself (it cannot be undone, and need not be)", () => {
    expect(reverseOperation({ ...createIndex, concurrently: true } as Operation)).toMatchObject({ kind: "dropIndex", concurrently: true });
    expect(reverseOperation({ ...dropIndex, concurrently: true } as Operation)).toMatchObject({ kind: "createIndex", concurrently: true });
    const validate: Operation = { kind: "validateConstraint", table: users, name: "fk_users_org" };
    expect(reverseOperation(validate)).toEqual(validate);
  });

  it("renders the forms and writes `transactional = false` into the revision's header", () => {
    const steps = pg.onlinePlan([dropIndex, setNotNull], facts());
    expect(renderOperations(steps[0]!.ops).lines).toEqual(['await op.dropIndex("ix_old", "users", { concurrently: true });']);
    expect(renderOperations(steps[2]!.ops).lines.filter((l) => !l.startsWith("//"))).toEqual([
      'await op.validateConstraint("users_email_not_null_check", "users");',
      'await op.alterColumn("users", "email", { nullable: false, existingType: varchar(100), existingNullable: true, existingNotNullCheck: "users_email_not_null_check" });',
      'await op.dropConstraint("users_email_not_null_check", "users", "check");',
    ]);
    const template = 'export const revision = {{revisionLiteral}};\nexport const downRevision = {{downRevision}};\n'
      + "export const branchLabels: string[] = {{branchLabels}};\nexport const dependsOn: string[] = {{dependsOn}};\n"
      + "export async function upgrade(op) {\n{{upgrade}}\n}\nexport async function downgrade(op) {\n{{downgrade}}\n}\n";
    const rev = { revision: "abc", message: "m", downRevisions: [], branchLabels: [], dependsOn: [], createDate: new Date(0),
      imports: [], upgrade: [], downgrade: [] };
    expect(parseRevisionSource(renderRevision(template, "t", { ...rev, transactional: false }), "x.ts").transactional).toBe(false);
    expect(parseRevisionSource(renderRevision(template, "t", rev), "x.ts").transactional).toBe(true);
  });
});

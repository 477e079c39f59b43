import { describe, expect, it } from "vitest";
import { applyOperation } from "../../src/operations/apply.js";
import { createOp, type OperationSink } from "../../src/operations/facade.js";
import type { Operation } from "../../src/operations/operation.js";
import { reverseOperation } from "../../src/operations/reverse.js";
import { integer, varchar, text, sql } from "../../src/schema/index.js";
import type { Schema } from "../../src/schema/ir.js";

function recorder(): { ops: Operation[]; op: ReturnType<typeof createOp> } {
  const ops: Operation[] = [];
  const sink: OperationSink = {
    dialect: "postgresql",
    run: async (op) => { ops.push(op); },
    query: async () => [],
  };
  return { ops, op: createOp(sink) };
}

const empty: Schema = { tables: [], enums: [] };

describe("op facade", () => {
  it("builds frozen data for every call", async () => {
    const { ops, op } = recorder();
    await op.createTable("users", { id: integer().primaryKey(), email: varchar(100).notNull() });
    await op.alterColumn("users", "email", { type: varchar(200), nullable: true, existingType: varchar(100), existingNullable: false });
    await op.createUniqueConstraint("uq_email", "users", ["email"]);
    await op.createForeignKey("fk_x", "posts", "users", ["user_id"], ["id"], { onDelete: "CASCADE" });
    await op.dropConstraint("uq_email", "users", "unique");
    await op.addEnumValue("mood", "ok", { after: "happy" });
    await op.batchAlterTable("users", async (batch) => {
      await batch.addColumn("bio", text());
      await batch.dropColumn("email");
    }, { recreate: "always" });
    expect(ops.map((o) => o.kind)).toEqual([
      "createTable", "alterColumn", "createUniqueConstraint", "createForeignKey", "dropConstraint", "addEnumValue", "batchAlterTable",
    ]);
    for (const o of ops) expect(Object.isFrozen(o)).toBe(true);
    const fk = ops[3]!;
    expect(fk.kind === "createForeignKey" && fk.foreignKey.onDelete).toBe("cascade");
    const batch = ops[6]!;
    expect(batch.kind === "batchAlterTable" && batch.ops.map((o) => o.kind)).toEqual(["addColumn", "dropColumn"]);
  });

  it("rejects calls that cannot make sense", async () => {
    const { op } = recorder();
    await expect(op.alterColumn("t", "c", {})).rejects.toThrow(/nothing to change/);
    await expect(op.dropConstraint("x", "t", "bogus" as never)).rejects.toThrow(/type must be one of/);
    await expect(op.createForeignKey("f", "t", "u", ["a", "b"], ["id"])).rejects.toThrow(/2 columns but 1/);
    await expect(op.addColumn("t", "id", integer().primaryKey())).rejects.toThrow(/primary key/);
  });
});

describe("reverse and apply", () => {
  it("alterColumn reverses to the existing values and applying both restores the schema", async () => {
    const { ops, op } = recorder();
    await op.createTable("t", { id: integer().primaryKey(), name: varchar(10).default("x") });
    await op.alterColumn("t", "name", {
      type: varchar(20), nullable: false, default: sql`'y'`, newName: "title",
      existingType: varchar(10), existingNullable: true, existingDefault: "x",
    });
    const created = applyOperation(empty, ops[0]!);
    const altered = applyOperation(created, ops[1]!);
    const column = altered.tables[0]!.columns[1]!;
    expect(column).toMatchObject({ name: "title", type: { kind: "varchar", length: 20 }, nullable: false, default: { kind: "sql", sql: "'y'" } });
    const restored = applyOperation(altered, reverseOperation(ops[1]!));
    expect(restored).toEqual(created);
  });

  it("an alter without the existing value it replaces is not reversible", async () => {
    const { ops, op } = recorder();
    await op.alterColumn("t", "c", { nullable: false });
    expect(() => reverseOperation(ops[0]!)).toThrow(/cannot be reversed/);
  });

  it("constraint creates reverse to drops that carry the definition, and back", async () => {
    const { ops, op } = recorder();
    await op.createCheckConstraint("ck_pos", "t", "a > 0");
    const drop = reverseOperation(ops[0]!);
    expect(drop).toMatchObject({ kind: "dropConstraint", type: "check", name: "ck_pos" });
    expect(reverseOperation(drop)).toEqual(ops[0]);
  });

  it("a batch reverses its ops in reverse order", async () => {
    const { ops, op } = recorder();
    await op.batchAlterTable("t", async (b) => {
      await b.addColumn("a", integer());
      await b.createIndex("ix_a", ["a"]);
    });
    const reversed = reverseOperation(ops[0]!);
    expect(reversed.kind === "batchAlterTable" && reversed.ops.map((o) => o.kind)).toEqual(["dropIndex", "dropColumn"]);
  });

  it("enum values are inserted where asked", async () => {
    const { ops, op } = recorder();
    await op.createEnum("mood", ["happy", "sad"]);
    await op.addEnumValue("mood", "ok", { before: "sad" });
    const schema = ops.reduce(applyOperation, empty);
    expect(schema.enums[0]!.values).toEqual(["happy", "ok", "sad"]);
    expect(reverseOperation(ops[1]!)).toMatchObject({ kind: "dropEnumValue", value: "ok" });
  });
});

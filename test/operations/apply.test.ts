/** applyToTable / applyOperation: what dropping and renaming a column does to the rest of a table's IR. */
import { describe, expect, it } from "vitest";
import { applyAlterations } from "../../src/dialects/sqlite/alterations.js";
import { applyOperation, applyToTable, mentionsIdentifier, renameIdentifier } from "../../src/operations/apply.js";
import type { AlterColumnOp, DropColumnOp, TableAlteration } from "../../src/operations/operation.js";
import * as t from "../../src/schema/builders.js";
import type { Table } from "../../src/schema/ir.js";
import { buildTable, check, foreignKey, index, primaryKey, unique } from "../../src/schema/table.js";

const T = { name: "orders", schema: null };

/** Every kind of dependent, each using one column in a different way. */
const orders = (): Table => buildTable("orders", {
  region: t.integer().notNull(),
  num: t.integer().notNull(),
  qty: t.integer().notNull(),
  qty_max: t.integer(),
  note: t.text(),
  customer: t.integer(),
}, [
  primaryKey("pk_orders", ["region", "num"]),
  index("ix_qty_note", ["qty", "note"]),
  index("ix_note_big", ["note"], { where: "QTY > 10" }),
  index("ix_note_max", ["note"], { where: "qty_max > 10 AND note <> 'qty'" }),
  unique("uq_num_qty", ["num", "qty"]),
  unique("uq_note", ["note"]),
  foreignKey("fk_customer_qty", ["customer", "qty"], "customers", ["id", "level"]),
  foreignKey("fk_customer", ["customer"], "customers", ["id"]),
  check("ck_qty", '"qty" >= 0'),
  check("ck_qty_max", "qty_max IS NULL OR qty_max < 100 -- qty is checked elsewhere"),
  check("ck_note", "note <> 'qty' /* not qty */"),
]);

const drop = (name: string): DropColumnOp => ({ kind: "dropColumn", table: T, name, definition: null });
const rename = (name: string, newName: string): AlterColumnOp => ({ kind: "alterColumn", table: T, name, changes: { newName }, existing: {} });
const names = (items: readonly { name: string | null }[]): (string | null)[] => items.map((i) => i.name);

describe("applyToTable: dropColumn", () => {
  it("drops the indexes, uniques, foreign keys and checks that use the column, and nothing else", () => {
    const after = applyToTable(orders(), drop("qty"));
    expect(after.columns.map((c) => c.name)).toEqual(["region", "num", "qty_max", "note", "customer"]);
    expect(after.primaryKey).toEqual({ name: "pk_orders", columns: ["region", "num"] });
    // ix_qty_note by its columns, ix_note_big by its WHERE (a bare name in another case); a longer name or a string is no use.
    expect(names(after.indexes)).toEqual(["ix_note_max"]);
    expect(names(after.uniques)).toEqual(["uq_note"]);
    expect(names(after.foreignKeys)).toEqual(["fk_customer"]);
    // ck_qty names it quoted; ck_qty_max only in a comment, ck_note only in a string and a comment.
    expect(names(after.checks)).toEqual(["ck_qty_max", "ck_note"]);
  });

  it("drops the primary key with any of its columns", () => {
    const after = applyToTable(orders(), drop("num"));
    expect(after.primaryKey).toBeNull();
    expect(names(after.uniques)).toEqual(["uq_note"]);
    expect(names(after.indexes)).toEqual(["ix_qty_note", "ix_note_big", "ix_note_max"]);
    expect(names(after.checks)).toEqual(["ck_qty", "ck_qty_max", "ck_note"]);
  });

  it("leaves the table as the SQLite rebuild leaves it", () => {
    const refuse = (reason: string): never => { throw new Error(reason); };
    for (const column of ["region", "num", "qty", "qty_max", "note", "customer"]) {
      expect(applyToTable(orders(), drop(column))).toEqual(applyAlterations(orders(), [drop(column)], refuse).table);
    }
  });

  it("applies through applyOperation, alone and in a batch", () => {
    const schema = { tables: [orders()], enums: [] };
    const alone = applyOperation(schema, drop("note"));
    expect(names(alone.tables[0]!.indexes)).toEqual([]);
    expect(names(alone.tables[0]!.checks)).toEqual(["ck_qty", "ck_qty_max"]);
    const batch = applyOperation(schema, { kind: "batchAlterTable", table: T, ops: [drop("qty"), drop("note")], recreate: "auto" });
    expect(batch.tables[0]).toEqual(applyToTable(applyToTable(orders(), drop("qty")), drop("note")));
    expect(names(batch.tables[0]!.indexes)).toEqual([]);
    expect(names(batch.tables[0]!.checks)).toEqual(["ck_qty_max"]);
  });
});

describe("applyToTable: renaming a column (alterColumn newName)", () => {
  it("renames it in key and index column lists, CHECK expressions and index WHERE text", () => {
    const after = applyToTable(orders(), rename("qty", "amount"));
    expect(after.columns.map((c) => c.name)).toEqual(["region", "num", "amount", "qty_max", "note", "customer"]);
    expect(after.indexes).toEqual([
      { name: "ix_qty_note", columns: ["amount", "note"], unique: false, where: null },
      { name: "ix_note_big", columns: ["note"], unique: false, where: "amount > 10" },
      { name: "ix_note_max", columns: ["note"], unique: false, where: "qty_max > 10 AND note <> 'qty'" },
    ]);
    expect(after.uniques.map((u) => u.columns)).toEqual([["num", "amount"], ["note"]]);
    expect(after.foreignKeys.map((f) => f.columns)).toEqual([["customer", "amount"], ["customer"]]);
    expect(after.checks).toEqual([
      { name: "ck_qty", expression: '"amount" >= 0' },
      { name: "ck_qty_max", expression: "qty_max IS NULL OR qty_max < 100 -- qty is checked elsewhere" },
      { name: "ck_note", expression: "note <> 'qty' /* not qty */" },
    ]);
  });

  it("renames a primary key column, and renaming back restores the table", () => {
    const after = applyToTable(orders(), rename("num", "number"));
    expect(after.primaryKey).toEqual({ name: "pk_orders", columns: ["region", "number"] });
    expect(applyToTable(after, rename("number", "num"))).toEqual(orders());
  });

  it("quotes a new name that needs it, keeping the quote character the expression used", () => {
    const table = buildTable("t", { qty: t.integer(), other: t.integer() }, [
      check("ck", "qty > 0 AND `qty` < 10 AND \"qty\" <> 5 AND \"Qty\" IS NULL AND abs(qty) < 3"),
      index("ix", ["other"], { where: "qty IS NOT NULL" }),
    ]);
    const after = applyToTable(table, rename("qty", 'Big "Q"'));
    // A quoted name is matched exactly: "Qty" is another column (PostgreSQL).
    expect(after.checks[0]!.expression).toBe('"Big ""Q""" > 0 AND `Big "Q"` < 10 AND "Big ""Q""" <> 5 AND "Qty" IS NULL AND abs("Big ""Q""") < 3');
    expect(after.indexes[0]!.where).toBe('"Big ""Q""" IS NOT NULL');
  });

  it("leaves alone a function, a string, a comment or a longer word spelt like the column", () => {
    const table = buildTable("t", { lower: t.text(), name: t.text() }, [
      check("ck", "lower(name) = lower AND lower <> 'lower' AND lower_bound IS NULL /* lower */ AND x.lower IS NULL"),
    ]);
    const after = applyToTable(table, rename("lower", "folded"));
    expect(after.checks[0]!.expression).toBe("lower(name) = folded AND folded <> 'lower' AND lower_bound IS NULL /* lower */ AND x.folded IS NULL");
    // Renaming another column does not touch the expression's other names.
    expect(applyToTable(table, rename("name", "title")).checks[0]!.expression)
      .toBe("lower(title) = lower AND lower <> 'lower' AND lower_bound IS NULL /* lower */ AND x.lower IS NULL");
  });

  it("changes nothing but the column when the name stays", () => {
    const op: TableAlteration = { kind: "alterColumn", table: T, name: "qty", changes: { nullable: true }, existing: {} };
    const after = applyToTable(orders(), op);
    expect(after.columns.find((c) => c.name === "qty")!.nullable).toBe(true);
    expect({ ...after, columns: orders().columns }).toEqual(orders());
  });
});

describe("identifiers in SQL text", () => {
  it("are found outside strings, comments and numbers, quoted or bare", () => {
    expect(mentionsIdentifier("a > 1e5", "e5")).toBe(false);
    expect(mentionsIdentifier("a > 0x1F", "x1F")).toBe(false);
    expect(mentionsIdentifier("'it''s qty' = b", "qty")).toBe(false);
    expect(mentionsIdentifier("'it''s' = qty", "qty")).toBe(true);
    expect(mentionsIdentifier('"a""b" > 0', 'a"b')).toBe(true);
    expect(mentionsIdentifier("`a``b` > 0", "a`b")).toBe(true);
    expect(mentionsIdentifier("-- qty\nb > 0", "qty")).toBe(false);
    expect(mentionsIdentifier("count (qty)", "count")).toBe(false);
    // An unterminated quote is no identifier.
    expect(mentionsIdentifier('"qty', "qty")).toBe(false);
  });

  it("are renamed without touching the rest of the text", () => {
    expect(renameIdentifier("  QTY>0 AND(qty<9)  ", "qty", "n")).toBe("  n>0 AND(n<9)  ");
    expect(renameIdentifier("qty > 0", "qty", "Amount")).toBe('"Amount" > 0');
    expect(renameIdentifier("qty > 0", "qty", "amount_2")).toBe("amount_2 > 0");
    expect(renameIdentifier("other > 0", "qty", "n")).toBe("other > 0");
  });
});

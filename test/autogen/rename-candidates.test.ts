/**
 * Rename candidates (the pure part of the rename prompts): which tables and
 * columns that left are offered as renamed to which new ones, in what
 * order, what explicit hints leave out, and how answers become hints.
 */
import { describe, expect, it } from "vitest";
import {
  columnRenameCandidates, resolveRenames, tableRenameCandidates, tableShapeScore, type RenameQuestion, type SameType,
} from "../../src/autogenerate/rename-candidates.js";
import { NO_RENAMES } from "../../src/autogenerate/produce.js";
import type { Column, Schema, Table } from "../../src/schema/ir.js";
import type { ColumnType } from "../../src/schema/types.js";

const int: ColumnType = { kind: "integer" };
const txt: ColumnType = { kind: "text" };
const column = (name: string, type: ColumnType = int, nullable = true): Column => ({
  name, type, nullable, default: null, autoIncrement: false, comment: null,
});
const table = (name: string, columns: Column[], schema: string | null = null): Table => ({
  name, schema, columns, primaryKey: null, indexes: [], uniques: [], foreignKeys: [], checks: [], comment: null,
});
const schema = (...tables: Table[]): Schema => ({ tables, enums: [] });
const sameType: SameType = (a, b) => JSON.stringify(a.type) === JSON.stringify(b.type);

const notes = table("notes", [column("id"), column("body", txt)]);

describe("tableShapeScore", () => {
  it("is 1 for the same columns, the shared share of all names otherwise, and counts a name only with the same type", () => {
    expect(tableShapeScore(notes, table("memos", [column("id"), column("body", txt)]), sameType)).toBe(1);
    expect(tableShapeScore(notes, table("memos", [column("id"), column("body", txt), column("at", txt)]), sameType)).toBeCloseTo(2 / 3);
    expect(tableShapeScore(notes, table("memos", [column("id"), column("body", int)]), sameType)).toBe(0.5);
    expect(tableShapeScore(notes, table("memos", [column("key"), column("text", txt)]), sameType)).toBe(0);
    expect(tableShapeScore(table("a", []), table("b", []), sameType)).toBe(0);
  });
});

describe("tableRenameCandidates", () => {
  it("offers a new table of the same shape for a table that left", () => {
    const found = tableRenameCandidates(schema(notes), schema(table("memos", [column("id"), column("body", txt)])), sameType, NO_RENAMES);
    expect(found).toEqual([{ schema: null, from: "notes", to: ["memos"] }]);
  });

  it("orders several candidates closest first (then by name), and leaves out those below half", () => {
    const models = schema(
      table("wide", [column("id"), column("body", txt), column("at", txt)]),
      table("same_b", [column("id"), column("body", txt)]),
      table("same_a", [column("body", txt), column("id")]),
      table("far", [column("id"), column("x"), column("y"), column("z")]),
    );
    expect(tableRenameCandidates(schema(notes), models, sameType, NO_RENAMES))
      .toEqual([{ schema: null, from: "notes", to: ["same_a", "same_b", "wide"] }]);
  });

  it("offers nothing when no table left, none arrived, the shapes differ, or the schemas differ", () => {
    const memos = table("memos", [column("id"), column("body", txt)]);
    expect(tableRenameCandidates(schema(notes), schema(notes, memos), sameType, NO_RENAMES)).toEqual([]);
    expect(tableRenameCandidates(schema(notes, memos), schema(memos), sameType, NO_RENAMES)).toEqual([]);
    expect(tableRenameCandidates(schema(notes), schema(table("other", [column("key", txt), column("n")])), sameType, NO_RENAMES)).toEqual([]);
    expect(tableRenameCandidates(schema(notes), schema(table("memos", [column("id"), column("body", txt)], "archive")), sameType, NO_RENAMES))
      .toEqual([]);
  });

  it("leaves out the tables an explicit --rename-table names, old or new", () => {
    const database = schema(notes, table("drafts", [column("id"), column("body", txt)]));
    const models = schema(table("memos", [column("id"), column("body", txt)]), table("posts", [column("id"), column("body", txt)]));
    expect(tableRenameCandidates(database, models, sameType, { tables: [{ from: "notes", to: "memos" }], columns: [] }))
      .toEqual([{ schema: null, from: "drafts", to: ["posts"] }]);
  });
});

describe("columnRenameCandidates", () => {
  const before = table("t", [column("id"), column("body", txt, false), column("n", int, true)]);

  it("offers the new columns of the same type whose nullability takes the old values", () => {
    const after = table("t", [column("id"), column("text", txt, false), column("loose", txt, true), column("count", int, false)]);
    expect(columnRenameCandidates(before, after, sameType)).toEqual([
      { table: "t", from: "body", to: ["text", "loose"] },
      // "count" is NOT NULL where "n" allowed NULL: renaming could fail on the rows, so it is not offered.
    ]);
  });

  it("offers nothing for a column of another type, and leaves out what --rename-column names", () => {
    expect(columnRenameCandidates(before, table("t", [column("id"), column("body", txt, false), column("n2", txt)]), sameType)).toEqual([]);
    const after = table("t", [column("id"), column("text", txt, false), column("words", txt, false)]);
    expect(columnRenameCandidates(before, after, sameType, [{ table: "t", from: "body", to: "words" }])).toEqual([]);
    expect(columnRenameCandidates(before, after, sameType, [{ table: "t", from: "id", to: "text" }]))
      .toEqual([{ table: "t", from: "body", to: ["words"] }]);
  });
});

describe("resolveRenames", () => {
  const asked: RenameQuestion[] = [];
  const answering = (answers: (string | null)[]) => async (question: RenameQuestion): Promise<string | null> => {
    asked.push(question);
    return answers.shift() ?? null;
  };

  it("turns the answers into hints, in the database's order of tables", async () => {
    asked.length = 0;
    const database = schema(notes, table("drafts", [column("id"), column("body", txt)]));
    const models = schema(table("memos", [column("id"), column("text", txt)]), table("posts", [column("id"), column("body", txt)]));
    // Both have the shape of posts; memos shares only "id" of three names with either. No for notes, yes for drafts.
    const hints = await resolveRenames(database, models, sameType, NO_RENAMES, answering([null, "posts"]));
    expect(asked.map((q) => [q.kind, q.from, q.candidates])).toEqual([["table", "notes", ["posts"]], ["table", "drafts", ["posts"]]]);
    expect(hints).toEqual({ tables: [{ from: "drafts", to: "posts" }], columns: [] });
  });

  it("asks about columns within a table renamed by a hint, and ignores an answer that is not a candidate", async () => {
    asked.length = 0;
    const database = schema(notes);
    const models = schema(table("memos", [column("id"), column("text", txt), column("title", txt)]));
    const given = { tables: [{ from: "notes", to: "memos" }], columns: [] };
    const hints = await resolveRenames(database, models, sameType, given, answering(["title"]));
    expect(asked).toEqual([{ kind: "column", table: "notes", from: "body", candidates: ["text", "title"] }]);
    expect(hints).toEqual({ tables: given.tables, columns: [{ table: "notes", from: "body", to: "title" }] });
    asked.length = 0;
    expect(await resolveRenames(database, models, sameType, given, answering(["ghost"]))).toEqual(given);
  });

  it("offers a table taken by an earlier answer to no one else", async () => {
    asked.length = 0;
    const twin = table("twin", [column("id"), column("body", txt)]);
    const database = schema(notes, twin);
    const models = schema(table("memos", [column("id"), column("body", txt)]));
    const hints = await resolveRenames(database, models, sameType, NO_RENAMES, answering(["memos", "memos"]));
    expect(asked.map((q) => q.from)).toEqual(["notes"]);
    expect(hints.tables).toEqual([{ from: "notes", to: "memos" }]);
  });
});

import { describe, expect, it } from "vitest";
import { collectSchema } from "../../src/schema/collect.js";
import { enumType, index, integer, table, varchar } from "../../src/schema/index.js";

const fail = (message: string): never => { throw new Error(message); };

describe("collectSchema", () => {
  const mood = enumType("mood", ["happy", "sad"]);
  const users = table("users", { id: integer().primaryKey(), name: varchar(10), mood: mood.column() });
  const posts = table("posts", { id: integer().primaryKey(), user_id: integer().references("users.id") });

  it("collects named exports, default objects and default arrays once each", () => {
    expect(collectSchema({ users, posts, mood, other: 42 }, fail).tables.map((t) => t.name)).toEqual(["users", "posts"]);
    expect(collectSchema({ default: { users, posts } }, fail).tables).toHaveLength(2);
    const schema = collectSchema({ default: [users, posts, mood], users }, fail);
    expect(schema.tables).toHaveLength(2);
    expect(schema.enums).toEqual([{ name: "mood", schema: null, values: ["happy", "sad"] }]);
  });

  it("names the table and column of a bad reference", () => {
    const bad = table("posts", { id: integer().primaryKey(), user_id: integer().references("users.uid") });
    expect(() => collectSchema({ users, bad }, fail)).toThrow(/table "posts", foreign key \(user_id\): references missing column "users.uid"/);
    expect(() => collectSchema({ posts }, fail)).toThrow(/references missing table "users"/);
  });

  it("refuses two tables with one name", () => {
    const again = table("users", { id: integer() });
    expect(() => collectSchema({ users, again }, fail)).toThrow(/two tables are named "users"/);
  });

  it("an index on a missing column fails where the table is defined", () => {
    expect(() => table("t", { id: integer() }, [index("ix", ["nope"])])).toThrow(/table "t": index "ix" names missing column "nope"/);
  });
});

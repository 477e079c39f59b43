/**
 * The names `migrate pull` gives the exports of a models module: camelCase of
 * the database name, valid identifiers whatever the name holds, never a
 * reserved word or one of the DSL's builders, unique across tables and enums
 * and schemas, and the same whatever order the tables come in. Pure: no database.
 */
import { describe, expect, it } from "vitest";
import { camelCase, renderModels } from "../../src/autogenerate/render-models.js";
import * as dsl from "../../src/schema/index.js";
import { enumType, foreignKey, integer, table } from "../../src/schema/index.js";
import { tableOf, type EnumType, type Schema, type Table } from "../../src/schema/ir.js";

const IDENTIFIER = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u;

/** ES reserved words, strict mode's, and names a module cannot redeclare. */
const RESERVED = ("break case catch class const continue debugger default delete do else enum export extends false finally for " +
  "function if import in instanceof new null return super switch this throw true try typeof var void while with yield let " +
  "static implements interface package private protected public await arguments eval undefined").split(" ");

const t = (name: string, schema: string | null = null, extras: Parameters<typeof table>[2] = []): Table =>
  tableOf(table(name, { id: integer() }, extras, schema === null ? {} : { schema }));
const e = (name: string, schema: string | null = null): EnumType => ({ name, schema, values: ["a", "b"] });

/** Export name of each table ("schema.name") and enum ("enum schema.name"), read back from the rendered source. */
function exportsOf(schema: Schema): Map<string, string> {
  const { source, names } = renderModels(schema);
  const out = new Map<string, string>();
  for (const [key, name] of names) out.set(key, name);
  for (const m of source.matchAll(/^export const (\S+) = enumType\(("(?:[^"\\]|\\.)*")(?:, \[[^\]]*\])(?:, \{ schema: ("(?:[^"\\]|\\.)*") \})?\);$/gmu)) {
    out.set(`enum ${m[3] ? JSON.parse(m[3]) as string : ""}.${JSON.parse(m[2]!) as string}`, m[1]!);
  }
  return out;
}

function expectGoodNames(schema: Schema): Map<string, string> {
  const names = exportsOf(schema);
  expect(names.size).toBe(schema.tables.length + schema.enums.length);
  const values = [...names.values()];
  for (const name of values) {
    expect(name).toMatch(IDENTIFIER);
    expect(RESERVED).not.toContain(name);
    expect(Object.keys(dsl)).not.toContain(name);
  }
  expect(new Set(values).size).toBe(values.length);
  return names;
}

describe("camelCase", () => {
  it.each([
    ["user_accounts", "userAccounts"],
    ["user accounts", "userAccounts"],
    ["user-accounts", "userAccounts"],
    ["user.accounts", "userAccounts"],
    ["USER_ACCOUNTS", "userAccounts"],
    ["UserAccounts", "userAccounts"],
    ["userAccounts", "userAccounts"],
    ["x__y", "xY"],
    ["_private", "private"],
    ["a\"b", "aB"],
    ["$money", "$money"],
    ["users", "users"],
    ["ID", "id"],
    ["order_items_2", "orderItems2"],
  ])("%j → %s", (name, expected) => {
    expect(camelCase(name)).toBe(expected);
  });

  it.each([
    ["123go", "_123go"],
    ["2fa_codes", "_2faCodes"],
    ["9", "_9"],
  ])("a leading digit is prefixed: %j → %s", (name, expected) => {
    expect(camelCase(name)).toBe(expected);
  });

  it.each([
    ["café", "café"],
    ["naïve_table", "naïveTable"],
    ["émile_zola", "émileZola"],
    ["Ärger", "ärger"],
    ["日本", "日本"],
    ["日本_テーブル", "日本テーブル"],
    ["Дом_книги", "домКниги"],
  ])("keeps non-ASCII letters: %j → %s", (name, expected) => {
    expect(camelCase(name)).toBe(expected);
  });

  it("gives a valid identifier for any name, also one with nothing of an identifier in it", () => {
    const names = ["___", "_", "", " ", "-", "$", "😀", "😀_x", "\u0301abc", "a\u200db", "𝒜bc", "𠀀_x", "ﬁle", "İstanbul",
      "a b c", "1 2 3", "__proto__", "constructor", "\t\n", "\"", "'", "`", "\\", "a\\b", "名前 (old)"];
    for (const name of names) expect(camelCase(name), JSON.stringify(name)).toMatch(IDENTIFIER);
  });
});

describe("export names of a pulled models module", () => {
  it("a reserved word gets the kind's suffix", () => {
    const names = expectGoodNames({ tables: RESERVED.map((name) => t(name)), enums: [] });
    expect(names.get(".class")).toBe("classTable");
    expect(names.get(".default")).toBe("defaultTable");
    expect(names.get(".await")).toBe("awaitTable");
    // A word only reserved as a property is a good name.
    expect(exportsOf({ tables: [t("order"), t("select"), t("user")], enums: [] }).get(".order")).toBe("order");
  });

  it("a DSL builder's name is never shadowed, not even by an enum", () => {
    const builders = Object.keys(dsl);
    const names = expectGoodNames({ tables: builders.map((name) => t(name)), enums: [e("text"), e("sql")] });
    expect(names.get(".index")).toBe("indexTable");
    expect(names.get(".sql")).toBe("sqlTable");
    expect(names.get(".table")).toBe("tableTable");
    expect(names.get("enum .text")).toBe("textEnum");
    expect(names.get("enum .sql")).toBe("sqlEnum");
  });

  it("a table and an enum of one name: the enum keeps it, the table gets the suffix", () => {
    const mood = enumType("mood", ["happy", "sad"]);
    const moodTable = tableOf(table("mood", { id: integer(), value: mood.column() }));
    const { source } = renderModels({ tables: [moodTable], enums: [{ name: "mood", schema: null, values: ["happy", "sad"] }] });
    expect(source).toContain('export const mood = enumType("mood", ["happy", "sad"]);');
    expect(source).toContain('export const moodTable = table("mood", {');
    expect(source).toContain("value: mood.column(),");
  });

  it("user_accounts, userAccounts and \"user accounts\" get three names, whatever order they come in", () => {
    const tables = [t("user_accounts"), t("userAccounts"), t("user accounts"), t("UserAccounts")];
    const names = expectGoodNames({ tables, enums: [] });
    expect(new Set(names.values()).size).toBe(4);
    expect([...names.values()]).toContain("userAccounts");
    expect(exportsOf({ tables: [...tables].reverse(), enums: [] })).toEqual(names);
    expect(renderModels({ tables: [...tables].reverse(), enums: [] }).source).toBe(renderModels({ tables, enums: [] }).source);
  });

  it("outside the default schema the schema is a prefix, and the same name in two schemas gets two names", () => {
    const names = expectGoodNames({
      tables: [t("log"), t("log", "audit"), t("audit_log"), t("things", "other")],
      enums: [e("colour", "other"), e("colour")],
    });
    expect(names.get(".log")).toBe("log");
    expect(names.get("other.things")).toBe("otherThings");
    expect(names.get("enum other.colour")).toBe("otherColour");
    expect(names.get("enum .colour")).toBe("colour");
    expect(names.get("audit.log")).not.toBe(names.get(".audit_log"));
    expect([names.get("audit.log"), names.get(".audit_log")]).toContain("auditLog");
  });

  it("digits first, non-ASCII and empty-ish names", () => {
    const names = expectGoodNames({
      tables: ["123", "2fa_codes", "café", "日本", "___", "_", "😀", "__proto__", "Users", "users"].map((name) => t(name)),
      enums: [e("___"), e("9")],
    });
    expect(names.get(".123")).toBe("_123");
    expect(names.get(".2fa_codes")).toBe("_2faCodes");
    expect(names.get(".café")).toBe("café");
    expect(names.get(".日本")).toBe("日本");
    expect(names.get("enum .9")).toBe("_9");
  });

  it("tables come referenced before referencing, enums before tables; names do not depend on that order", () => {
    const parent = t("z_parent");
    const child = tableOf(table("a_child", { id: integer(), parent_id: integer() }, [foreignKey("fk", ["parent_id"], "z_parent", ["id"])]));
    const { source } = renderModels({ tables: [child, parent], enums: [e("zz")] });
    const order = [...source.matchAll(/^export const (\S+) = /gmu)].map((m) => m[1]);
    expect(order).toEqual(["zz", "zParent", "aChild"]);
  });

  it("an empty schema is a module that exports nothing", () => {
    const { source, names } = renderModels({ tables: [], enums: [] });
    expect(names.size).toBe(0);
    expect(source).toContain("export {};");
    expect(source).not.toContain("import ");
  });
});

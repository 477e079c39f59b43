import { describe, expect, it } from "vitest";
import { getDialect } from "../../src/dialects/index.js";
import { MigrateError } from "../../src/errors.js";

const pg = getDialect("postgresql");
const my = getDialect("mysql");
const lite = getDialect("sqlite");

describe("quoteIdentifier", () => {
  it("doubles the delimiter", () => {
    expect(pg.quoteIdentifier('a"b')).toBe('"a""b"');
    expect(lite.quoteIdentifier('a"b')).toBe('"a""b"');
    expect(my.quoteIdentifier("a`b")).toBe("`a``b`");
    expect(my.quoteIdentifier('a"b')).toBe('`a"b`');
  });
});

describe("inline: literals", () => {
  const params = ["it's", 42, -1.5, 12345678901234567890n, true, false, null, undefined,
    new Date("2024-01-02T03:04:05.678Z"), Buffer.from([0xde, 0xad]), { a: 1 }, [1, "b"]];
  const placeholders = (style: (i: number) => string) => params.map((_, i) => style(i)).join(", ");

  it("renders PostgreSQL literals", () => {
    expect(pg.inline({ sql: `SELECT ${placeholders((i) => `$${i + 1}`)}`, params })).toBe(
      "SELECT 'it''s', 42, -1.5, 12345678901234567890, TRUE, FALSE, NULL, NULL, '2024-01-02T03:04:05.678Z', " +
      "'\\xDEAD'::bytea, '{\"a\":1}', '[1,\"b\"]'");
  });

  it("renders MySQL literals with backslash escapes", () => {
    expect(my.inline({ sql: `SELECT ${placeholders(() => "?")}`, params })).toBe(
      "SELECT 'it\\'s', 42, -1.5, 12345678901234567890, TRUE, FALSE, NULL, NULL, '2024-01-02 03:04:05.678', " +
      "X'DEAD', '{\\\"a\\\":1}', '[1,\\\"b\\\"]'");
    expect(my.inline({ sql: "SELECT ?", params: ["a\\b\n\0'\""] })).toBe("SELECT 'a\\\\b\\n\\0\\'\\\"'");
  });

  it("renders SQLite literals with booleans as 1/0", () => {
    expect(lite.inline({ sql: `SELECT ${placeholders(() => "?")}`, params })).toBe(
      "SELECT 'it''s', 42, -1.5, 12345678901234567890, 1, 0, NULL, NULL, '2024-01-02T03:04:05.678Z', " +
      "X'DEAD', '{\"a\":1}', '[1,\"b\"]'");
  });

  it("keeps PostgreSQL backslashes literal (standard_conforming_strings)", () => {
    expect(pg.inline({ sql: "SELECT $1", params: ["a\\b"] })).toBe("SELECT 'a\\b'");
  });

  it("refuses values with no literal", () => {
    expect(() => pg.inline({ sql: "SELECT $1", params: [Number.NaN] })).toThrow(MigrateError);
    expect(() => lite.inline({ sql: "SELECT ?", params: [() => 1] })).toThrow(/cannot send a function/);
  });

  it("keeps x-$1 from becoming a comment", () => {
    expect(pg.inline({ sql: "SELECT 1-$1", params: [-2] })).toBe("SELECT 1- -2");
  });
});

describe("inline: placeholders", () => {
  it("skips placeholders inside strings, identifiers and comments", () => {
    const sql = `SELECT '?', "?", \`?\`, [?], ? -- ?\n/* ? */ , ?`;
    expect(lite.inline({ sql, params: [1, 2] })).toBe(`SELECT '?', "?", \`?\`, [?], 1 -- ?\n/* ? */ , 2`);
  });

  it("follows MySQL's rules: backslash escapes, double-quoted strings, # comments, '-- ' needs a space", () => {
    const sql = "SELECT 'a\\'?', \"b\\\"?\", `c``?`, ? # ?\n, 5--?\n";
    expect(my.inline({ sql, params: [7, 8] })).toBe("SELECT 'a\\'?', \"b\\\"?\", `c``?`, 7 # ?\n, 5--8\n");
  });

  it("follows PostgreSQL's rules: $n reuse, dollar quotes, E'' strings, nested comments, ? operators", () => {
    const sql = "SELECT $1, $1, $$ $2 $$, $tag$ $2 $tag$, E'\\' $2', a$2, /* /* $2 */ $2 */ data ? 'k', $2";
    expect(pg.inline({ sql, params: ["x", 9] })).toBe(
      "SELECT 'x', 'x', $$ $2 $$, $tag$ $2 $tag$, E'\\' $2', a$2, /* /* $2 */ $2 */ data ? 'k', 9");
  });

  it("supports SQLite's numbered ?NNN", () => {
    expect(lite.inline({ sql: "SELECT ?2, ?1, ?2", params: ["a", "b"] })).toBe("SELECT 'b', 'a', 'b'");
  });

  it("leaves statements without parameters untouched", () => {
    expect(my.inline({ sql: "SELECT '?' , ?", params: [] })).toBe("SELECT '?' , ?");
  });

  it("refuses a parameter count that does not match", () => {
    expect(() => my.inline({ sql: "SELECT ?, ?", params: [1] })).toThrow(/uses 2 parameter\(s\) but 1 were given/);
    expect(() => pg.inline({ sql: "SELECT $1", params: [1, 2] })).toThrow(/uses 1 parameter\(s\) but 2 were given/);
  });
});

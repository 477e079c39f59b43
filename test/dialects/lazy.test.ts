/**
 * Loading the dialects (for offline --sql or --help) must not load a driver:
 * every driver import below fails, and compiling still works; only connect()
 * reaches for the driver.
 */
import { describe, expect, it, vi } from "vitest";

const loaded: string[] = [];
vi.mock("pg", () => {
  loaded.push("pg");
  throw new Error("pg loaded");
});
vi.mock("mysql2/promise", () => {
  loaded.push("mysql2");
  throw new Error("mysql2 loaded");
});
vi.mock("better-sqlite3", () => {
  loaded.push("better-sqlite3");
  throw new Error("better-sqlite3 loaded");
});

describe("lazy drivers", () => {
  it("compiles, inlines and renders version table SQL without loading pg, mysql2 or better-sqlite3", async () => {
    const { getDialect, DIALECT_NAMES } = await import("../../src/dialects/index.js");
    const { parseDatabaseUrl } = await import("../../src/dialects/url.js");
    const { allTypes, NO_TABLES } = await import("./fixtures.js");
    for (const name of DIALECT_NAMES) {
      const dialect = getDialect(name);
      for (const s of dialect.compile({ kind: "createTable", table: allTypes() }, NO_TABLES)) dialect.inline(s);
      dialect.inline(dialect.versionTable.insert("migrate_version", "abc"));
    }
    parseDatabaseUrl("postgresql://u:p@h/db", "/");
    expect(loaded).toEqual([]);
  });

  it("loads the driver inside connect()", async () => {
    const { getDialect } = await import("../../src/dialects/index.js");
    const { parseDatabaseUrl } = await import("../../src/dialects/url.js");
    const url = parseDatabaseUrl("sqlite://:memory:", "/");
    await expect(getDialect("sqlite").connect(url, { connectTimeoutMs: 1000 })).rejects.toThrow();
    expect(loaded).toEqual(["better-sqlite3"]);
  });

  it("refuses an unknown dialect name and a URL of another dialect", async () => {
    const { getDialect } = await import("../../src/dialects/index.js");
    const { parseDatabaseUrl } = await import("../../src/dialects/url.js");
    expect(() => getDialect("oracle" as never)).toThrow('unknown dialect "oracle" (expected postgresql, mysql, sqlite)');
    await expect(getDialect("mysql").connect(parseDatabaseUrl("postgresql://u:pw@h/db", "/"), { connectTimeoutMs: 10 }))
      .rejects.toThrow("cannot open postgresql://u:***@h/db with the mysql dialect");
  });
});

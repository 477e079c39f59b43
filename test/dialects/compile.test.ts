/** Offline compilation: the SQL text each dialect writes, and what it refuses. */
import { describe, expect, it } from "vitest";
import { getDialect } from "../../src/dialects/index.js";
import { UnsupportedOperationError } from "../../src/errors.js";
import type { Operation } from "../../src/operations/operation.js";
import * as t from "../../src/schema/builders.js";
import type { ColumnBuilder } from "../../src/schema/column.js";
import { buildTable, index } from "../../src/schema/table.js";
import { sql } from "../../src/schema/types.js";
import { allTypes, childTable, compileAll, ref } from "./fixtures.js";

const pg = getDialect("postgresql");
const my = getDialect("mysql");
const lite = getDialect("sqlite");

function columnOp(table: string, name: string, builder: ColumnBuilder, extras: Partial<Operation> = {}): Operation {
  const built = buildTable(table, { [name]: builder });
  return { kind: "addColumn", table: ref(table), column: built.columns[0]!, unique: built.uniques[0] ?? null,
    foreignKey: built.foreignKeys[0] ?? null, ...extras } as Operation;
}

describe("constraints, indexes and comments in createTable", () => {
  it("PostgreSQL: constraints inline, indexes and COMMENT ON after", () => {
    const statements = compileAll(pg, { kind: "createTable", table: childTable() });
    expect(statements[0]).toContain('CONSTRAINT "fk_child_parent" FOREIGN KEY ("pa", "pb") REFERENCES "parent" ("a", "b") ON DELETE CASCADE ON UPDATE RESTRICT');
    expect(statements[0]).toContain('UNIQUE ("code")');
    expect(statements[0]).toContain('CONSTRAINT "ck_child_qty" CHECK (qty >= 0)');
    expect(statements.slice(1)).toEqual([
      'CREATE INDEX "ix_child_pb" ON "child" ("pb")',
      'CREATE UNIQUE INDEX "ix_child_qty_u" ON "child" ("qty", "id")',
      'CREATE INDEX "ix_child_partial" ON "child" ("pa") WHERE qty > 10',
    ]);
    const comments = compileAll(pg, { kind: "createTable", table: allTypes() }).slice(1);
    expect(comments).toEqual([
      `COMMENT ON TABLE "all_types" IS 'every type'`,
      `COMMENT ON COLUMN "all_types"."c_varchar" IS 'a ''quoted'' comment'`,
    ]);
  });

  it("qualifies schema tables (SQLite: the attached database, on the index name only)", () => {
    const table = buildTable("t", { id: t.integer().primaryKey() }, [index("ix_t", ["id"])], { schema: "aux" });
    expect(compileAll(pg, { kind: "createTable", table })).toEqual([
      'CREATE TABLE "aux"."t" (\n  "id" INTEGER NOT NULL,\n  PRIMARY KEY ("id")\n)', 'CREATE INDEX "ix_t" ON "aux"."t" ("id")']);
    expect(compileAll(my, { kind: "createTable", table })[1]).toBe("CREATE INDEX `ix_t` ON `aux`.`t` (`id`)");
    expect(compileAll(lite, { kind: "createTable", table })[1]).toBe('CREATE INDEX "aux"."ix_t" ON "t" ("id")');
    expect(compileAll(pg, { kind: "dropIndex", table: ref("t", "aux"), name: "ix_t", definition: null })).toEqual(['DROP INDEX "aux"."ix_t"']);
    expect(compileAll(lite, { kind: "dropIndex", table: ref("t", "aux"), name: "ix_t", definition: null })).toEqual(['DROP INDEX "aux"."ix_t"']);
    expect(compileAll(my, { kind: "dropIndex", table: ref("t", "aux"), name: "ix_t", definition: null })).toEqual(["DROP INDEX `ix_t` ON `aux`.`t`"]);
  });
});

describe("other ops", () => {
  it("renames tables", () => {
    const op: Operation = { kind: "renameTable", table: ref("a", "s"), newName: "b" };
    expect(compileAll(pg, op)).toEqual(['ALTER TABLE "s"."a" RENAME TO "b"']);
    expect(compileAll(lite, op)).toEqual(['ALTER TABLE "s"."a" RENAME TO "b"']);
    expect(compileAll(my, op)).toEqual(["RENAME TABLE `s`.`a` TO `s`.`b`"]);
  });

  it("adds a column with its unique, foreign key and comment", () => {
    const op = columnOp("posts", "author", t.integer().unique("uq_author").comment("who")
      .references("users.id", { name: "fk_author", onDelete: "set null" }));
    expect(compileAll(pg, op)).toEqual([
      'ALTER TABLE "posts" ADD COLUMN "author" INTEGER',
      'ALTER TABLE "posts" ADD CONSTRAINT "uq_author" UNIQUE ("author")',
      'ALTER TABLE "posts" ADD CONSTRAINT "fk_author" FOREIGN KEY ("author") REFERENCES "users" ("id") ON DELETE SET NULL',
      `COMMENT ON COLUMN "posts"."author" IS 'who'`,
    ]);
    expect(compileAll(my, op)).toEqual([
      "ALTER TABLE `posts` ADD COLUMN `author` INT COMMENT 'who'",
      "ALTER TABLE `posts` ADD CONSTRAINT `uq_author` UNIQUE (`author`)",
      "ALTER TABLE `posts` ADD CONSTRAINT `fk_author` FOREIGN KEY (`author`) REFERENCES `users` (`id`) ON DELETE SET NULL",
    ]);
    expect(compileAll(lite, op)).toEqual([
      'ALTER TABLE "posts" ADD COLUMN "author" INTEGER CONSTRAINT "fk_author" REFERENCES "users" ("id") ON DELETE SET NULL',
      'CREATE UNIQUE INDEX "uq_author" ON "posts" ("author")',
    ]);
    expect(compileAll(lite, columnOp("posts", "slug", t.text().unique()))[1]).toBe('CREATE UNIQUE INDEX "uq_posts_slug" ON "posts" ("slug")');
  });

  it("creates indexes concurrently on PostgreSQL only", () => {
    const op: Operation = { kind: "createIndex", table: ref("t"), index: { name: "ix", columns: ["a"], unique: true, where: null }, concurrently: true };
    expect(compileAll(pg, op)).toEqual(['CREATE UNIQUE INDEX CONCURRENTLY "ix" ON "t" ("a")']);
    expect(compileAll(my, op)).toEqual(["CREATE UNIQUE INDEX `ix` ON `t` (`a`)"]);
    expect(compileAll(lite, op)).toEqual(['CREATE UNIQUE INDEX "ix" ON "t" ("a")']);
  });

  it("passes execute through as given", () => {
    const op: Operation = { kind: "execute", sql: "UPDATE t SET a = $1", params: [1] };
    expect(pg.compile(op)).toEqual([{ sql: "UPDATE t SET a = $1", params: [1] }]);
  });

  it("fills keys a row leaves out with DEFAULT (SQLite: splits by key set, keeping order), in chunks of at most 1000 parameters", () => {
    const rows = [{ a: 1, b: 2 }, { b: 3, a: 4 }, { a: 5 }, { a: 6, b: undefined }, {}, {}, { c: true }];
    expect(compileAll(pg, { kind: "bulkInsert", table: ref("t"), rows })).toEqual([
      'INSERT INTO "t" ("a", "b", "c") VALUES (1, 2, DEFAULT), (4, 3, DEFAULT), (5, DEFAULT, DEFAULT), (6, DEFAULT, DEFAULT), ' +
      "(DEFAULT, DEFAULT, DEFAULT), (DEFAULT, DEFAULT, DEFAULT), (DEFAULT, DEFAULT, TRUE)",
    ]);
    expect(compileAll(lite, { kind: "bulkInsert", table: ref("t"), rows })).toEqual([
      'INSERT INTO "t" ("a", "b") VALUES (1, 2), (4, 3)',
      'INSERT INTO "t" ("a") VALUES (5), (6)',
      'INSERT INTO "t" DEFAULT VALUES',
      'INSERT INTO "t" DEFAULT VALUES',
      'INSERT INTO "t" ("c") VALUES (1)',
    ]);
    expect(compileAll(pg, { kind: "bulkInsert", table: ref("t"), rows: [{}, {}] })).toEqual(['INSERT INTO "t" DEFAULT VALUES', 'INSERT INTO "t" DEFAULT VALUES']);
    expect(compileAll(my, { kind: "bulkInsert", table: ref("t"), rows: [{}] })).toEqual(["INSERT INTO `t` () VALUES ()"]);
    expect(compileAll(my, { kind: "bulkInsert", table: ref("t"), rows: [{ a: 1 }, {}] })).toEqual(["INSERT INTO `t` (`a`) VALUES (1), (DEFAULT)"]);
    const many = Array.from({ length: 1201 }, (_, i) => ({ a: i, b: i, c: i }));
    const statements = pg.compile({ kind: "bulkInsert", table: ref("t"), rows: many });
    expect(statements.map((s) => s.params.length)).toEqual([999, 999, 999, 606]);
    expect(statements[1]!.sql).toMatch(/^INSERT INTO "t" \("a", "b", "c"\) VALUES \(\$1, \$2, \$3\), /);
    expect(statements[1]!.params[0]).toBe(333);
    const sqliteStatements = lite.compile({ kind: "bulkInsert", table: ref("t"), rows: many });
    expect(sqliteStatements.map((s) => s.params.length)).toEqual([999, 999, 999, 606]);
  });

  it("version table SQL", () => {
    expect(pg.versionTable.create("migrate_version").sql).toBe(
      'CREATE TABLE IF NOT EXISTS "migrate_version" (version_num VARCHAR(32) NOT NULL, CONSTRAINT "migrate_version_pkc" PRIMARY KEY (version_num))');
    expect(pg.versionTable.update("v", "a", "b")).toEqual({ sql: 'UPDATE "v" SET version_num = $1 WHERE version_num = $2', params: ["b", "a"] });
    expect(my.versionTable.insert("v", "abc")).toEqual({ sql: "INSERT INTO `v` (version_num) VALUES (?)", params: ["abc"] });
    expect(lite.versionTable.delete("v", "abc")).toEqual({ sql: 'DELETE FROM "v" WHERE version_num = ?', params: ["abc"] });
    expect(pg.offlineTransaction).toEqual({ begin: "BEGIN;", commit: "COMMIT;" });
    expect(lite.offlineTransaction).toEqual({ begin: "BEGIN;", commit: "COMMIT;" });
    expect(my.offlineTransaction).toBeNull();
    expect([pg.transactionalDdl, my.transactionalDdl, lite.transactionalDdl]).toEqual([true, false, true]);
  });
});

describe("refusals name the op, the dialect and what to do", () => {
  const refusal = (fn: () => unknown): string => {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(UnsupportedOperationError);
      return (error as Error).message;
    }
    throw new Error("expected an UnsupportedOperationError");
  };

  it("MySQL: partial index, SET DEFAULT", () => {
    expect(refusal(() => my.compile({ kind: "createTable", table: childTable() }))).toBe(
      'createTable child is not possible on mysql: index "ix_child_partial" is partial (where: qty > 10) and MySQL has no partial indexes; ' +
      "drop the where option, or index a generated column instead");
    expect(refusal(() => my.compile({ kind: "createIndex", table: ref("t"), index: { name: "ix_p", columns: ["a"], unique: false, where: "a > 0" }, concurrently: false })))
      .toMatch(/^createIndex ix_p on t is not possible on mysql: index "ix_p" is partial/);
    expect(refusal(() => my.compile(columnOp("t", "x", t.integer().references("u.id", { onDelete: "set default" })))))
      .toMatch(/uses SET DEFAULT, which InnoDB rejects; use SET NULL/);
  });

  it("SQLite: autoincrement off the rowid, ADD COLUMN limits", () => {
    const composite = buildTable("t", { a: t.integer().primaryKey().autoIncrement(), b: t.integer().primaryKey() });
    expect(refusal(() => lite.compile({ kind: "createTable", table: composite })))
      .toMatch(/^createTable t is not possible on sqlite: column "a" cannot autoincrement/);
    expect(refusal(() => lite.compile(columnOp("t", "ts", t.timestamp().default(sql`CURRENT_TIMESTAMP`)))))
      .toBe("addColumn t.ts is not possible on sqlite: column \"ts\" has the non-constant default CURRENT_TIMESTAMP, which ADD COLUMN rejects; " +
        "run it inside op.batchAlterTable() (move and copy)");
    expect(refusal(() => lite.compile(columnOp("t", "n", t.integer().notNull())))).toMatch(/NOT NULL without a default/);
    expect(lite.compile(columnOp("t", "n", t.integer().notNull().default(0)))[0]!.sql).toBe('ALTER TABLE "t" ADD COLUMN "n" INTEGER NOT NULL DEFAULT 0');
  });

  it("every dialect: autoincrement on a non-integer", () => {
    const table = buildTable("t", { id: t.varchar(10).primaryKey().autoIncrement() });
    expect(refusal(() => pg.compile({ kind: "createTable", table }))).toMatch(/column "id" of type varchar cannot autoincrement; use integer\(\)/);
  });
});

/** Offline compilation: the SQL text each dialect writes, and what it refuses. */
import { describe, expect, it } from "vitest";
import { getDialect } from "../../src/dialects/index.js";
import { UnsupportedOperationError } from "../../src/errors.js";
import type { Operation, TableAlteration } from "../../src/operations/operation.js";
import { offlineRunner } from "../../src/runtime/runner.js";
import * as t from "../../src/schema/builders.js";
import type { ColumnBuilder } from "../../src/schema/column.js";
import { buildTable, index } from "../../src/schema/table.js";
import { sql } from "../../src/schema/types.js";
import { allTypes, childTable, compileAll, NO_TABLES, ref, tablesContext } from "./fixtures.js";

const pg = getDialect("postgresql");
const my = getDialect("mysql");
const lite = getDialect("sqlite");

function columnOp(table: string, name: string, builder: ColumnBuilder, extras: Partial<Operation> = {}): Operation {
  const built = buildTable(table, { [name]: builder });
  return { kind: "addColumn", table: ref(table), column: built.columns[0]!, unique: built.uniques[0] ?? null,
    foreignKey: built.foreignKeys[0] ?? null, ...extras } as Operation;
}

/** The message of the UnsupportedOperationError that fn throws. */
function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UnsupportedOperationError);
    return (error as Error).message;
  }
  throw new Error("expected an UnsupportedOperationError");
}

/** What follows the CREATE TABLE of a SQLite move-and-copy rebuild of a table with no indexes or triggers (see rebuild.ts). */
const swapIn = (table: string, columns: string): string[] => [
  `INSERT INTO "_athanor_tmp_${table}" (${columns}) SELECT ${columns} FROM "${table}"`,
  `DROP TABLE "${table}"`,
  "PRAGMA legacy_alter_table = ON",
  `ALTER TABLE "_athanor_tmp_${table}" RENAME TO "${table}"`,
  "PRAGMA legacy_alter_table = OFF",
];

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
    // SQLite's ADD COLUMN cannot add a UNIQUE column: the table is rebuilt (move and copy) from its definition,
    // with a real UNIQUE constraint; without the definition the context's own error comes through.
    expect(refusal(() => lite.compile(op, NO_TABLES))).toBe("test context: no definition of table posts");
    const posts = tablesContext(buildTable("posts", { id: t.integer().primaryKey(), title: t.text().notNull() }));
    expect(compileAll(lite, op, posts)).toEqual([
      'CREATE TABLE "_athanor_tmp_posts" (\n  "id" INTEGER NOT NULL,\n  "title" TEXT NOT NULL,\n  "author" INTEGER,\n  PRIMARY KEY ("id"),\n' +
      '  CONSTRAINT "uq_author" UNIQUE ("author"),\n' +
      '  CONSTRAINT "fk_author" FOREIGN KEY ("author") REFERENCES "users" ("id") ON DELETE SET NULL\n)',
      ...swapIn("posts", '"id", "title"'),
    ]);
    // An unnamed unique stays an unnamed table constraint (no index named after the column).
    expect(compileAll(lite, columnOp("posts", "slug", t.text().unique()), posts)).toEqual([
      'CREATE TABLE "_athanor_tmp_posts" (\n  "id" INTEGER NOT NULL,\n  "title" TEXT NOT NULL,\n  "slug" TEXT,\n  PRIMARY KEY ("id"),\n  UNIQUE ("slug")\n)',
      ...swapIn("posts", '"id", "title"'),
    ]);
    // A foreign key alone is still SQLite's own ADD COLUMN, with no definition needed.
    expect(compileAll(lite, columnOp("posts", "editor", t.integer().references("users.id", { name: "fk_editor", onDelete: "set null" })))).toEqual([
      'ALTER TABLE "posts" ADD COLUMN "editor" INTEGER CONSTRAINT "fk_editor" REFERENCES "users" ("id") ON DELETE SET NULL',
    ]);
  });

  it("creates indexes concurrently on PostgreSQL only", () => {
    const op: Operation = { kind: "createIndex", table: ref("t"), index: { name: "ix", columns: ["a"], unique: true, where: null }, concurrently: true };
    expect(compileAll(pg, op)).toEqual(['CREATE UNIQUE INDEX CONCURRENTLY "ix" ON "t" ("a")']);
    expect(compileAll(my, op)).toEqual(["CREATE UNIQUE INDEX `ix` ON `t` (`a`)"]);
    expect(compileAll(lite, op)).toEqual(['CREATE UNIQUE INDEX "ix" ON "t" ("a")']);
  });

  it("passes execute through as given", () => {
    const op: Operation = { kind: "execute", sql: "UPDATE t SET a = $1", params: [1] };
    expect(pg.compile(op, NO_TABLES)).toEqual([{ sql: "UPDATE t SET a = $1", params: [1] }]);
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
    const statements = pg.compile({ kind: "bulkInsert", table: ref("t"), rows: many }, NO_TABLES);
    expect(statements.map((s) => s.params.length)).toEqual([999, 999, 999, 606]);
    expect(statements[1]!.sql).toMatch(/^INSERT INTO "t" \("a", "b", "c"\) VALUES \(\$1, \$2, \$3\), /);
    expect(statements[1]!.params[0]).toBe(333);
    const sqliteStatements = lite.compile({ kind: "bulkInsert", table: ref("t"), rows: many }, NO_TABLES);
    expect(sqliteStatements.map((s) => s.params.length)).toEqual([999, 999, 999, 606]);
  });

  it("version table SQL", () => {
    expect(pg.versionTable.create("migrate_version").sql).toBe(
      'CREATE TABLE IF NOT EXISTS "migrate_version" (version_num VARCHAR(32) NOT NULL, CONSTRAINT "migrate_version_pkc" PRIMARY KEY (version_num))');
    expect(pg.versionTable.update("v", "a", "b")).toEqual({ sql: 'UPDATE "v" SET version_num = $1 WHERE version_num = $2', params: ["b", "a"] });
    expect(my.versionTable.insert("v", "abc")).toEqual({ sql: "INSERT INTO `v` (version_num) VALUES (?)", params: ["abc"] });
    expect(lite.versionTable.delete("v", "abc")).toEqual({ sql: 'DELETE FROM "v" WHERE version_num = ?', params: ["abc"] });
    expect(pg.offlineTransaction).toEqual({ begin: "BEGIN;", commit: "COMMIT;" });
    expect(lite.offlineTransaction).toEqual({ begin: "PRAGMA foreign_keys = OFF;\n\nBEGIN;", commit: "COMMIT;" });
    expect(my.offlineTransaction).toBeNull();
    expect([pg.transactionalDdl, my.transactionalDdl, lite.transactionalDdl]).toEqual([true, false, true]);
  });

  it("SQLite --sql output turns foreign keys off before BEGIN, as its own statement (the pragma does nothing inside a transaction)", async () => {
    const output = async (dialect: typeof lite): Promise<string> => {
      let text = "";
      const runner = offlineRunner(dialect, (chunk) => { text += chunk; });
      await runner.begin();
      await runner.run({ sql: 'DROP TABLE "t"', params: [] });
      await runner.commit();
      return text;
    };
    expect(await output(lite)).toBe('PRAGMA foreign_keys = OFF;\n\nBEGIN;\n\nDROP TABLE "t";\n\nCOMMIT;\n\n');
    expect(await output(pg)).toBe('BEGIN;\n\nDROP TABLE "t";\n\nCOMMIT;\n\n');
  });
});

describe("refusals name the op, the dialect and what to do", () => {
  it("MySQL: partial index, SET DEFAULT", () => {
    expect(refusal(() => my.compile({ kind: "createTable", table: childTable() }, NO_TABLES))).toBe(
      'createTable child is not possible on mysql: index "ix_child_partial" is partial (where: qty > 10) and MySQL has no partial indexes; ' +
      "drop the where option, or index a generated column instead");
    expect(refusal(() => my.compile({ kind: "createIndex", table: ref("t"), index: { name: "ix_p", columns: ["a"], unique: false, where: "a > 0" }, concurrently: false }, NO_TABLES)))
      .toMatch(/^createIndex ix_p on t is not possible on mysql: index "ix_p" is partial/);
    expect(refusal(() => my.compile(columnOp("t", "x", t.integer().references("u.id", { onDelete: "set default" })), NO_TABLES)))
      .toMatch(/uses SET DEFAULT, which InnoDB rejects; use SET NULL/);
  });

  it("SQLite: autoincrement off the rowid; ADD COLUMN beyond its limits rebuilds from the definition, or is refused with recreate: never", () => {
    const composite = buildTable("t", { a: t.integer().primaryKey().autoIncrement(), b: t.integer().primaryKey() });
    expect(refusal(() => lite.compile({ kind: "createTable", table: composite }, NO_TABLES)))
      .toMatch(/^createTable t is not possible on sqlite: column "a" cannot autoincrement/);
    const ts = columnOp("t", "ts", t.timestamp().default(sql`CURRENT_TIMESTAMP`));
    const notNull = columnOp("t", "n", t.integer().notNull());
    // Both need a move-and-copy rebuild, so the table's definition: without it, the context's own error.
    expect(refusal(() => lite.compile(ts, NO_TABLES))).toBe("test context: no definition of table t");
    expect(refusal(() => lite.compile(notNull, NO_TABLES))).toBe("test context: no definition of table t");
    const table = tablesContext(buildTable("t", { id: t.integer().primaryKey().autoIncrement() }));
    // The AUTOINCREMENT high-water mark moves over to the new table.
    const sequence = [
      "DELETE FROM sqlite_sequence WHERE name = '_athanor_tmp_t'",
      "INSERT INTO sqlite_sequence (name, seq) SELECT '_athanor_tmp_t', seq FROM sqlite_sequence WHERE name = 't'",
    ];
    const [copy, ...rest] = swapIn("t", '"id"');
    expect(compileAll(lite, ts, table)).toEqual([
      'CREATE TABLE "_athanor_tmp_t" (\n  "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n  "ts" TIMESTAMP DEFAULT CURRENT_TIMESTAMP\n)',
      copy, ...sequence, ...rest,
    ]);
    expect(compileAll(lite, notNull, table)).toEqual([
      'CREATE TABLE "_athanor_tmp_t" (\n  "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n  "n" INTEGER NOT NULL\n)',
      copy, ...sequence, ...rest,
    ]);
    expect(refusal(() => lite.compile({ kind: "batchAlterTable", table: ref("t"), ops: [ts as TableAlteration], recreate: "never" }, table))).toBe(
      "batchAlterTable t (addColumn) is not possible on sqlite: ADD COLUMN rejects the non-constant default CURRENT_TIMESTAMP; " +
      "use recreate: \"auto\" so that the table is rebuilt (move and copy)");
    expect(lite.compile(columnOp("t", "n", t.integer().notNull().default(0)), NO_TABLES)[0]!.sql).toBe('ALTER TABLE "t" ADD COLUMN "n" INTEGER NOT NULL DEFAULT 0');
  });

  it("every dialect: autoincrement on a non-integer", () => {
    const table = buildTable("t", { id: t.varchar(10).primaryKey().autoIncrement() });
    expect(refusal(() => pg.compile({ kind: "createTable", table }, NO_TABLES))).toMatch(/column "id" of type varchar cannot autoincrement; use integer\(\)/);
  });
});

describe("exclusion constraints where the database has none", () => {
  const constraint = { name: "ex_during", definition: "EXCLUDE USING gist (during WITH &&)" };
  const table = { ...buildTable("bookings", { id: t.integer().primaryKey(), during: t.text() }), constraints: [constraint] };

  it("MySQL and SQLite refuse them, in a new table and on their own, naming the constraint", () => {
    for (const dialect of [my, lite]) {
      expect(refusal(() => dialect.compile({ kind: "createTable", table }, NO_TABLES))).toContain("ex_during");
      expect(refusal(() => dialect.compile({ kind: "createConstraint", table: ref("bookings"), constraint }, NO_TABLES)))
        .toContain("ex_during");
    }
  });

  it("PostgreSQL writes them as the database printed them", () => {
    expect(pg.compile({ kind: "createConstraint", table: ref("bookings"), constraint }, NO_TABLES).map((s) => s.sql))
      .toEqual(['ALTER TABLE "bookings" ADD CONSTRAINT "ex_during" EXCLUDE USING gist (during WITH &&)']);
  });
});

/**
 * MySQL's ALGORITHM= / LOCK= as op data (issue 16): the op API takes `algorithm` and `lock`, reverse() and
 * autogenerate's rendering keep them, MySQL compiles them into the statement and other dialects ignore them.
 * Against the real server: the algorithm the lock report gives for each op on this server version is one the
 * server accepts when asked for explicitly, and an op the report says needs COPY is refused under INPLACE.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "../../src/dialects/dialect.js";
import { getDialect } from "../../src/dialects/index.js";
import { renderOperations } from "../../src/autogenerate/render.js";
import { createOp, type OperationSink } from "../../src/operations/facade.js";
import type { AlterMode, Operation } from "../../src/operations/operation.js";
import { describeOperation } from "../../src/operations/describe.js";
import { reverseOperation } from "../../src/operations/reverse.js";
import { integer, varchar } from "../../src/schema/index.js";
import { sql } from "../../src/schema/types.js";
import { connectUrl, createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { apply, compileAll } from "./fixtures.js";

const my = getDialect("mysql");
const pg = getDialect("postgresql");

async function recorded(body: (op: ReturnType<typeof createOp>) => Promise<void>): Promise<Operation[]> {
  const ops: Operation[] = [];
  const sink: OperationSink = { dialect: "mysql", run: async (op) => { ops.push(op); }, query: async () => [] };
  await body(createOp(sink));
  return ops;
}

describe("algorithm / lock on ops", () => {
  it("the op API takes them in either case and refuses other values", async () => {
    const ops = await recorded(async (op) => {
      await op.addColumn("t", "c", integer().notNull().default(0), { algorithm: "instant" });
      await op.createIndex("ix_t_a", "t", ["a"], { algorithm: "INPLACE", lock: "none" });
      await op.dropIndex("ix_t_a", "t", { algorithm: "INPLACE", lock: "NONE" });
      await op.alterColumn("t", "a", { nullable: false, existingType: integer(), existingNullable: true, algorithm: "INPLACE", lock: "NONE" });
      await op.setTableComment("t", "hello", { existingComment: null, algorithm: "INSTANT" });
    });
    expect(ops.map((o) => [o.kind, "algorithm" in o ? o.algorithm : undefined, "lock" in o ? o.lock : undefined])).toEqual([
      ["addColumn", "INSTANT", undefined], ["createIndex", "INPLACE", "NONE"], ["dropIndex", "INPLACE", "NONE"],
      ["alterColumn", "INPLACE", "NONE"], ["setTableComment", "INSTANT", undefined],
    ]);
    await expect(recorded((op) => op.dropColumn("t", "c", { algorithm: "ONLINE" as never })))
      .rejects.toThrow('dropColumn t: algorithm must be one of "INSTANT", "INPLACE", "COPY", got "ONLINE"');
    await expect(recorded((op) => op.dropColumn("t", "c", { lock: "shared-ish" as never }))).rejects.toThrow(/lock must be one of/);
  });

  it("MySQL states them in the statement (DROP INDEX as ALTER TABLE, which MariaDB needs); PostgreSQL ignores them", async () => {
    const [add, index, drop, comment] = await recorded(async (op) => {
      await op.addColumn("t", "c", integer().notNull().default(0), { algorithm: "INSTANT" });
      await op.createIndex("ix_t_a", "t", ["a"], { algorithm: "INPLACE", lock: "NONE" });
      await op.dropIndex("ix_t_a", "t", { algorithm: "INPLACE", lock: "NONE" });
      await op.setTableComment("t", "hello", { existingComment: null, algorithm: "INSTANT", lock: "NONE" });
    });
    expect(compileAll(my, add!)).toEqual(["ALTER TABLE `t` ADD COLUMN `c` INT NOT NULL DEFAULT 0, ALGORITHM=INSTANT"]);
    expect(compileAll(my, index!)).toEqual(["CREATE INDEX `ix_t_a` ON `t` (`a`) ALGORITHM=INPLACE LOCK=NONE"]);
    expect(compileAll(my, drop!)).toEqual(["ALTER TABLE `t` DROP INDEX `ix_t_a`, ALGORITHM=INPLACE, LOCK=NONE"]);
    expect(compileAll(my, comment!)).toEqual(["ALTER TABLE `t` COMMENT = 'hello', ALGORITHM=INSTANT, LOCK=NONE"]);
    for (const op of [add!, index!, drop!]) expect(compileAll(pg, op).join("\n")).not.toMatch(/ALGORITHM|LOCK=/);
  });

  it("reverse() keeps them, and autogenerate writes them into the revision", async () => {
    const [add, index] = await recorded(async (op) => {
      await op.addColumn("t", "c", integer(), { algorithm: "INSTANT" });
      await op.createIndex("ix_t_a", "t", ["a"], { algorithm: "INPLACE", lock: "NONE" });
    });
    expect(reverseOperation(add!)).toMatchObject({ kind: "dropColumn", algorithm: "INSTANT" });
    expect(reverseOperation(index!)).toMatchObject({ kind: "dropIndex", algorithm: "INPLACE", lock: "NONE" });
    const { lines } = renderOperations([add!, index!, reverseOperation(index!)]);
    expect(lines).toEqual([
      'await op.addColumn("t", "c", integer(), { algorithm: "INSTANT" });',
      'await op.createIndex("ix_t_a", "t", ["a"], { algorithm: "INPLACE", lock: "NONE" });',
      'await op.dropIndex("ix_t_a", "t", { algorithm: "INPLACE", lock: "NONE" });',
    ]);
  });

  it("a batch's ops take them too", async () => {
    const [batch] = await recorded((op) => op.batchAlterTable("t", async (b) => {
      await b.addColumn("c", integer(), { algorithm: "INSTANT" });
      await b.dropConstraint("ck", "check", { algorithm: "INSTANT" });
    }));
    expect(renderOperations([batch!]).lines).toEqual([
      'await op.batchAlterTable("t", async (batch) => {',
      '  await batch.addColumn("c", integer(), { algorithm: "INSTANT" });',
      '  await batch.dropConstraint("ck", "check", { algorithm: "INSTANT" });',
      "});",
    ]);
    expect(compileAll(my, batch!)).toEqual(["ALTER TABLE `t` ADD COLUMN `c` INT, ALGORITHM=INSTANT", "ALTER TABLE `t` DROP CONSTRAINT `ck`, ALGORITHM=INSTANT"]);
  });
});

describe.skipIf(await skipWithoutServer("mysql"))("the lock report against the real server", () => {
  let db: ScratchDatabase;
  let conn: Connection;
  let version: string;
  const q = <R = Record<string, unknown>>(text: string) => conn.query<R>({ sql: text, params: [] });

  beforeAll(async () => {
    db = await createScratchDatabase("mysql");
    conn = await connectUrl(db.url);
    version = String((await q<{ v: string }>("SELECT VERSION() AS v"))[0]!.v);
    await q("CREATE TABLE p (id INT PRIMARY KEY)");
    await q(`CREATE TABLE t (id INT PRIMARY KEY, a INT, b VARCHAR(20), ts TIMESTAMP NULL DEFAULT NULL, pid INT, n INT,
      CONSTRAINT ck_old CHECK (id > 0))`);
    await q("INSERT INTO p VALUES (1)");
    await q("INSERT INTO t VALUES (1, 1, 'x', NULL, 1, 1), (2, 2, 'y', NULL, 1, 2)");
  });
  afterAll(async () => {
    await conn?.close();
    await db?.drop();
  });

  /** The op with the algorithm the report gives (INPLACE with LOCK=NONE, INSTANT alone), run on the server. */
  const asReported = async (op: Operation): Promise<string> => {
    const algorithm = my.lockImpact(op, version).find((i) => i.table?.name === "t")?.algorithm;
    if (algorithm === undefined || algorithm === "NOCOPY") throw new Error(`no algorithm for ${op.kind}`);
    const mode: AlterMode = algorithm === "INPLACE" ? { algorithm, lock: "NONE" } : { algorithm };
    if (algorithm === "COPY") {
      // Never run as a COPY here: what matters is that the server refuses it without one.
      await expect(apply(conn, { ...op, algorithm: "INPLACE", lock: "NONE" } as Operation)).rejects.toThrow(/not supported/);
      return algorithm;
    }
    await apply(conn, { ...op, ...mode } as Operation).catch((error: Error) => {
      throw new Error(`${describeOperation(op)} with ALGORITHM=${algorithm}: ${error.message}`);
    });
    return algorithm;
  };

  it("each op runs with the algorithm the report gives; COPY ops are refused under INPLACE", async () => {
    const ops = await recorded(async (op) => {
      await op.addColumn("t", "c", integer().notNull().default(7));
      await op.createIndex("ix_t_a", "t", ["a"]);
      await op.dropIndex("ix_t_a", "t");
      await op.alterColumn("t", "n", { nullable: false, existingType: integer(), existingNullable: true });
      await op.alterColumn("t", "n", { nullable: true, existingType: integer(), existingNullable: false });
      await op.alterColumn("t", "a", { comment: "hello", existingType: integer(), existingNullable: true, existingDefault: null });
      await op.alterColumn("t", "ts", { onUpdate: "CURRENT_TIMESTAMP", existingOnUpdate: null });
      await op.alterColumn("t", "a", { default: 5 });
      await op.alterColumn("t", "n", { newName: "n2", existingType: integer(), existingNullable: true, existingDefault: null, existingComment: null });
      await op.alterColumn("t", "b", { type: varchar(40), existingType: varchar(20) });
      await op.setTableComment("t", "a table", { existingComment: null });
      await op.createUniqueConstraint("uq_t_c_id", "t", ["c", "id"]);
      await op.dropConstraint("ck_old", "t", "check");
      await op.createCheckConstraint("ck_a", "t", "a > 0");
      await op.createForeignKey("fk_t_p", "t", "p", ["pid"], ["id"]);
      await op.alterColumn("t", "a", { type: varchar(10), existingType: integer() });
      await op.dropColumn("t", "n2");
      // Last: its first statement (the default) runs before the column's conversion is refused.
      await op.setTableOptions("t", { charset: "latin1" }, { existingOptions: {} });
    });
    const algorithms: string[] = [];
    for (const op of ops) algorithms.push(`${op.kind}:${await asReported(op)}`);
    const mariadb = /mariadb/i.test(version);
    expect(algorithms).toEqual([
      "addColumn:INSTANT", "createIndex:INPLACE", "dropIndex:INPLACE",
      "alterColumn:INPLACE", "alterColumn:INPLACE",
      `alterColumn:${mariadb ? "INSTANT" : "INPLACE"}`, `alterColumn:${mariadb ? "INSTANT" : "INPLACE"}`, "alterColumn:INSTANT",
      "alterColumn:INSTANT", "alterColumn:INPLACE",
      `setTableComment:${mariadb ? "INSTANT" : "INPLACE"}`, "createUniqueConstraint:INPLACE", "dropConstraint:INSTANT",
      "createCheckConstraint:COPY", "createForeignKey:COPY", "alterColumn:COPY", "dropColumn:INSTANT", "setTableOptions:COPY",
    ]);
    // The catalog as the ops left it (the refused ones changed nothing).
    const columns = await q<{ name: string; type: string; nullable: string; def: string | null; comment: string; extra: string }>(
      `SELECT COLUMN_NAME AS name, COLUMN_TYPE AS type, IS_NULLABLE AS nullable, COLUMN_DEFAULT AS def, COLUMN_COMMENT AS comment,
         EXTRA AS extra FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 't' ORDER BY ORDINAL_POSITION`);
    expect(columns.map((c) => c.name)).toEqual(["id", "a", "b", "ts", "pid", "c"]);
    expect(columns.find((c) => c.name === "a")).toMatchObject({ type: "int(11)", def: "5", comment: "hello" });
    expect(columns.find((c) => c.name === "b")).toMatchObject({ type: "varchar(40)" });
    expect(columns.find((c) => c.name === "ts")!.extra.toLowerCase()).toContain("on update current_timestamp");
    expect(columns.find((c) => c.name === "c")).toMatchObject({ nullable: "NO", def: "7" });
    const constraints = await q<{ name: string }>(`SELECT CONSTRAINT_NAME AS name FROM information_schema.TABLE_CONSTRAINTS
      WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 't' ORDER BY 1`);
    expect(constraints.map((c) => c.name)).toEqual(["PRIMARY", "uq_t_c_id"]);
    expect((await q<{ c: string }>("SELECT TABLE_COMMENT AS c FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 't'"))[0]!.c)
      .toBe("a table");
  });

  it("an expression default is refused as INSTANT rather than copied", async () => {
    const [op] = await recorded((o) => o.addColumn("t", "d", varchar(36).default(sql`(uuid())`), { algorithm: "INSTANT" }));
    await expect(apply(conn, op!)).rejects.toThrow(/ALGORITHM=INSTANT is not supported/);
  });
});

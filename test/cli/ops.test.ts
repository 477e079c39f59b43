/**
 * Every op of the op API, run for real inside a revision through the CLI on
 * each dialect: the catalog says what the ops did, and the hand-written
 * downgrade (each op's reverse, in reverse order) restores the catalog and
 * keeps the rows.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabase, skipWithoutServer, type ScratchDatabase } from "../helpers/databases.js";
import { applyWithClient, catalogOf, DIALECTS, query } from "../helpers/cli.js";
import { Project } from "../helpers/project.js";

const IMPORTS = 'import { integer, varchar, text, boolean, numeric, timestamp, enumType, index, unique, foreignKey, check, sql } from "athanor/schema";';

const BASE = `
  await op.createTable("parent", {
    id: integer().primaryKey().autoIncrement(),
    code: varchar(20).notNull(),
    "Mixed Name": varchar(30),
  }, [unique("uq_parent_code", ["code"])], { comment: "parents" });
  await op.createTable("order", {
    id: integer().notNull(),
    parent_id: integer().notNull(),
    "user": varchar(40).default("it's"),
    amount: numeric(10, 2).default(0),
  }, [index("ix_order_parent", ["parent_id"]), index("ix_order_amount", ["amount"])]);
  await op.bulkInsert("parent", [{ code: "a", "Mixed Name": "A" }, { code: "b" }]);
  await op.bulkInsert("order", [{ id: 1, parent_id: 1, amount: 5, "user": "x" }, { id: 2, parent_id: 2 }]);
`;

const ALL_OPS = `
  if (op.dialect === "postgresql") {
    await op.createEnum("mood", ["happy", "sad"]);
    await op.addEnumValue("mood", "ok", { after: "happy" });
  }
  await op.createPrimaryKey("pk_order", "order", ["id"]);
  await op.createForeignKey("fk_order_parent", "order", "parent", ["parent_id"], ["id"], { onDelete: "cascade" });
  await op.createCheckConstraint("ck_order_amount", "order", "amount >= 0");
  await op.createUniqueConstraint("uq_order_user", "order", ["user"]);
  await op.addColumn("order", "note", text());
  await op.alterColumn("order", "user", { type: varchar(80), nullable: true, default: "nobody", comment: "who",
    existingType: varchar(40), existingNullable: true, existingDefault: "it's", existingComment: null });
  await op.alterColumn("parent", "Mixed Name", { newName: "mixed name 2", existingType: varchar(30), existingNullable: true });
  await op.createIndex("ix_order_user", "order", ["user", "id"], op.dialect === "mysql" ? {} : { where: "amount > 0" });
  await op.dropIndex("ix_order_amount", "order");
  await op.setTableComment("parent", "the parents", { existingComment: "parents" });
  await op.batchAlterTable("parent", async (batch) => {
    await batch.addColumn("flag", boolean().notNull().default(false));
    await batch.createIndex("ix_parent_flag", ["flag"]);
  });
  await op.execute("UPDATE parent SET code = 'z' WHERE code = 'b'");
  QUERY
  await op.createTable("scratch", { id: integer().primaryKey(), at: timestamp().default(sql\`CURRENT_TIMESTAMP\`) });
  await op.renameTable("scratch", "scratch2");
  await op.dropTable("scratch2");
`;

const QUERY = `const rows = await op.query<{ n: number }>("SELECT COUNT(*) AS n FROM parent");
  if (Number(rows[0]!.n) !== 2) throw new Error("op.query saw " + JSON.stringify(rows));`;

const REVERSE = `
  await op.execute("UPDATE parent SET code = 'b' WHERE code = 'z'");
  await op.batchAlterTable("parent", async (batch) => {
    await batch.dropIndex("ix_parent_flag");
    await batch.dropColumn("flag");
  });
  await op.setTableComment("parent", "parents", { existingComment: "the parents" });
  await op.createIndex("ix_order_amount", "order", ["amount"]);
  await op.dropIndex("ix_order_user", "order");
  await op.alterColumn("parent", "mixed name 2", { newName: "Mixed Name", existingType: varchar(30), existingNullable: true });
  await op.alterColumn("order", "user", { type: varchar(40), default: "it's", comment: null,
    existingType: varchar(80), existingNullable: true, existingDefault: "nobody", existingComment: "who" });
  await op.dropColumn("order", "note");
  await op.dropConstraint("uq_order_user", "order", "unique");
  await op.dropConstraint("ck_order_amount", "order", "check");
  await op.dropConstraint("fk_order_parent", "order", "foreignkey");
  await op.dropConstraint("pk_order", "order", "primary");
  if (op.dialect === "postgresql") {
    await op.dropEnumValue("mood", "ok");
    await op.dropEnum("mood");
  }
`;

for (const dialect of DIALECTS) {
  describe.skipIf(await skipWithoutServer(dialect))(`every op in a revision (${dialect})`, () => {
    let db: ScratchDatabase;
    let project: Project;

    beforeAll(async () => {
      db = await createScratchDatabase(dialect);
      project = new Project(db.url);
      project.writeRevision({ id: "aaaa00000001", upgrade: BASE, downgrade: '  await op.dropTable("order");\n  await op.dropTable("parent");', imports: IMPORTS });
      project.writeRevision({ id: "bbbb00000002", down: "aaaa00000001", upgrade: ALL_OPS.replace("QUERY", QUERY), downgrade: REVERSE, imports: IMPORTS });
    });
    afterAll(async () => {
      project?.remove();
      await db?.drop();
    });

    it("--sql output of every op builds the same catalog as the online run", async () => {
      // op.query needs a live database: the offline variant of the revision leaves it out.
      const offline = new Project(db.url);
      const copy = await createScratchDatabase(dialect);
      try {
        offline.writeRevision({ id: "aaaa00000001", upgrade: BASE, downgrade: "", imports: IMPORTS });
        offline.writeRevision({ id: "bbbb00000002", down: "aaaa00000001", upgrade: ALL_OPS.replace("QUERY", ""), downgrade: REVERSE, imports: IMPORTS });
        const script = (await offline.ok(["upgrade", "base:head", "--sql"])).stdout;
        await applyWithClient(copy, script);
        await project.ok(["upgrade", "head"]);
        expect(await catalogOf(dialect, copy.url)).toEqual(await catalogOf(dialect, db.url));
        await project.ok(["downgrade", "aaaa00000001"]);
      } finally {
        offline.remove();
        await copy.drop();
      }
    });

    it("runs each op, and the downgrade restores the catalog with the rows", async () => {
      await project.ok(["upgrade", "aaaa00000001"]);
      const before = await catalogOf(dialect, db.url);
      await project.ok(["upgrade", "head"]);
      const after = await catalogOf(dialect, db.url);

      const order = after.order!;
      expect(order.columns.map((c) => c.name)).toEqual(["id", "parent_id", "user", "amount", "note"]);
      expect(order.columns.find((c) => c.name === "user")!.type.toLowerCase()).toMatch(/varchar\(80\)|character varying\(80\)/);
      expect(order.foreignKeys.join(" ")).toMatch(/parent/);
      expect(order.indexes.map((i) => i.name)).toContain("ix_order_user");
      expect(order.indexes.map((i) => i.name)).not.toContain("ix_order_amount");
      expect(after.parent!.columns.map((c) => c.name)).toEqual(["id", "code", "mixed name 2", "flag"]);
      expect(after.scratch2).toBeUndefined();
      expect(await query(db.url, 'SELECT code FROM parent ORDER BY code')).toEqual([{ code: "a" }, { code: "z" }]);

      await project.ok(["downgrade", "-1"]);
      expect(await catalogOf(dialect, db.url)).toEqual(before);
      expect((await query(db.url, "SELECT code FROM parent ORDER BY code")).map((r) => r.code)).toEqual(["a", "b"]);
      expect((await query(db.url, "SELECT COUNT(*) AS n FROM parent")).map((r) => Number(r.n))).toEqual([2]);
    });
  });
}

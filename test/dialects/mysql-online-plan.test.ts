/**
 * The MySQL / MariaDB online plan (`revision --autogenerate --online`) without a server: which algorithm each op
 * on a live table gets for a server version, what is left alone, what is refused and how the downgrade is planned.
 * The live scenario (1,000,000 rows, a writer) is test/cli/online-mysql.test.ts.
 */
import { describe, expect, it } from "vitest";
import { mysqlLockImpact } from "../../src/dialects/mysql/locks-report.js";
import { mysqlOnlinePlan } from "../../src/dialects/mysql/online.js";
import type { LockFacts } from "../../src/dialects/lock-facts.js";
import { UnsupportedOperationError } from "../../src/errors.js";
import { addColumnOp, alterColumnOp, createCheckOp, createIndexOp } from "../../src/operations/build.js";
import { alterModeOf, type Operation } from "../../src/operations/operation.js";
import { integer, varchar } from "../../src/schema/index.js";
import { buildTable } from "../../src/schema/table.js";

const T = { name: "events", schema: null };
const facts = (serverVersion: string | null): LockFacts => ({ serverVersion, rows: new Map([["events", 1_000_000]]), estimated: true });
const modes = (ops: readonly Operation[]) => ops.map((op) => [op.kind, alterModeOf(op)]);

describe("mysqlOnlinePlan", () => {
  const index = createIndexOp(T, "ix_user", ["user_id"]);
  const status = addColumnOp(T, "status", integer().notNull().default(0));
  const widen = alterColumnOp(T, "payload", { type: varchar(60), existingType: varchar(50), existingNullable: true });

  it("INSTANT where the server version has it, else INPLACE with LOCK=NONE; one step", () => {
    const [step, ...more] = mysqlOnlinePlan([index, status, widen], facts("10.11.6-MariaDB"));
    expect(more).toHaveLength(0);
    expect(modes(step!.ops)).toEqual([
      ["createIndex", { algorithm: "INPLACE", lock: "NONE" }], ["addColumn", { algorithm: "INSTANT" }],
      ["alterColumn", { algorithm: "INPLACE", lock: "NONE" }],
    ]);
    // MySQL 8.0.11 had no INSTANT ADD COLUMN.
    expect(modes(mysqlOnlinePlan([status], facts("8.0.11"))[0]!.ops)).toEqual([["addColumn", { algorithm: "INPLACE", lock: "NONE" }]]);
  });

  it("plans the downgrade on its own: a reverse that needs COPY is written plain (its // LOCK: comment says so)", () => {
    const [step] = mysqlOnlinePlan([index, status, widen], facts("10.11.6-MariaDB"));
    expect(modes(step!.downgrade!)).toEqual([
      ["alterColumn", {}], ["dropColumn", { algorithm: "INSTANT" }], ["dropIndex", { algorithm: "INPLACE", lock: "NONE" }],
    ]);
  });

  it("leaves new tables, table drops and renames alone, and runs a batch's ops one by one", () => {
    const created: Operation = { kind: "createTable", table: buildTable("fresh", { id: integer().primaryKey() }) };
    const onFresh = createIndexOp({ name: "fresh", schema: null }, "ix_fresh", ["id"]);
    const batch: Operation = { kind: "batchAlterTable", table: T, ops: [status], recreate: "auto" };
    const rename: Operation = { kind: "renameTable", table: { name: "old", schema: null }, newName: "older" };
    const [step] = mysqlOnlinePlan([created, onFresh, batch, rename], facts("10.11.6-MariaDB"));
    expect(modes(step!.ops)).toEqual([["createTable", {}], ["createIndex", {}], ["addColumn", { algorithm: "INSTANT" }], ["renameTable", {}]]);
  });

  it("refuses, naming the op, its table and why, what needs COPY or a lock that stops writes", () => {
    const refusal = (op: Operation): string => {
      try {
        mysqlOnlinePlan([index, op], facts("10.11.6-MariaDB"));
      } catch (error) {
        expect(error).toBeInstanceOf(UnsupportedOperationError);
        return (error as Error).message;
      }
      throw new Error("not refused");
    };
    expect(refusal(createCheckOp(T, "ck_status", "status >= 0"))).toBe("--online: createCheckConstraint ck_status on events cannot run on "
      + "mysql without blocking writes: table events needs ALGORITHM=COPY on 10.11.6-MariaDB (adding a CHECK constraint validates every "
      + "row by copying the table); no revision was written (make this change without --online in a maintenance window, or with an "
      + "online schema-change tool such as gh-ost)");
    expect(refusal(createIndexOp(T, "ft_payload", ["payload"], { using: "fulltext" })))
      .toMatch(/^--online: createIndex ft_payload on events cannot run on mysql without blocking writes: table events needs LOCK=SHARED/);
    expect(refusal(alterColumnOp(T, "payload", { type: varchar(200), existingType: varchar(50) })))
      .toMatch(/needs ALGORITHM=COPY .*\(use expand\/contract: add a column of the new type, backfill it, switch, drop the old one/);
  });

  it("the lock report: an op that states an algorithm it cannot have is refused by the server, not blocking", () => {
    const narrow = alterColumnOp(T, "payload", { type: varchar(10), existingType: varchar(50) });
    expect(mysqlLockImpact(narrow, "10.11.6-MariaDB")[0]).toMatchObject({ algorithm: "COPY", blocksWrites: true, severity: "blocking" });
    const asked: Operation = { ...narrow, algorithm: "INPLACE", lock: "NONE" };
    const batch: Operation = { kind: "batchAlterTable", table: T, ops: [asked as typeof narrow], recreate: "auto" };
    for (const op of [asked, batch]) {
      const [impact] = mysqlLockImpact(op, "10.11.6-MariaDB");
      expect(impact).toMatchObject({ algorithm: "COPY", blocksWrites: false, severity: "warning" });
      expect(impact!.note).toContain("with ALGORITHM=INPLACE, LOCK=NONE the server refuses the statement instead, so the revision fails there");
    }
    // Asked for what it can have: reported as it is.
    expect(mysqlLockImpact({ ...index, algorithm: "INPLACE", lock: "NONE" }, "10.11.6-MariaDB")[0]).toMatchObject({ severity: "info" });
  });
});

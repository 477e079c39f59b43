/**
 * Issue 16, "Done when", MariaDB side: on a table of 1,000,000 rows with a writer inserting and updating
 * throughout, `upgrade head` of a `revision --autogenerate --online` that adds an index, a NOT NULL column with
 * a default and a nullable column, makes a column NOT NULL (an INPLACE rebuild of the table) and sets comments
 * never holds the writer up for a second (the measured maximum is printed). The revision states ALGORITHM= / LOCK= on every op, so the
 * server would refuse rather than copy. A change that needs a table COPY (a type change, a foreign key) is
 * refused at autogenerate time: one line naming the op, its table and why, exit 1, no file. Afterwards `check`
 * is clean and `downgrade -1` restores the table.
 */
import { performance } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "../../src/dialects/dialect.js";
import { body, ModelProject, type FullCatalog } from "../helpers/autogen.js";
import { expectCleanError, snapshotFiles } from "../helpers/cli.js";
import { connectUrl, skipWithoutServer } from "../helpers/databases.js";

const ROWS = 1_000_000;

const BEFORE = `
export const events = table("events", {
  id: bigint().primaryKey().autoIncrement(),
  user_id: integer().notNull(),
  payload: varchar(50),
});
`;

const AFTER = `
export const events = table("events", {
  id: bigint().primaryKey().autoIncrement(),
  user_id: integer().notNull(),
  payload: varchar(50).notNull().comment("what happened"),
  status: integer().notNull().default(0),
  note: varchar(100),
}, [index("ix_events_user_id", ["user_id"])], { comment: "the event log" });
`;

/** Each needs a table COPY on MariaDB: a type change; a foreign key with foreign_key_checks on. */
const NEEDS_COPY = {
  typeChange: AFTER.replace("user_id: integer().notNull()", "user_id: bigint().notNull()"),
  foreignKey: `export const users = table("users", { id: integer().primaryKey() });\n`
    + AFTER.replace("user_id: integer().notNull()", 'user_id: integer().notNull().references("users.id")'),
};

interface Writer {
  stop(): Promise<{ max: number; writes: number }>;
}

/** A connection that inserts a row and updates another, one statement at a time, as fast as it can. */
async function startWriter(connection: Connection): Promise<Writer> {
  let running = true;
  let max = 0;
  let writes = 0;
  let id = 1;
  const timed = async (sql: string, params: unknown[]): Promise<void> => {
    const t0 = performance.now();
    await connection.execute({ sql, params });
    max = Math.max(max, performance.now() - t0);
    writes++;
  };
  const loop = (async () => {
    while (running) {
      await timed("INSERT INTO events (user_id, payload) VALUES (?, ?)", [id % 1000, `w${id}`]);
      await timed("UPDATE events SET payload = ? WHERE id = ?", [`u${id}`, 1 + ((id * 7919) % ROWS)]);
      id++;
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return { max, writes };
    },
  };
}

describe.skipIf(await skipWithoutServer("mysql"))("revision --autogenerate --online on MariaDB (1,000,000 rows, live writer)", () => {
  let project: ModelProject;
  let before: FullCatalog;

  beforeAll(async () => {
    project = await ModelProject.open("mysql", { configExtra: "  compareType: true," });
    project.writeModels(BEFORE);
    await project.autogenerate("events");
    await project.ok(["upgrade", "head"]);
    const t0 = performance.now();
    // MariaDB's SEQUENCE engine: a million rows in one statement.
    await project.exec(`INSERT INTO events (id, user_id, payload) SELECT seq, seq % 1000, CONCAT('p', seq) FROM seq_1_to_${ROWS}`,
      "ANALYZE TABLE events");
    console.log(`loaded ${ROWS} rows in ${Math.round(performance.now() - t0)} ms`);
    before = await project.catalog();
  }, 120_000);
  afterAll(async () => {
    await project?.close();
  });

  it("the online revision states the algorithm of each op, and never blocks the writer for a second", async () => {
    project.writeModels(AFTER);
    const generated = await project.autogenerate("online change", ["--online"]);
    const upgrade = body(generated.source, "upgrade");
    expect(upgrade).toContain('await op.createIndex("ix_events_user_id", "events", ["user_id"], { algorithm: "INPLACE", lock: "NONE" });');
    expect(upgrade).toMatch(/await op\.addColumn\("events", "status", integer\(\)\.notNull\(\)\.default\(0\), \{ algorithm: "INSTANT" \}\);/);
    expect(upgrade).toMatch(/await op\.addColumn\("events", "note", varchar\(100\), \{ algorithm: "INSTANT" \}\);/);
    expect(upgrade).toMatch(/await op\.alterColumn\("events", "payload", \{ nullable: false, comment: "what happened",[^\n]*algorithm: "INPLACE", lock: "NONE" \}\);/);
    expect(upgrade).toMatch(/await op\.setTableComment\("events", "the event log", \{ existingComment: null, algorithm: "INSTANT" \}\);/);
    // Every op on the live table says how it must run, and so does its reverse.
    const calls = (text: string) => text.split("\n").filter((l) => l.trim().startsWith("await op."));
    const downgrade = calls(body(generated.source, "downgrade"));
    expect(downgrade).toHaveLength(5);
    for (const line of [...calls(upgrade), ...downgrade]) expect(line).toMatch(/algorithm: "(INSTANT|INPLACE)"/);

    const connection = await connectUrl(project.db.url);
    try {
      const writer = await startWriter(connection);
      // The writer gets going before the DDL starts, and goes on after it ends.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const t0 = performance.now();
      const result = await project.run(["upgrade", "head"]);
      const elapsed = performance.now() - t0;
      await new Promise((resolve) => setTimeout(resolve, 300));
      const { max, writes } = await writer.stop();
      expect(result.code, result.stderr).toBe(0);
      console.log(`upgrade head (online) took ${Math.round(elapsed)} ms; the writer made ${writes} writes meanwhile, `
        + `the slowest took ${Math.round(max)} ms`);
      expect(writes).toBeGreaterThan(20);
      expect(max).toBeLessThan(1000);
    } finally {
      await connection.close();
    }
    const check = await project.run(["check"]);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    const after = await project.catalog();
    expect(after.tables.events!.indexes.map((i) => i.name)).toContain("ix_events_user_id");
    expect(after.tables.events!.columns.find((c) => c.name === "status")).toMatchObject({ nullable: false });
  }, 90_000);

  it("a change that needs a table COPY is refused: one line naming the op, its table and why; no file", async () => {
    const files = snapshotFiles(project.dir);
    project.writeModels(NEEDS_COPY.typeChange);
    const typeChange = expectCleanError(await project.run(["revision", "--autogenerate", "--online", "-m", "widen"]));
    expect(typeChange).toMatch(/^error: --online: alterColumn events\.user_id \(type\) cannot run on mysql without blocking writes: table events needs ALGORITHM=COPY on [^ ]*MariaDB[^ ]* \(changing a column's type copies the table\)/);
    project.writeModels(NEEDS_COPY.foreignKey);
    const foreignKey = expectCleanError(await project.run(["revision", "--autogenerate", "--online", "-m", "fk"]));
    expect(foreignKey).toMatch(/--online: createForeignKey \S+ on events cannot run on mysql without blocking writes: table events needs ALGORITHM=COPY .*foreign_key_checks/);
    project.writeModels(AFTER);
    expect(snapshotFiles(project.dir)).toEqual(files);
  });

  it("downgrade -1 takes the table back to what it was", async () => {
    await project.ok(["downgrade", "-1"]);
    expect(await project.catalog()).toEqual(before);
    const connection = await connectUrl(project.db.url);
    try {
      const [row] = await connection.query<{ n: number | string }>({ sql: "SELECT COUNT(*) AS n FROM events", params: [] });
      expect(Number(row!.n)).toBeGreaterThanOrEqual(ROWS);
    } finally {
      await connection.close();
    }
  }, 60_000);
});

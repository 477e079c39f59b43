/**
 * Read-only servers (issue 15): against a real PostgreSQL hot standby of the test server (test/helpers/standby.ts),
 * a PostgreSQL connection whose transactions start read-only, a MariaDB server of the suite's own with read_only on,
 * a MariaDB session in read-only mode, an SQLite file opened with `?mode=ro` and one that cannot be written, the commands that only read (`current`, `history -i`, `check`) work, and those that write
 * (`upgrade`, `downgrade`, `stamp`) fail at once, before the migration lock, with one line saying why; nothing
 * changes.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ModelProject } from "../helpers/autogen.js";
import { expectCleanError, query, versionRows, type Row } from "../helpers/cli.js";
import { connectUrl, skipWithoutServer } from "../helpers/databases.js";
import type { Connection } from "../../src/dialects/dialect.js";
import { canRunScratchMariadb, canRunStandby, startScratchMariadb, startStandby, type ScratchServer, type Standby } from "../helpers/standby.js";
import { serverUrls } from "../helpers/servers.js";

/** Expressions the comparison asks the server to print (a check, a partial index, an expression default). */
const MODELS_A = `
export const accounts = table("accounts", {
  id: integer().primaryKey(),
  email: varchar(200).notNull(),
  created: timestamp().default(sql("CURRENT_TIMESTAMP")),
}, [check("ck_accounts_id", "id > 0 AND id < 1000000"), index("ix_accounts_email", ["email"], { where: "email <> ''" })]);
`;
const MODELS_B = MODELS_A.replace("email: varchar(200).notNull(),", "email: varchar(200).notNull(),\n  note: text(),");

const WRITES: readonly (readonly string[])[] = [["upgrade", "head"], ["downgrade", "-1"], ["stamp", "base"]];

const history = (url: string): Promise<Row[]> => query(url, "SELECT id, revision, status FROM migrate_history ORDER BY id");

describe.skipIf(await skipWithoutServer("postgresql") || !canRunStandby())("read-only PostgreSQL", () => {
  let project: ModelProject;
  let standby: Standby | null = null;
  let head = "";
  let first = "";

  beforeAll(async () => {
    project = await ModelProject.open("postgresql");
    project.writeModels(MODELS_A);
    first = revisionId((await project.autogenerate("accounts")).path);
    await project.ok(["upgrade", "head"]);
    // The standby starts from the state above, then replays the second revision from the primary (written while
    // the standby starts: autogenerate only reads).
    project.writeModels(MODELS_B);
    const [started, second] = await Promise.all([startStandby(serverUrls().postgresql), project.autogenerate("note")]);
    standby = started;
    head = revisionId(second.path);
    await project.ok(["upgrade", "head"]);
    await standby.waitFor(project.db.name, `SELECT 1 FROM migrate_version WHERE version_num = '${head}'`);
  });
  afterAll(async () => {
    await standby?.stop();
    await project?.close();
  });

  it("a hot standby: current, history -i and check work; upgrade, downgrade and stamp fail at once, nothing changed", async () => {
    const url = standby!.url(project.db.name);
    project.writeConfig(undefined, url);
    const before = await history(url);
    expect(await versionRows("postgresql", url)).toEqual([head]);

    // The commands that read, at once (they take no lock).
    const [current, listed, checked] = await Promise.all([project.ok(["current"]), project.ok(["history", "-i"]), project.run(["check"])]);
    expect(current.stdout).toMatch(new RegExp(`^${head} \\(head\\)`, "m"));
    expect(listed.stdout).toMatch(new RegExp(`${first} -> ${head} \\(head\\) \\(current\\)`));
    // The comparison cannot ask the server with temp tables here (the partial index's predicate): it asks by EXPLAIN.
    expect(checked.code, checked.stdout + checked.stderr).toBe(0);
    expect(checked.stdout).toMatch(/No differences/);
    // Real differences stay differences, those of expressions too.
    project.writeModels(MODELS_B.replace("note: text(),", "note: text(),\n  extra: integer(),").replace("email <> ''", "email <> 'x'"));
    const differs = await project.run(["check"]);
    expect(differs.code).toBe(1);
    expect(differs.stdout).toMatch(/extra/);
    expect(differs.stdout).toMatch(/ix_accounts_email/);
    project.writeModels(MODELS_B);

    // The migration lock held on the standby by another session: a command that took it first would wait 30 s.
    const holder = await connectUrl(url);
    try {
      await holder.acquireLock("athanor:migrate_version", 1000);
      const results = await Promise.all(WRITES.map((args) => project.run(args)));
      WRITES.forEach((args, i) => {
        expect(expectCleanError(results[i]!)).toBe(`error: cannot ${args[0]}: the server is a hot standby (read-only while it replays ` +
          "its primary's changes): connect to the primary. Nothing was changed");
      });
    } finally {
      await holder.close();
    }
    expect(await versionRows("postgresql", url)).toEqual([head]);
    expect(await history(url)).toEqual(before);
    expect(await versionRows("postgresql", project.db.url)).toEqual([head]);
  });

  it("a connection whose transactions start read-only (default_transaction_read_only): the same", async () => {
    project.writeConfig(undefined, project.db.url);
    const admin = serverUrls().postgresql;
    await query(admin, `ALTER DATABASE ${project.db.name} SET default_transaction_read_only = on`);
    try {
      const before = await history(project.db.url);
      const [current, checked, upgraded, stamped] = await Promise.all([
        project.ok(["current"]), project.run(["check"]), project.run(["upgrade", "head"]), project.run(["stamp", "base"])]);
      expect(current.stdout).toMatch(new RegExp(`^${head} \\(head\\)`, "m"));
      expect(checked.code, checked.stdout + checked.stderr).toBe(0);
      for (const [command, result] of [["upgrade", upgraded], ["stamp", stamped]] as const) {
        expect(expectCleanError(result!)).toMatch(new RegExp(`^error: cannot ${command}: the connection is read-only \\(default_transaction_read_only is on`));
      }
      expect(await versionRows("postgresql", project.db.url)).toEqual([head]);
      expect(await history(project.db.url)).toEqual(before);
    } finally {
      await query(admin, `ALTER DATABASE ${project.db.name} RESET default_transaction_read_only`);
    }
  });
});

describe.skipIf(!canRunScratchMariadb())("read-only MariaDB", () => {
  // read_only is global: it is turned on on a server of the suite's own, never on the shared one.
  let server: ScratchServer | null = null;
  let project: ModelProject;
  let head = "";
  beforeAll(async () => {
    server = await startScratchMariadb();
    await query(server.url("information_schema"), "CREATE DATABASE athanor_readonly");
    const url = server.url("athanor_readonly");
    project = await ModelProject.open("mysql", { database: { dialect: "mysql", url, name: "athanor_readonly", drop: async () => {} } });
    project.writeModels(MODELS_A.replace(/, \{ where: "email <> ''" \}/, ""));
    head = revisionId((await project.autogenerate("accounts")).path);
    await project.ok(["upgrade", "head"]);
    await query(url, "SET GLOBAL read_only = ON");
  });
  afterAll(async () => {
    await project?.close();
    await server?.stop();
  });

  it("read_only = ON (as on a replica): reads work, writes fail at once, nothing changed", async () => {
    const url = server!.url("athanor_readonly");
    const before = await history(url);
    const [current, listed, checked, ...writes] = await Promise.all([project.ok(["current"]), project.ok(["history", "-i"]),
      project.run(["check"]), ...WRITES.map((args) => project.run(args))]);
    expect(current.stdout).toMatch(new RegExp(`^${head} \\(head\\)`, "m"));
    expect(listed.stdout).toMatch(/\(current\)/);
    expect(checked.code, checked.stdout + checked.stderr).toBe(0);
    WRITES.forEach((args, i) => {
      // Refused although root (no grant tables: every privilege) could write: a replica must not be migrated.
      expect(expectCleanError(writes[i]!)).toBe(`error: cannot ${args[0]}: the server is read-only (read_only = ON, as on a replica): ` +
        "connect to the primary. Nothing was changed");
    });
    expect(await versionRows("mysql", url)).toEqual([head]);
    expect(await history(url)).toEqual(before);
  });
});

describe.skipIf(await skipWithoutServer("mysql"))("read-only MySQL / MariaDB session", () => {
  let connection: Connection;
  beforeAll(async () => { connection = await connectUrl(serverUrls().mysql); });
  afterAll(async () => { await connection?.close(); });

  it("a session in read-only mode says so; a writable one is not refused", async () => {
    expect(await connection.readOnly()).toBeNull();
    await connection.execute({ sql: "SET SESSION TRANSACTION READ ONLY", params: [] });
    expect(await connection.readOnly()).toMatch(/^the connection is read-only \((transaction|tx)_read_only = ON for this session\)/);
    await connection.execute({ sql: "SET SESSION TRANSACTION READ WRITE", params: [] });
    expect(await connection.readOnly()).toBeNull();
  });
});

describe("read-only SQLite", () => {
  let project: ModelProject;
  let head = "";
  beforeAll(async () => {
    project = await ModelProject.open("sqlite");
    project.writeModels(MODELS_A.replace(/, \{ where: "email <> ''" \}/, ""));
    head = revisionId((await project.autogenerate("accounts")).path);
    await project.ok(["upgrade", "head"]);
  });
  afterAll(async () => { await project?.close(); });

  it("a file this process may not write (immutable, which stops root too): upgrade is refused before it writes", async (context) => {
    const copy = join(project.dir, "immutable.db");
    copyFileSync(project.db.name, copy);
    try {
      execFileSync("chattr", ["+i", copy], { stdio: "ignore" });
    } catch {
      context.skip("chattr +i is not available here");
    }
    try {
      project.writeConfig(undefined, `sqlite:///${copy}`);
      const [current, upgraded] = await Promise.all([project.ok(["current"]), project.run(["upgrade", "head"])]);
      expect(current.stdout).toMatch(new RegExp(`^${head} \\(head\\)`, "m"));
      expect(expectCleanError(upgraded)).toBe(`error: cannot upgrade: the database file ${copy} is read-only ` +
        "(no permission to write it, or a read-only file system). Nothing was changed");
    } finally {
      execFileSync("chattr", ["-i", copy], { stdio: "ignore" });
    }
  });

  it("a file opened with ?mode=ro: reads work, writes fail at once, nothing changed", async () => {
    const copy = join(project.dir, "copy.db");
    copyFileSync(project.db.name, copy);
    project.writeConfig(undefined, `sqlite:///${copy}?mode=ro`);
    const before = await history(`sqlite:///${copy}`);
    const [current, listed, checked, ...writes] = await Promise.all([project.ok(["current"]), project.ok(["history", "-i"]),
      project.run(["check"]), ...WRITES.map((args) => project.run(args))]);
    expect(current.stdout).toMatch(new RegExp(`^${head} \\(head\\)`, "m"));
    expect(listed.stdout).toMatch(/\(current\)/);
    expect(checked.code, checked.stdout + checked.stderr).toBe(0);
    WRITES.forEach((args, i) => {
      expect(expectCleanError(writes[i]!)).toBe(`error: cannot ${args[0]}: the database file is opened read-only (mode=ro in the URL). Nothing was changed`);
    });
    expect(await versionRows("sqlite", `sqlite:///${copy}`)).toEqual([head]);
    expect(await history(`sqlite:///${copy}`)).toEqual(before);
  });
});

function revisionId(path: string): string {
  return /([0-9a-f]{12})_[^/]*\.ts$/.exec(path)![1]!;
}

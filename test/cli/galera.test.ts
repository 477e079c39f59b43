/**
 * MariaDB Galera: a real three-node cluster on loopback (test/helpers/galera.ts). GET_LOCK is local to a node,
 * so deploys that reach different nodes must serialise on athanor's lock row instead:
 *
 *   - 8 processes × 20 rounds, each round a fresh database that all 8 upgrade at once through the three nodes,
 *     on three revisions (DDL, rows only, DDL) that each insert a row: every revision runs exactly once (one
 *     row per revision, one `ok` history row per revision, no other history row), and every run succeeds;
 *   - a node killed (SIGKILL) while a run through it holds the lock: the survivors are at a revision boundary
 *     (the version table agrees with the rows), and a run through a survivor takes the dead holder's lock over
 *     and finishes; meanwhile a run that times out says who holds the lock;
 *   - a holder process killed: taken over at once by a waiter on its node, after the lease by one on another;
 *   - a holder whose row was taken over stops before its next statement;
 *   - a certification conflict is reported as one.
 */
import { fork, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatabaseError } from "../../src/errors.js";
import { connectUrl } from "../helpers/databases.js";
import { galeraUnavailable, startGaleraCluster, type GaleraCluster } from "../helpers/galera.js";
import { finished, stderrShows } from "../helpers/processes.js";
import { Project, ROOT } from "../helpers/project.js";

const unavailable = await galeraUnavailable();
if (unavailable) process.stderr.write(`\n*** SKIPPING the Galera cluster tests: ${unavailable}\n\n`);

const PROCESSES = 8;
const ROUNDS = 20;

function configFor(url: string): string {
  return [
    'import { defineConfig } from "athanor";',
    "export default defineConfig({",
    `  url: process.env.GALERA_URL ?? ${JSON.stringify(url)},`,
    '  migrations: "./migrations",',
    "  lockTimeout: 60,",
    "});",
    "",
  ].join("\n");
}

describe.skipIf(unavailable !== null)("MariaDB Galera cluster", () => {
  let cluster: GaleraCluster;

  beforeAll(async () => {
    cluster = await startGaleraCluster();
    for (const name of ["athanor_galera_crash", "athanor_galera_dead", "athanor_galera_conflict", "athanor_galera_lost"]) {
      await cluster.query(cluster.nodes[0]!, `CREATE DATABASE ${name}`);
    }
  }, 120_000);
  afterAll(() => cluster?.stop());

  it(`${PROCESSES} processes × ${ROUNDS} rounds through three nodes apply every revision exactly once`, async () => {
    const project = new Project(cluster.nodes[0]!.url("athanor_galera_r1"));
    const ids = ["gs0000000001", "gs0000000002", "gs0000000003"];
    // A revision with DDL (committed at once, in total order across the cluster), one that only inserts a row
    // (one transaction with its bookkeeping), and DDL again.
    const upgrades = [
      '  await op.createTable("applied", { id: integer().primaryKey().autoIncrement(), rev: varchar(32).notNull() });\n',
      "",
      '  await op.createTable("second", { id: integer().primaryKey() });\n',
    ];
    ids.forEach((id, i) => project.writeRevision({
      id, down: ids[i - 1] ?? null, upgrade: `${upgrades[i]}  await op.execute("INSERT INTO applied (rev) VALUES ('${id}')");`,
    }));
    // Long-lived workers, each deploying through the programmatic API when told: 8 processes starting once,
    // not 160 (the CLI's start-up would dominate the test's time; the crash test below drives the CLI).
    writeFileSync(join(project.dir, "worker.mjs"), [
      `import { upgrade } from ${JSON.stringify(join(ROOT, "dist/index.js"))};`,
      "process.on('message', async ({ url }) => {",
      "  try {",
      "    const report = await upgrade({ cwd: process.cwd(), url });",
      "    process.send({ ok: true, ran: report.databases.flatMap((r) => r.steps.map((s) => s.revision)) });",
      "  } catch (error) {",
      "    process.send({ ok: false, error: `${error?.name}: ${error?.message ?? error}` });",
      "  }",
      "});",
      "process.send({ ready: true });",
      "",
    ].join("\n"));
    const workers = Array.from({ length: PROCESSES }, () => fork(join(project.dir, "worker.mjs"), { cwd: project.dir, stdio: "pipe" }));
    type Answer = { ready?: true; ok?: boolean; ran?: string[]; error?: string };
    const next = (worker: ChildProcess): Promise<Answer> => new Promise((resolve, reject) => {
      const onExit = (code: number | null): void => reject(new Error(`worker exited with ${code}`));
      worker.once("exit", onExit);
      worker.once("message", (message) => {
        worker.off("exit", onExit);
        resolve(message as Answer);
      });
    });
    try {
      await Promise.all(workers.map(next));
      for (let round = 1; round <= ROUNDS; round++) {
        const database = `athanor_galera_r${round}`;
        await cluster.query(cluster.nodes[round % 3]!, `CREATE DATABASE ${database}`);
        const answers = await Promise.all(workers.map((worker, i) => {
          const answer = next(worker);
          worker.send({ url: cluster.nodes[i % 3]!.url(database) });
          return answer;
        }));
        const output = `round ${round}: ${JSON.stringify(answers)}`;
        // Every run finished cleanly: one applied the revisions, the others waited and found nothing to do.
        for (const answer of answers) expect(answer.ok, output).toBe(true);
        expect(answers.flatMap((a) => a.ran ?? []).sort(), output).toEqual(ids);

        const node = cluster.nodes[(round + 1) % 3]!;
        const counts = await cluster.query<{ rev: string; n: number }>(node,
          "SELECT rev, COUNT(*) AS n FROM applied GROUP BY rev ORDER BY rev", database);
        expect(counts.map((r) => [r.rev, Number(r.n)]), output).toEqual(ids.map((id) => [id, 1]));
        const history = await cluster.query<{ revision: string; status: string; n: number }>(node,
          "SELECT revision, status, COUNT(*) AS n FROM migrate_history GROUP BY revision, status ORDER BY revision", database);
        expect(history.map((r) => [r.revision, r.status, Number(r.n)]), output).toEqual(ids.map((id) => [id, "ok", 1]));
        const version = await cluster.query<{ version_num: string }>(node, "SELECT version_num FROM migrate_version", database);
        expect(version.map((r) => r.version_num)).toEqual([ids.at(-1)]);
        expect(await cluster.query(node, "SELECT * FROM migrate_version_lock", database)).toEqual([]);
      }
    } finally {
      for (const worker of workers) worker.kill();
      project.remove();
    }
  }, 180_000);

  it("a certification conflict is reported as one", async () => {
    const database = "athanor_galera_conflict";
    const [one, two] = cluster.nodes as [typeof cluster.nodes[0], typeof cluster.nodes[0]];
    await cluster.query(one, "CREATE TABLE counter (id INT PRIMARY KEY, n INT NOT NULL)", database);
    await cluster.query(one, "INSERT INTO counter VALUES (1, 0)", database);
    // Node 2 must have the row before it changes it (replication to it is asynchronous), or nothing conflicts.
    for (let i = 0; i < 100 && (await cluster.query(two, "SELECT n FROM counter", database)).length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const connection = await connectUrl(one.url(database));
    try {
      // A transaction on node 1 changes the row; node 2 commits a change of the same row first: certification
      // aborts node 1's transaction, which MariaDB reports as a deadlock.
      await connection.begin();
      await connection.execute({ sql: "UPDATE counter SET n = n + 1 WHERE id = 1", params: [] });
      await cluster.query(two, "UPDATE counter SET n = n + 10 WHERE id = 1", database);
      const error = await connection.commit().then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(DatabaseError);
      expect((error as Error).message).toMatch(
        /^Galera certification conflict: another node of the cluster committed a conflicting write first, so the cluster rolled back this node's transaction \(the server said: Deadlock found when trying to get lock/);
      expect(await cluster.query(one, "SELECT n FROM counter", database)).toEqual([{ n: 10 }]);
    } finally {
      await connection.close();
    }
  });

  it("a holder process killed: a waiter on its node takes over at once, one on another node once the heartbeat is stale", async () => {
    const database = "athanor_galera_dead";
    const [one, two] = cluster.nodes as [typeof cluster.nodes[0], typeof cluster.nodes[0]];
    const project = new Project(one.url(database), { config: configFor(one.url(database)) });
    const ids = Array.from({ length: 8 }, (_, i) => `gd${String(i + 1).padStart(10, "0")}`);
    ids.forEach((id, i) => project.writeRevision({
      id, down: i === 0 ? null : ids[i - 1]!,
      upgrade: (i === 0 ? '  await op.createTable("applied", { id: integer().primaryKey().autoIncrement(), rev: varchar(32).notNull() });\n' : "") +
        `  await op.execute("INSERT INTO applied (rev) VALUES ('${id}')");\n  await op.execute("SELECT SLEEP(0.3)");`,
    }));
    const killedAt = async (node: typeof one, revision: string): Promise<void> => {
      const holder = project.spawn(["upgrade", revision], { GALERA_URL: node.url(database) });
      const done = finished(holder);
      expect(await stderrShows(holder, new RegExp(`Running upgrade \\S+ -> ${revision}`), 30_000)).toBe(true);
      holder.kill("SIGKILL");
      await done;
    };
    const applied = async (): Promise<string[][]> => (await cluster.query<{ rev: string; n: number }>(one,
      "SELECT rev, COUNT(*) AS n FROM applied GROUP BY rev ORDER BY rev", database)).map((r) => [r.rev, String(r.n)]);
    try {
      // Killed on node 1, waited for on node 2: node 2 cannot see node 1's connections, so only the heartbeat tells.
      await killedAt(one, ids[3]!);
      let started = Date.now();
      const across = await project.run(["upgrade", ids[5]!], { GALERA_URL: two.url(database) });
      expect(across.code, across.stderr).toBe(0);
      // It waited for the lease (15 s of no heartbeat), not less: a live holder on another node is never taken over.
      expect(Date.now() - started).toBeGreaterThanOrEqual(12_000);
      expect(await applied()).toEqual(ids.slice(0, 6).map((id) => [id, "1"]));

      // Killed on node 2, waited for on node 2: its connection is gone from that node's processlist.
      await killedAt(two, ids[7]!);
      started = Date.now();
      const same = await project.run(["upgrade", "head"], { GALERA_URL: two.url(database) });
      expect(same.code, same.stderr).toBe(0);
      // Well under the lease: taken over at once (the margin is for a loaded machine).
      expect(Date.now() - started).toBeLessThan(12_000);
      expect(await applied()).toEqual(ids.map((id) => [id, "1"]));
      const history = await cluster.query<{ revision: string; status: string }>(one,
        "SELECT revision, status FROM migrate_history ORDER BY id", database);
      expect(history.map((r) => [r.revision, r.status])).toEqual(ids.map((id) => [id, "ok"]));
    } finally {
      project.remove();
    }
  }, 120_000);

  it("a holder whose lock row was taken over stops before its next statement", async () => {
    const database = "athanor_galera_lost";
    const node = cluster.nodes[1]!;
    const project = new Project(node.url(database), { config: configFor(node.url(database)) });
    const ids = Array.from({ length: 12 }, (_, i) => `gl${String(i + 1).padStart(10, "0")}`);
    ids.forEach((id, i) => project.writeRevision({
      id, down: i === 0 ? null : ids[i - 1]!,
      upgrade: (i === 0 ? '  await op.createTable("applied", { id: integer().primaryKey().autoIncrement(), rev: varchar(32).notNull() });\n' : "") +
        `  await op.execute("INSERT INTO applied (rev) VALUES ('${id}')");\n  await op.execute("SELECT SLEEP(0.4)");`,
    }));
    try {
      const holder = project.spawn(["upgrade", "head"], { GALERA_URL: node.url(database) });
      const done = finished(holder);
      expect(await stderrShows(holder, new RegExp(`Running upgrade \\S+ -> ${ids[1]}`), 30_000)).toBe(true);
      // What a waiter's takeover does to the row (as if this run's heartbeat had stopped for the lease).
      await cluster.query(cluster.nodes[0]!, "UPDATE migrate_version_lock SET token = REPEAT('0', 32), beats = 0", database);
      const result = await done;
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).toMatch(/migration lock "athanor:migrate_version" was lost: another run took it over .*; stopped before sending another statement/);
      // It stopped well before the end, at a revision boundary.
      const applied = (await cluster.query<{ rev: string }>(node, "SELECT rev FROM applied ORDER BY rev", database)).map((r) => r.rev);
      expect(applied.length).toBeLessThan(ids.length);
      expect(applied).toEqual(ids.slice(0, applied.length));
      expect((await cluster.query<{ version_num: string }>(node, "SELECT version_num FROM migrate_version", database))
        .map((r) => r.version_num)).toEqual([applied.at(-1)]);
    } finally {
      project.remove();
    }
  }, 60_000);

  it("a node killed mid-run leaves a revision boundary; a run through a survivor takes the lock over and finishes", async () => {
    const database = "athanor_galera_crash";
    const [survivor, , victim] = cluster.nodes as [typeof cluster.nodes[0], typeof cluster.nodes[0], typeof cluster.nodes[0]];
    const project = new Project(survivor.url(database), { config: configFor(survivor.url(database)) });
    try {
      const ids = Array.from({ length: 8 }, (_, i) => `gc${String(i + 1).padStart(10, "0")}`);
      ids.forEach((id, i) => project.writeRevision({
        id, down: i === 0 ? null : ids[i - 1]!, message: `step ${i + 1}`,
        // The row first, then a pause inside the same revision: the kill lands between them, mid-revision.
        upgrade: (i === 0 ? '  await op.createTable("applied", { id: integer().primaryKey().autoIncrement(), rev: varchar(32).notNull() });\n' : "") +
          `  await op.execute("INSERT INTO applied (rev) VALUES ('${id}')");\n  await op.execute("SELECT SLEEP(0.5)");`,
      }));
      const holder = project.spawn(["upgrade", "head"], { GALERA_URL: victim.url(database) });
      const holderDone = finished(holder);
      expect(await stderrShows(holder, new RegExp(`Running upgrade \\S+ -> ${ids[2]}`), 30_000)).toBe(true);

      // While it holds the lock, a run through another node waits, then says who holds it.
      const waiter = await finished(project.spawn(["upgrade", "head", "--lock-timeout", "1"], { GALERA_URL: survivor.url(database) }));
      expect(waiter.code).toBe(1);
      expect(waiter.stderr).toMatch(new RegExp(
        `migration lock "athanor:migrate_version" is held by another run on the Galera cluster \\(host \\S+, pid ${holder.pid}, ` +
        "connection id \\d+, on node node3, since [0-9-]+ [0-9:]+ UTC"));

      victim.kill();
      const crashed = await holderDone;
      expect(crashed.code, crashed.stderr).toBe(1);
      expect(crashed.stderr).not.toMatch(/Nothing of this revision was applied/);
      await cluster.waitForSize(2);

      // At a revision boundary on both survivors: the version table names the last revision whose row is there.
      for (const node of cluster.nodes.slice(0, 2)) {
        const rows = await cluster.query<{ rev: string }>(node, "SELECT rev FROM applied ORDER BY rev", database);
        const at = (await cluster.query<{ version_num: string }>(node, "SELECT version_num FROM migrate_version", database))
          .map((r) => r.version_num);
        const applied = rows.map((r) => r.rev);
        expect(applied.length, crashed.stderr).toBeGreaterThanOrEqual(2);
        expect(applied).toEqual(ids.slice(0, applied.length));
        expect(at).toEqual([applied.at(-1)]);
        const history = await cluster.query<{ revision: string; status: string }>(node,
          "SELECT revision, status FROM migrate_history ORDER BY id", database);
        expect(history.map((r) => [r.revision, r.status])).toEqual(applied.map((id) => [id, "ok"]));
        // The dead run's lock row is still there, held by the node that left.
        expect(await cluster.query(node, "SELECT node_name FROM migrate_version_lock", database)).toEqual([{ node_name: "node3" }]);
      }

      const resumed = await project.run(["upgrade", "head"], { GALERA_URL: cluster.nodes[1]!.url(database) });
      expect(resumed.code, resumed.stderr).toBe(0);
      const rows = await cluster.query<{ rev: string; n: number }>(survivor,
        "SELECT rev, COUNT(*) AS n FROM applied GROUP BY rev ORDER BY rev", database);
      expect(rows.map((r) => [r.rev, Number(r.n)])).toEqual(ids.map((id) => [id, 1]));
      expect((await cluster.query<{ version_num: string }>(survivor, "SELECT version_num FROM migrate_version", database))
        .map((r) => r.version_num)).toEqual([ids.at(-1)]);
      expect(await cluster.query(survivor, "SELECT * FROM migrate_version_lock", database)).toEqual([]);
    } finally {
      project.remove();
    }
  }, 120_000);
});

/**
 * A real three-node MariaDB Galera cluster on loopback, from Debian's packages (galera-4, mariadb-server),
 * for the cluster tests: each node its own data directory in a temporary directory (owned by the `mysql`
 * user: rsync state transfer runs as that user), its own client port and socket, and its own Galera
 * ports (group communication, IST, SST), all picked free at start, so nothing collides with the system
 * MariaDB on 3306. Node 1 bootstraps the cluster; nodes 2 and 3 join it by rsync state transfer.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);
const PROVIDER = "/usr/lib/galera/libgalera_smm.so";
const MARIADBD = "/usr/sbin/mariadbd";

export interface GaleraNode {
  readonly name: string;
  readonly port: number;
  /** A mysql:// URL of this node for `database`. */
  url(database: string): string;
  /** Whether its server process still runs. */
  readonly alive: boolean;
  /** SIGKILL: the node dies as in a crash. */
  kill(): void;
}

export interface GaleraCluster {
  readonly nodes: readonly GaleraNode[];
  /** Runs SQL on a node (root, no database unless given). */
  query<Row = Record<string, unknown>>(node: GaleraNode, sql: string, database?: string): Promise<Row[]>;
  /** Waits until the live nodes see a cluster of `size` and are Synced. */
  waitForSize(size: number, timeoutMs?: number): Promise<void>;
  stop(): void;
}

/** Why no cluster can be started here, or null. Installs galera-4 (and rsync) when missing and running as root. */
export async function galeraUnavailable(): Promise<string | null> {
  if (!existsSync(MARIADBD)) return `${MARIADBD} is missing (install mariadb-server)`;
  if (!existsSync(PROVIDER) || !(await hasCommand("rsync"))) {
    if (userInfo().uid !== 0) return `${PROVIDER} or rsync is missing and installing them needs root (apt-get install galera-4 rsync)`;
    try {
      await execFileAsync("apt-get", ["update", "-qq"], { timeout: 120_000 });
      await execFileAsync("apt-get", ["install", "-y", "-qq", "galera-4", "rsync"], {
        timeout: 300_000, env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
      });
    } catch (error) {
      return `galera-4 could not be installed: ${(error as Error).message.split("\n")[0]}`;
    }
    if (!existsSync(PROVIDER)) return `galera-4 was installed but ${PROVIDER} is missing`;
  }
  if (userInfo().uid !== 0) return "the cluster's data directories must belong to the mysql user: the tests need root";
  return null;
}

async function hasCommand(name: string): Promise<boolean> {
  return execFileAsync("sh", ["-c", `command -v ${name}`]).then(() => true, () => false);
}

/** Free loopback ports, held together while picked so no two are the same. */
async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(Array.from({ length: count }, () => new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(server));
  })));
  const ports = servers.map((s) => (s.address() as { port: number }).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

interface NodeProcess { child: ChildProcess | null; exited: boolean }

export async function startGaleraCluster(): Promise<GaleraCluster> {
  const root = mkdtempSync(join(tmpdir(), "athanor-galera-"));
  const mysqlUser = userInfo({ encoding: "utf8" }).uid === 0 ? await idsOf("mysql") : null;
  const ports = await freePorts(12);
  const specs = [0, 1, 2].map((i) => ({
    name: `node${i + 1}`,
    dir: join(root, `node${i + 1}`),
    port: ports[i * 4]!, gmcast: ports[i * 4 + 1]!, ist: ports[i * 4 + 2]!, sst: ports[i * 4 + 3]!,
  }));
  for (const spec of specs) mkdirSync(spec.dir);
  const chownAll = (): void => {
    if (!mysqlUser) return;
    chownSync(root, mysqlUser.uid, mysqlUser.gid);
    for (const spec of specs) chownSync(spec.dir, mysqlUser.uid, mysqlUser.gid);
  };
  chownAll();
  const processes: NodeProcess[] = specs.map(() => ({ child: null, exited: false }));
  const mysql = await import("mysql2/promise");

  const query = async <Row>(node: { port: number }, sql: string, database?: string): Promise<Row[]> => {
    const connection = await mysql.createConnection({ host: "127.0.0.1", port: node.port, user: "root", database, connectTimeout: 3000 });
    try {
      const [rows] = await connection.query(sql);
      return (Array.isArray(rows) ? rows : []) as Row[];
    } finally {
      await connection.end().catch(() => undefined);
    }
  };
  const status = async (node: { port: number }): Promise<{ size: number; state: string } | null> => {
    try {
      const rows = await query<{ Variable_name: string; Value: string }>(node,
        "SHOW STATUS WHERE Variable_name IN ('wsrep_cluster_size', 'wsrep_local_state_comment')");
      const value = (name: string): string => rows.find((r) => r.Variable_name === name)?.Value ?? "";
      return { size: Number(value("wsrep_cluster_size")), state: value("wsrep_local_state_comment") };
    } catch {
      return null;
    }
  };
  const cluster = specs.map((s) => `127.0.0.1:${s.gmcast}`).join(",");
  const start = (i: number, bootstrap: boolean): void => {
    const spec = specs[i]!;
    const args = [
      "--no-defaults", "--user=mysql", `--datadir=${spec.dir}`, `--port=${spec.port}`, "--bind-address=127.0.0.1",
      `--socket=${join(root, `${spec.name}.sock`)}`, `--pid-file=${join(root, `${spec.name}.pid`)}`,
      `--log-error=${join(root, `${spec.name}.err`)}`,
      "--skip-name-resolve", "--performance-schema=OFF", "--innodb-buffer-pool-size=32M", "--innodb-log-file-size=16M",
      "--innodb-flush-log-at-trx-commit=2", "--max-connections=200",
      "--binlog-format=ROW", "--innodb-autoinc-lock-mode=2", "--default-storage-engine=InnoDB",
      "--wsrep-on=ON", `--wsrep-provider=${PROVIDER}`, "--wsrep-cluster-name=athanor_test",
      `--wsrep-cluster-address=gcomm://${cluster}`, `--wsrep-node-name=${spec.name}`,
      `--wsrep-node-address=127.0.0.1:${spec.gmcast}`,
      `--wsrep-provider-options=base_port=${spec.gmcast};gmcast.listen_addr=tcp://127.0.0.1:${spec.gmcast};` +
        `ist.recv_addr=127.0.0.1:${spec.ist};gcache.size=32M`,
      "--wsrep-sst-method=rsync", `--wsrep-sst-receive-address=127.0.0.1:${spec.sst}`,
      ...(bootstrap ? ["--wsrep-new-cluster"] : []),
    ];
    const child = spawn(MARIADBD, args, { stdio: "ignore" });
    const state = processes[i]!;
    state.child = child;
    state.exited = false;
    child.on("exit", () => { state.exited = true; });
  };
  const waitSynced = async (i: number, size: number, timeoutMs: number): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = await status(specs[i]!);
      if (found && found.state === "Synced" && found.size === size) return;
      if (processes[i]!.exited || Date.now() > deadline) {
        const log = existsSync(join(root, `${specs[i]!.name}.err`)) ? readFileSync(join(root, `${specs[i]!.name}.err`), "utf8") : "";
        throw new Error(`Galera ${specs[i]!.name} did not reach Synced in a cluster of ${size} ` +
          `(${processes[i]!.exited ? "it exited" : `last seen ${JSON.stringify(found)}`}); its log ends:\n${log.split("\n").slice(-25).join("\n")}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  };

  const stop = (): void => {
    for (const state of processes) if (state.child && !state.exited) state.child.kill("SIGKILL");
    rmSync(root, { recursive: true, force: true });
  };
  try {
    await execFileAsync("mariadb-install-db", [
      "--no-defaults", `--datadir=${specs[0]!.dir}`, "--user=mysql", "--auth-root-authentication-method=normal", "--skip-test-db",
    ], { timeout: 60_000 });
    chownAll();
    start(0, true);
    await waitSynced(0, 1, 30_000);
    start(1, false);
    start(2, false);
    await Promise.all([waitSynced(1, 3, 60_000), waitSynced(2, 3, 60_000)]);
  } catch (error) {
    stop();
    throw error;
  }

  const nodes: GaleraNode[] = specs.map((spec, i) => ({
    name: spec.name,
    port: spec.port,
    url: (database: string) => `mysql://root@127.0.0.1:${spec.port}/${database}`,
    get alive() { return !processes[i]!.exited; },
    kill() { processes[i]!.child?.kill("SIGKILL"); },
  }));
  return {
    nodes,
    query: (node, sql, database) => query(node, sql, database),
    async waitForSize(size, timeoutMs = 30_000) {
      await Promise.all(specs.map((_, i) => (processes[i]!.exited ? null : waitSynced(i, size, timeoutMs))));
    },
    stop,
  };
}

async function idsOf(user: string): Promise<{ uid: number; gid: number }> {
  const [{ stdout: uid }, { stdout: gid }] = await Promise.all([execFileAsync("id", ["-u", user]), execFileAsync("id", ["-g", user])]);
  return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
}

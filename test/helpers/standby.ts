/**
 * Read-only servers for the read-only suites. startScratchMariadb: a MariaDB server of its own (empty data folder,
 * no grant tables, loopback port), to turn read_only on as a replica runs, which the shared test server must never
 * have. startStandby: a real PostgreSQL hot standby of the test server, for the read-only suites: `pg_basebackup -R` of the whole
 * test server into a scratch folder, started with the server's own `pg_ctl` on a loopback port of its own, as the
 * `postgres` user, streaming from the test server. `stop()` shuts it down and deletes the folder.
 *
 * The test server must accept replication connections from 127.0.0.1. Debian's default pg_hba.conf does not (its
 * `all` does not cover replication): then a line allowing them for the `postgres` user from 127.0.0.1 only is
 * added for as long as the standby runs and removed again by stop(). That grants nothing new: that user from that
 * address is already trusted as superuser for every database. Such a line left behind by a killed run is reused.
 */
import { execFile, spawn } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { query } from "./cli.js";

const run = promisify(execFile);

const HBA_LINE = "host replication postgres 127.0.0.1/32 trust # athanor test standby: removed when it stops";

/** Settings a hot standby must have at least as high as its primary's, or it refuses to start. */
const AT_LEAST_PRIMARY = ["max_connections", "max_worker_processes", "max_wal_senders", "max_prepared_transactions",
  "max_locks_per_transaction"];

export interface Standby {
  /** The standby's URL for `database` (a database of the primary, replicated there). */
  url(database: string): string;
  /** Resolves once `sql` answers a row on the standby (`database`), i.e. once it replayed what made it true. */
  waitFor(database: string, sql: string, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** `primaryUrl`: a superuser URL of the test server on 127.0.0.1. */
export async function startStandby(primaryUrl: string): Promise<Standby> {
  const settings = await query(primaryUrl, `SELECT name, setting FROM pg_settings WHERE name IN ('hba_file', 'server_version_num',
    ${AT_LEAST_PRIMARY.map((s) => `'${s}'`).join(", ")})`);
  const setting = (name: string): string => String(settings.find((r) => r.name === name)?.setting ?? "");
  const bin = `/usr/lib/postgresql/${Math.floor(Number(setting("server_version_num")) / 10000)}/bin`;
  const primary = new URL(primaryUrl);
  const dir = mkdtempSync(join(tmpdir(), "athanor-standby-readonly-"));
  const data = join(dir, "data");
  const asPostgres = async (file: string, args: string[]) => {
    const t0 = Date.now();
    try {
      return await (process.getuid?.() === 0 ? run("runuser", ["-u", "postgres", "--", file, ...args]) : run(file, args));
    } finally {
      if (process.env.ATHANOR_TIMING) process.stderr.write(`[standby] ${file.split("/").pop()} ${args[args.length - 1]}: ${Date.now() - t0} ms\n`);
    }
  };
  if (process.getuid?.() === 0) chownSync(dir, ...postgresIds());
  let hbaAdded = false;
  let started = false;
  const stop = async (): Promise<void> => {
    if (started) await asPostgres(join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    if (hbaAdded) await allowReplication(primaryUrl, setting("hba_file"), false);
  };
  try {
    const backup = () => asPostgres("pg_basebackup", ["-h", primary.hostname, "-p", primary.port || "5432",
      "-U", decodeURIComponent(primary.username) || "postgres", "-D", data, "-R", "-X", "stream", "-c", "fast", "--no-sync", "--no-manifest"]);
    const refused = (error: unknown): boolean =>
      /no pg_hba\.conf entry for replication/.test(String((error as { stderr?: string }).stderr ?? error));
    for (let attempt = 0; ; attempt++) {
      try {
        await backup();
        break;
      } catch (error) {
        // The server reloads its configuration after pg_reload_conf() returns: a few tries until it has.
        if (!refused(error) || attempt >= 50) throw error;
        if (!hbaAdded) hbaAdded = await allowReplication(primaryUrl, setting("hba_file"), true);
        rmSync(data, { recursive: true, force: true });
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    const port = await freePort();
    writeFileSync(join(data, "postgresql.conf"), [
      `port = ${port}`, "listen_addresses = '127.0.0.1'", `unix_socket_directories = '${dir}'`, "hot_standby = on",
      "shared_buffers = 16MB", "fsync = off", "logging_collector = off",
      ...AT_LEAST_PRIMARY.map((name) => `${name} = ${setting(name)}`), "",
    ].join("\n"));
    writeFileSync(join(data, "pg_hba.conf"), "local all all trust\nhost all all 127.0.0.1/32 trust\n");
    writeFileSync(join(data, "pg_ident.conf"), "");
    if (process.getuid?.() === 0) for (const name of ["postgresql.conf", "pg_hba.conf", "pg_ident.conf"]) chownSync(join(data, name), ...postgresIds());
    chmodSync(data, 0o700);
    started = true;
    await asPostgres(join(bin, "pg_ctl"), ["-D", data, "-l", join(dir, "log"), "-w", "-t", "30", "start"]);
    const url = (database: string): string => {
      const at = new URL(primaryUrl);
      at.port = String(port);
      at.pathname = `/${database}`;
      return at.toString();
    };
    return {
      url,
      async waitFor(database, sql, timeoutMs = 15_000) {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          const rows = await query(url(database), sql).catch(() => []);
          if (rows.length > 0) return;
          if (Date.now() > deadline) throw new Error(`the standby did not replay "${sql}" within ${timeoutMs} ms`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      },
      stop,
    };
  } catch (error) {
    const log = (() => { try { return readFileSync(join(dir, "log"), "utf8"); } catch { return ""; } })();
    await stop();
    throw new Error(`could not start a standby: ${String((error as { stderr?: string }).stderr || error)}${log ? `\n${log}` : ""}`);
  }
}

/** Adds (or removes) HBA_LINE and reloads the configuration; answers whether the file was changed. */
async function allowReplication(primaryUrl: string, hbaFile: string, allow: boolean): Promise<boolean> {
  const lines = readFileSync(hbaFile, "utf8").split("\n");
  const present = lines.includes(HBA_LINE);
  if (present === allow) return allow;
  const next = allow ? [...lines.filter((l, i) => l !== "" || i < lines.length - 1), HBA_LINE, ""] : lines.filter((l) => l !== HBA_LINE);
  writeFileSync(hbaFile, next.join("\n"));
  await query(primaryUrl, "SELECT pg_reload_conf()");
  return true;
}

function postgresIds(): [number, number] {
  return userIds("postgres");
}

function userIds(user: string): [number, number] {
  const line = readFileSync("/etc/passwd", "utf8").split("\n").find((l) => l.startsWith(`${user}:`));
  if (!line) throw new Error(`no ${user} user on this machine`);
  const [, , uid, gid] = line.split(":");
  return [Number(uid), Number(gid)];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Whether this machine can run a standby of the test server here: its pg_ctl, and pg_basebackup. */
export function canRunStandby(): boolean {
  try {
    return readdirSync("/usr/lib/postgresql").length > 0;
  } catch {
    return false;
  }
}

const MARIADBD = "/usr/sbin/mariadbd";

export interface ScratchServer {
  /** A URL of the server for `database` (as root, which --skip-grant-tables lets do anything). */
  url(database: string): string;
  stop(): Promise<void>;
}

/** Whether this machine has a MariaDB server binary to start one of its own. */
export function canRunScratchMariadb(): boolean {
  return existsSync(MARIADBD);
}

/** Starts in about a second: no system tables to install, a small buffer pool and redo log. */
export async function startScratchMariadb(): Promise<ScratchServer> {
  const dir = mkdtempSync(join(tmpdir(), "athanor-mariadb-readonly-"));
  mkdirSync(join(dir, "data"));
  if (process.getuid?.() === 0) for (const path of [dir, join(dir, "data")]) chownSync(path, ...userIds("mysql"));
  const port = await freePort();
  const child = spawn(MARIADBD, ["--no-defaults", `--datadir=${join(dir, "data")}`, `--port=${port}`, "--bind-address=127.0.0.1",
    `--socket=${join(dir, "socket")}`, `--pid-file=${join(dir, "pid")}`, "--skip-grant-tables", "--skip-log-bin",
    "--skip-name-resolve", "--innodb-buffer-pool-size=16M", "--innodb-log-file-size=4M",
    ...(process.getuid?.() === 0 ? ["--user=mysql"] : [])], { stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  child.stderr!.on("data", (chunk: Buffer) => { log += chunk.toString(); });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const url = (database: string): string => `mysql://root@127.0.0.1:${port}/${database}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`mariadbd exited at start:\n${log}`);
    }
    if (await query(url("information_schema"), "SELECT 1").then(() => true, () => false)) break;
    if (i > 300) {
      await stop();
      throw new Error(`mariadbd did not answer within 30 s:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, stop };
}

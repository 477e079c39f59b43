// Scratch databases for the benchmarks, and the database's own client to apply SQL with (the floors).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const PG = { host: "127.0.0.1", port: "5432", user: "postgres" };
const MY = { host: "127.0.0.1", port: "3306", user: "root" };

function run(command, args, input) {
  const result = spawnSync(command, args, { input, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} failed: ${(result.stderr || result.stdout).slice(0, 500)}`);
  return result.stdout;
}

/** A fresh database: { dialect, url, client(sql) → [command, args, input], recreate(), drop() }. */
export function scratchDatabase(dialect, name) {
  if (dialect === "postgresql") {
    const admin = (sql) => run("psql", ["-q", "-h", PG.host, "-p", PG.port, "-U", PG.user, "-d", "postgres", "-c", sql]);
    const recreate = () => { admin(`DROP DATABASE IF EXISTS ${name}`); admin(`CREATE DATABASE ${name}`); };
    recreate();
    return {
      dialect, url: `postgresql://${PG.user}@${PG.host}:${PG.port}/${name}`, recreate,
      drop: () => admin(`DROP DATABASE IF EXISTS ${name}`),
      client: (sql) => ["psql", ["-q", "-X", "-o", "/dev/null", "-v", "ON_ERROR_STOP=1", "-h", PG.host, "-p", PG.port, "-U", PG.user, "-d", name], sql],
    };
  }
  if (dialect === "mysql") {
    const admin = (sql) => run("mariadb", ["-h", MY.host, "-P", MY.port, "-u", MY.user, "-e", sql]);
    const recreate = () => { admin(`DROP DATABASE IF EXISTS ${name}`); admin(`CREATE DATABASE ${name}`); };
    recreate();
    return {
      dialect, url: `mysql://${MY.user}@${MY.host}:${MY.port}/${name}`, recreate,
      drop: () => admin(`DROP DATABASE IF EXISTS ${name}`),
      client: (sql) => ["mariadb", ["-h", MY.host, "-P", MY.port, "-u", MY.user, name], sql],
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "athanor-bench-"));
  const file = join(dir, `${name}.db`);
  return {
    dialect, url: `sqlite:///${file}`, recreate: () => rmSync(file, { force: true }),
    drop: () => rmSync(dir, { recursive: true, force: true }),
    client: (sql) => ["sqlite3", [file], sql],
  };
}

/** Applies SQL with the database's own client. */
export function applySql(db, sql) {
  const [command, args, input] = db.client(sql);
  run(command, args, input);
}

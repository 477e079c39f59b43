/**
 * Shared pieces of the end-to-end CLI suites (test/cli/): the dialects they
 * run for, reading a scratch database's catalog and version table directly,
 * parsing `migrate current`, and checking the shape of a user-facing error.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import type { DialectName } from "../../src/dialects/dialect.js";
import { readCatalog, type Catalog } from "./catalog.js";
import { connectUrl, type ScratchDatabase } from "./databases.js";
import type { CliResult } from "./project.js";

export const DIALECTS: readonly DialectName[] = ["sqlite", "postgresql", "mysql"];

export type Row = Record<string, unknown>;

/** Runs SQL (no parameters, so the same text works on every dialect) on a fresh connection. */
export async function query(url: string, sql: string): Promise<Row[]> {
  const connection = await connectUrl(url);
  try {
    return await connection.query({ sql, params: [] });
  } finally {
    await connection.close();
  }
}

export async function catalogOf(dialect: DialectName, url: string): Promise<Catalog> {
  const connection = await connectUrl(url);
  try {
    return await readCatalog(dialect, (sql, params = []) => connection.query({ sql, params }));
  } finally {
    await connection.close();
  }
}

const TABLE_NAMES: Record<DialectName, string> = {
  postgresql: "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()",
  mysql: "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = database()",
  sqlite: "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
};

/** Table names in the database, sorted (the version table included); cheaper than the whole catalog. */
export async function tablesOf(dialect: DialectName, url: string): Promise<string[]> {
  return (await query(url, TABLE_NAMES[dialect])).map((r) => String(r.name)).sort();
}

/** The version table's rows, sorted; null when the table does not exist. */
export async function versionRows(dialect: DialectName, url: string, table = "migrate_version"): Promise<string[] | null> {
  if (!(await tablesOf(dialect, url)).includes(table)) return null;
  return (await query(url, `SELECT version_num FROM ${table}`)).map((r) => String(r.version_num)).sort();
}

/** The revision ids `migrate current` printed (first word of each stdout line but a FAILED: note), sorted. */
export function currentIds(result: CliResult): string[] {
  return result.stdout.split("\n").filter((line) => !line.startsWith("FAILED: "))
    .map((line) => line.trim().split(/\s+/)[0]!).filter(Boolean).sort();
}

/**
 * A user-facing failure: exit 1, stderr exactly one line starting `error:`
 * (besides "Running upgrade ..." progress lines of revisions that ran), no
 * stack trace, and none of `secrets` anywhere in the output. Returns the line.
 */
export function expectCleanError(result: CliResult, secrets: readonly string[] = []): string {
  const context = `stdout: ${result.stdout}\nstderr: ${result.stderr}`;
  expect(result.code, context).toBe(1);
  const lines = result.stderr.split("\n").filter((line) => line.trim() !== "" && !/^Running (upgrade|downgrade) /.test(line));
  expect(lines, context).toHaveLength(1);
  expect(lines[0], context).toMatch(/^error: /);
  expect(result.stderr, context).not.toMatch(/^\s+at /m);
  for (const secret of secrets) {
    expect(result.stdout + result.stderr, `secret "${secret}" printed`).not.toContain(secret);
  }
  return lines[0]!;
}

/** Every file under `dir` (recursively) with a hash of its contents: to show that nothing was written. */
export function snapshotFiles(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string, prefix: string): void => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) {
        out[`${prefix}${name}/`] = "dir";
        walk(path, `${prefix}${name}/`);
      } else {
        out[`${prefix}${name}`] = createHash("sha1").update(readFileSync(path)).digest("hex");
      }
    }
  };
  walk(dir, "");
  return out;
}

/**
 * Feeds SQL text to the database's own command-line client (psql, mariadb,
 * sqlite3), stopping at the first error, as a DBA applying a `--sql` script would.
 */
export async function applyWithClient(db: ScratchDatabase, sql: string): Promise<void> {
  const run = (file: string, args: string[], env: Record<string, string> = {}) => new Promise<void>((resolve, reject) => {
    const child = execFile(file, args, { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error) reject(new Error(`${file} failed: ${stderr || error.message}`));
      else resolve();
    });
    child.stdin!.end(sql);
  });
  if (db.dialect === "sqlite") return run("sqlite3", ["-bail", db.name]);
  const url = new URL(db.url);
  const password = decodeURIComponent(url.password);
  const port = url.port || (db.dialect === "postgresql" ? "5432" : "3306");
  const user = decodeURIComponent(url.username);
  if (db.dialect === "postgresql") {
    return run("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", url.hostname, "-p", port, "-U", user, "-d", db.name],
      password ? { PGPASSWORD: password } : {});
  }
  // The script is UTF-8 but does not say so (no SET NAMES): without this the client's default (utf8mb3 here)
  // rejects 4-byte characters such as emoji, or with latin1 would store mojibake.
  return run("mariadb", ["--default-character-set=utf8mb4", "-h", url.hostname, "-P", port, "-u", user,
    ...(password ? [`-p${password}`] : []), db.name]);
}


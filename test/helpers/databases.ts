/**
 * Scratch databases for suites that talk to real servers. Each test file
 * makes its own (PostgreSQL / MySQL: CREATE DATABASE athanor_t_<random>;
 * SQLite: a file in a fresh temp folder) and drops it when done, so files
 * running in parallel never see each other's tables.
 *
 *   describe.skipIf(await skipWithoutServer("mysql"))("...", () => { ... })
 *
 * skips a suite when its server is not reachable, except with CI=true,
 * where the suite runs and fails (the global setup in test/setup/servers.ts
 * also refuses to start then).
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Connection, DialectName } from "../../src/dialects/dialect.js";
import { getDialect } from "../../src/dialects/index.js";
import { parseDatabaseUrl } from "../../src/dialects/url.js";
import { hasServer, probeServer, serverUrls, type ServerDialect } from "./servers.js";

export interface ScratchDatabase {
  readonly dialect: DialectName;
  /** A URL for the scratch database (SQLite: an absolute sqlite://// URL). */
  readonly url: string;
  /** Database name (SQLite: the file path). */
  readonly name: string;
  drop(): Promise<void>;
}

const probes = new Map<ServerDialect, Promise<boolean>>();

/** Whether the dialect's test server answers (SQLite always does). */
export function serverAvailable(dialect: DialectName): Promise<boolean> {
  if (dialect === "sqlite") return Promise.resolve(true);
  // The global setup has already probed and says so through the environment.
  if (process.env.ATHANOR_TEST_SERVERS !== undefined) return Promise.resolve(hasServer(dialect));
  let probe = probes.get(dialect);
  if (!probe) {
    probe = probeServer(dialect, serverUrls()[dialect]).then((problem) => problem === null);
    probes.set(dialect, probe);
  }
  return probe;
}

/** For describe.skipIf: true when the server is missing and CI is not "true". */
export async function skipWithoutServer(dialect: DialectName): Promise<boolean> {
  return !(await serverAvailable(dialect)) && process.env.CI !== "true";
}

/** Opens a connection with athanor's own dialect layer. */
export function connectUrl(url: string, connectTimeoutMs = 5000): Promise<Connection> {
  const parsed = parseDatabaseUrl(url, process.cwd());
  return getDialect(parsed.dialect).connect(parsed, { connectTimeoutMs });
}

export async function createScratchDatabase(dialect: DialectName): Promise<ScratchDatabase> {
  if (dialect === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "athanor-t-"));
    const file = join(dir, "scratch.db");
    return { dialect, url: `sqlite:///${file}`, name: file, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `athanor_t_${randomBytes(6).toString("hex")}`;
  const admin = serverUrls()[dialect];
  await onServer(admin, `CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  // FORCE ends connections a failed test left open (PostgreSQL 13+).
  const drop = dialect === "postgresql" ? `DROP DATABASE IF EXISTS ${name} WITH (FORCE)` : `DROP DATABASE IF EXISTS ${name}`;
  return { dialect, url: url.toString(), name, drop: () => onServer(admin, drop) };
}

export async function withScratchDatabase<T>(dialect: DialectName, fn: (db: ScratchDatabase) => Promise<T>): Promise<T> {
  const db = await createScratchDatabase(dialect);
  try {
    return await fn(db);
  } finally {
    await db.drop();
  }
}

async function onServer(adminUrl: string, sql: string): Promise<void> {
  const connection = await connectUrl(adminUrl);
  try {
    await connection.execute({ sql, params: [] });
  } finally {
    await connection.close();
  }
}

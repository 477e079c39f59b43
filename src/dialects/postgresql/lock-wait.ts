/**
 * ddlLockTimeout on PostgreSQL: a statement that waits longer than lock_timeout fails with SQLSTATE 55P03
 * (lock_not_available). By then it no longer waits, so pg_blocking_pids() has nothing left to say: the blockers
 * are read while it still waits, from a second connection, once half the timeout has passed. A statement that
 * finishes sooner costs nothing; one that runs long without waiting costs one catalog query.
 */
import type { Client } from "pg";
import { LockWaitTimeoutError } from "../../errors.js";
import { errorCode } from "../shared/connect-errors.js";

interface Blocker {
  pid: number;
  application_name: string | null;
  usename: string | null;
  client_addr: string | null;
  state: string | null;
  xact_start: Date | null;
  query: string | null;
}

export class PostgresLockWait {
  /** The migration connection's lock_timeout, or null when it is the server's. */
  timeoutMs: number | null = null;
  /** The migration connection's backend pid, read when the timeout is set. */
  pid: number | null = null;
  private observer: Promise<Client> | null = null;

  constructor(private readonly open: () => Promise<Client>) {}

  /** Sends one statement on the migration connection; a lock timeout comes out as LockWaitTimeoutError. */
  async watch<T>(send: () => Promise<T>): Promise<T> {
    const { timeoutMs, pid } = this;
    if (timeoutMs === null || pid === null) return send();
    const seen: { blockers?: Promise<Blocker[]> } = {};
    const timer = setTimeout(() => { seen.blockers = this.blockers(pid).catch(() => []); }, Math.floor(timeoutMs / 2));
    try {
      return await send();
    } catch (error) {
      if (errorCode(error) !== "55P03") throw error;
      throw new LockWaitTimeoutError(lockWaitMessage(timeoutMs, await (seen.blockers ?? Promise.resolve([]))), { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    const observer = this.observer;
    this.observer = null;
    if (observer) await (await observer.catch(() => null))?.end().catch(() => undefined);
  }

  private async blockers(pid: number): Promise<Blocker[]> {
    this.observer ??= this.open();
    const client = await this.observer;
    const result = await client.query<Blocker>(
      `SELECT a.pid, a.application_name, a.usename, host(a.client_addr) AS client_addr, a.state, a.xact_start,
              left(a.query, 100) AS query
         FROM pg_stat_activity a
        WHERE a.pid = ANY(pg_blocking_pids($1::int))
        ORDER BY a.xact_start NULLS LAST
        LIMIT 3`,
      [pid],
    );
    return result.rows;
  }
}

/** Worded as the migration lock's timeout (lock.ts) words who holds it. */
function lockWaitMessage(timeoutMs: number, blockers: readonly Blocker[]): string {
  const waited = `${(timeoutMs / 1000).toFixed(timeoutMs % 1000 === 0 ? 0 : 1)}s`;
  const advice = "end that session's transaction (or wait for it) and run again, or raise ddlLockTimeout / ddlLockRetries";
  const base = `waited ${waited} (ddlLockTimeout) for a lock held by another session`;
  if (blockers.length === 0) return `${base}; ${advice}`;
  const described = blockers.map((b) => [
    `pid ${b.pid}`,
    b.application_name ? `application "${b.application_name}"` : null,
    b.usename ? `user ${b.usename}` : null,
    b.client_addr ? `client ${b.client_addr}` : "local socket",
    b.state ? `${b.state}${b.xact_start ? ` in a transaction open since ${new Date(b.xact_start).toISOString()}` : ""}` : null,
    b.query ? `${b.state === "active" ? "running" : "last query"} ${JSON.stringify(b.query.replace(/\s+/g, " ").trim())}` : null,
  ].filter((part) => part !== null).join(", "));
  return `${base} (${described.join("; ")}); ${advice}`;
}

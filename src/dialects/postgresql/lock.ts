/**
 * The migration lock on PostgreSQL: a session advisory lock held on a
 * connection of its own. Keeping it off the migration connection means a
 * failed transaction there (which aborts every later statement until
 * ROLLBACK) can never stop us from releasing the lock, and the polling never
 * runs inside the migration's transaction. The key is `advisoryLockKey`
 * (first 8 bytes of SHA-256 of the name, as a signed bigint).
 */
import type { Client } from "pg";
import { LockTimeoutError } from "../../errors.js";
import { advisoryLockKey, pollUntil } from "../shared/locks.js";

interface Holder {
  pid: number;
  application_name: string | null;
  client_addr: string | null;
  usename: string | null;
  backend_start: Date | null;
}

export class PostgresLocks {
  private readonly held = new Map<string, Client>();

  constructor(private readonly open: () => Promise<Client>) {}

  async acquire(name: string, timeoutMs: number): Promise<void> {
    if (this.held.has(name)) return;
    const client = await this.open();
    const key = advisoryLockKey(name).toString();
    try {
      const got = await pollUntil(async () => {
        const result = await client.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1::bigint) AS ok", [key]);
        return result.rows[0]?.ok === true;
      }, timeoutMs);
      if (!got) throw new LockTimeoutError(await timeoutMessage(client, name, key, timeoutMs));
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.held.set(name, client);
  }

  async release(name: string): Promise<void> {
    const client = this.held.get(name);
    if (!client) return;
    this.held.delete(name);
    try {
      await client.query("SELECT pg_advisory_unlock($1::bigint)", [advisoryLockKey(name).toString()]);
    } finally {
      // Closing the session would release the lock anyway; the explicit unlock is for clarity in server logs.
      await client.end().catch(() => undefined);
    }
  }

  async releaseAll(): Promise<void> {
    for (const name of [...this.held.keys()]) await this.release(name).catch(() => undefined);
  }
}

async function timeoutMessage(client: Client, name: string, key: string, timeoutMs: number): Promise<string> {
  const waited = `${(timeoutMs / 1000).toFixed(timeoutMs % 1000 === 0 ? 0 : 1)}s`;
  const base = `migration lock "${name}" is held by another session`;
  const advice = `waited ${waited}; wait for the other migration run to finish (or stop it) and try again`;
  const holder = await findHolder(client, key).catch(() => null);
  if (!holder) return `${base}; ${advice}`;
  const details = [
    `pid ${holder.pid}`,
    holder.application_name ? `application "${holder.application_name}"` : null,
    holder.usename ? `user ${holder.usename}` : null,
    holder.client_addr ? `client ${holder.client_addr}` : "local socket",
    holder.backend_start ? `connected since ${new Date(holder.backend_start).toISOString()}` : null,
  ].filter((part) => part !== null);
  return `${base} (${details.join(", ")}); ${advice}`;
}

/** pg_locks shows a bigint advisory key split in two unsigned 32-bit halves (classid, objid), objsubid 1. */
async function findHolder(client: Client, key: string): Promise<Holder | null> {
  const unsigned = BigInt.asUintN(64, BigInt(key));
  const result = await client.query<Holder>(
    `SELECT a.pid, a.application_name, host(a.client_addr) AS client_addr, a.usename, a.backend_start
       FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
        AND l.classid = $1::oid AND l.objid = $2::oid
        AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
      LIMIT 1`,
    [(unsigned >> 32n).toString(), (unsigned & 0xffffffffn).toString()],
  );
  return result.rows[0] ?? null;
}

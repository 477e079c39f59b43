/**
 * The migration lock on MySQL / MariaDB: GET_LOCK, held by the migration
 * connection's session (it survives the implicit commits of DDL). GET_LOCK
 * names are server-wide, unlike PostgreSQL advisory locks, so the name is
 * scoped by database: two projects on one server do not block each other.
 * Names are limited to 64 characters; longer ones are shortened with a hash.
 *
 * On a Galera node (wsrep_on, asked once, when the first lock is taken) GET_LOCK would only serialise the runs
 * that reach the same node: the lock is a row in a table instead (galera-lock.ts).
 */
import type { Connection as MysqlConnection } from "mysql2/promise";
import { DatabaseError, LockTimeoutError } from "../../errors.js";
import { boundedLockName } from "../shared/locks.js";
import { GaleraLock, isGaleraNode } from "./galera-lock.js";

interface Holder { ID: number; USER: string | null; HOST: string | null; TIME: number | null }

export class MysqlLocks {
  private readonly held = new Set<string>();
  private readonly galeraLocks = new Map<string, GaleraLock>();
  /** Whether the server is a Galera node; null until the first lock asks. */
  galera: boolean | null = null;

  constructor(
    private readonly connection: MysqlConnection,
    private readonly database: string,
    /** A second connection to the same server: the Galera lock's heartbeat runs there while DDL runs here. */
    private readonly openSide: () => Promise<MysqlConnection>,
  ) {}

  lockName(key: string): string {
    return boundedLockName(`${this.database}.${key}`, 64);
  }

  /** `table`: where a lock that needs a table of its own (Galera) keeps its row. */
  async acquire(key: string, timeoutMs: number, table = "athanor_lock"): Promise<void> {
    if (this.held.has(key)) return;
    this.galera ??= await isGaleraNode(this.connection);
    if (this.galera) {
      const lock = new GaleraLock(this.connection, this.openSide, table, key);
      await lock.acquire(timeoutMs);
      this.galeraLocks.set(key, lock);
      this.held.add(key);
      return;
    }
    const name = this.lockName(key);
    // GET_LOCK counts whole seconds; round up so we never give up before the caller's timeout.
    const seconds = Math.max(0, Math.ceil(timeoutMs / 1000));
    const [rows] = await this.connection.query("SELECT GET_LOCK(?, ?) AS got", [name, seconds]);
    const got = (rows as { got: number | string | null }[])[0]?.got;
    if (got === null || got === undefined) {
      throw new DatabaseError(`GET_LOCK("${name}") failed on the server (out of memory or the session was killed)`);
    }
    if (Number(got) !== 1) throw new LockTimeoutError(await this.timeoutMessage(key, name, seconds));
    this.held.add(key);
  }

  async release(key: string): Promise<void> {
    if (!this.held.delete(key)) return;
    const galera = this.galeraLocks.get(key);
    if (galera) {
      this.galeraLocks.delete(key);
      return galera.release();
    }
    await this.connection.query("SELECT RELEASE_LOCK(?)", [this.lockName(key)]);
  }

  /** Why a lock this connection holds was lost (taken over on a Galera cluster), or null. */
  lostReason(): string | null {
    for (const [key, lock] of this.galeraLocks) if (lock.lost !== null) return `migration lock "${key}" was lost: ${lock.lost}`;
    return null;
  }

  async releaseAll(): Promise<void> {
    for (const key of [...this.held]) await this.release(key).catch(() => undefined);
  }

  private async timeoutMessage(key: string, name: string, seconds: number): Promise<string> {
    const advice = `waited ${seconds}s; wait for the other migration run to finish (or stop it) and try again`;
    const holder = await this.findHolder(name).catch(() => null);
    if (!holder) return `migration lock "${key}" is held by another session; ${advice}`;
    const details = [
      `connection id ${holder.ID}`,
      holder.USER ? `user ${holder.USER}` : null,
      holder.HOST ? `from ${holder.HOST}` : null,
      holder.TIME !== null ? `busy for ${holder.TIME}s` : null,
    ].filter((part) => part !== null);
    return `migration lock "${key}" is held by another session (${details.join(", ")}); ${advice}`;
  }

  private async findHolder(name: string): Promise<Holder | null> {
    const [used] = await this.connection.query("SELECT IS_USED_LOCK(?) AS id", [name]);
    const id = (used as { id: number | null }[])[0]?.id;
    if (id === null || id === undefined) return null;
    const [rows] = await this.connection.query(
      "SELECT ID, USER, HOST, TIME FROM information_schema.PROCESSLIST WHERE ID = ?", [id]);
    return (rows as Holder[])[0] ?? { ID: Number(id), USER: null, HOST: null, TIME: null };
  }
}

/**
 * The migration lock on a MariaDB Galera node. GET_LOCK is local to one node, so two deploys that reach
 * different nodes would both get it. Here the lock is a row in a table of athanor's own (named after the version
 * table): taken by an INSERT that commits, so when two nodes insert it at once Galera's certification lets
 * exactly one commit and fails the other (ER_LOCK_DEADLOCK), and a later insert meets the row (ER_DUP_ENTRY).
 *
 * The row says who holds it (host, pid, connection id, node, since when) for the timeout message, and carries a
 * heartbeat: a second connection of the holder counts `beats` up every HEARTBEAT_MS. A crashed holder must not
 * block forever, so a waiter takes the row over (a compare-and-set UPDATE on token and beats, certified like
 * the insert) when
 *   - the holder's node has left the cluster (mysql.wsrep_cluster_members, replicated to every node), or
 *   - the holder's connection was on the waiter's own node, under the waiter's own account, and is gone from
 *     its processlist (a processlist is per node, and without the PROCESS privilege shows one's own account's
 *     connections only: another's cannot be seen), or
 *   - the beats have not moved for LEASE_MS by the waiter's own clock (a holder process that died on another
 *     node; node clocks are never compared).
 * A holder whose heartbeat finds the row taken over (or that cannot beat for half a lease) marks the lock lost,
 * and its connection refuses to send another statement.
 */
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { Connection as MysqlConnection } from "mysql2/promise";
import { DatabaseError, LockTimeoutError } from "../../errors.js";
import { errorCode } from "../shared/connect-errors.js";
import { sleep } from "../shared/locks.js";
import { quoteIdentifier } from "./quote.js";

const HEARTBEAT_MS = 2_000;
const LEASE_MS = 15_000;
const POLL_MS = 60;

interface LockRow {
  token: string;
  beats: number | string;
  node_uuid: string;
  node_name: string | null;
  connection_id: number | string;
  account: string | null;
  host: string | null;
  pid: number | string | null;
  acquired_at: string;
}

interface NodeIdentity { connectionId: number; account: string; nodeUuid: string; nodeName: string }

/** One query at lock time: whether this server is a Galera node with replication on. */
export async function isGaleraNode(connection: MysqlConnection): Promise<boolean> {
  const [rows] = await connection.query("SHOW VARIABLES LIKE 'wsrep_on'");
  const value = (rows as { Value?: string }[])[0]?.Value;
  return typeof value === "string" && value.toUpperCase() === "ON";
}

/** What a certification conflict is, in words: the server only says "Deadlock found when trying to get lock". */
export function certificationConflict(error: unknown): DatabaseError {
  const text = error instanceof Error ? error.message : String(error);
  return new DatabaseError(
    "Galera certification conflict: another node of the cluster committed a conflicting write first, so the " +
    `cluster rolled back this node's transaction (the server said: ${text.replace(/\.$/, "")})`, { cause: error });
}

export function isDeadlock(error: unknown): boolean {
  return errorCode(error) === "ER_LOCK_DEADLOCK";
}

export class GaleraLock {
  private token: string | null = null;
  private beats = 0;
  private timer: NodeJS.Timeout | null = null;
  private beating: Promise<void> | null = null;
  private side: MysqlConnection | null = null;
  private lastBeatAt = 0;
  /** Why the lock is no longer ours while we thought we held it; null while it is. */
  lost: string | null = null;

  constructor(
    private readonly connection: MysqlConnection,
    private readonly openSide: () => Promise<MysqlConnection>,
    private readonly table: string,
    private readonly key: string,
  ) {}

  private get quotedTable(): string {
    return quoteIdentifier(this.table);
  }

  async acquire(timeoutMs: number): Promise<void> {
    await retryOnAbort(() => this.ensureTable());
    const me = await retryOnAbort(() => this.identity());
    const deadline = Date.now() + timeoutMs;
    // The holder as last seen, and since when (our clock) its beats have not moved.
    let watched: { token: string; beats: string; since: number } | null = null;
    let holder: LockRow | null = null;
    for (;;) {
      try {
        holder = await this.readRow();
        if (holder === null) {
          if (await this.tryInsert(me)) return this.held();
        } else {
          const beats = String(holder.beats);
          if (!watched || watched.token !== holder.token || watched.beats !== beats) {
            watched = { token: holder.token, beats, since: Date.now() };
          }
          const stale = await this.staleness(holder, me, Date.now() - watched.since);
          if (stale !== null && await this.tryTakeOver(me, holder)) return this.held();
        }
      } catch (error) {
        // Another run's CREATE TABLE IF NOT EXISTS of this table, replicated in total order, aborts what holds
        // the table's metadata lock (a read here) with a "deadlock": look again.
        if (!isDeadlock(error)) throw error;
      }
      const left = deadline - Date.now();
      if (left <= 0) break;
      await sleep(Math.min(left, POLL_MS + Math.floor(Math.random() * 2 * POLL_MS)));
    }
    throw new LockTimeoutError(this.timeoutMessage(holder, timeoutMs));
  }

  async release(): Promise<void> {
    const token = this.token;
    this.stopHeartbeat();
    await this.beating?.catch(() => undefined);
    this.token = null;
    if (token !== null && this.lost === null) {
      const sql = `DELETE FROM ${this.quotedTable} WHERE lock_key = ? AND token = ?`;
      // The migration connection may be the reason the run stopped (its node died): the heartbeat's may not be.
      for (const connection of [this.connection, this.side]) {
        if (connection === null) continue;
        if (await deleteWithRetries(connection, sql, [this.key, token])) break;
      }
    }
    await this.side?.end().catch(() => undefined);
    this.side = null;
  }

  private async ensureTable(): Promise<void> {
    const [found] = await this.connection.query(
      "SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?", [this.table]);
    if ((found as unknown[]).length > 0) return;
    // Replicated in total order: runs that create it at once on several nodes all find it afterwards.
    await this.connection.query(`CREATE TABLE IF NOT EXISTS ${this.quotedTable} (
      lock_key VARCHAR(191) NOT NULL PRIMARY KEY,
      token CHAR(32) NOT NULL,
      beats BIGINT NOT NULL DEFAULT 0,
      node_uuid VARCHAR(64) NOT NULL,
      node_name VARCHAR(255) NULL,
      connection_id BIGINT UNSIGNED NOT NULL,
      account VARCHAR(400) NULL,
      host VARCHAR(255) NULL,
      pid BIGINT NULL,
      acquired_at DATETIME(6) NOT NULL,
      beat_at DATETIME(6) NOT NULL
    ) ENGINE=InnoDB`);
  }

  private async identity(): Promise<NodeIdentity> {
    const [rows] = await this.connection.query(
      `SELECT CONNECTION_ID() AS id, CURRENT_USER() AS account, @@wsrep_node_name AS name,
         (SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'WSREP_GCOMM_UUID') AS uuid`);
    const row = (rows as { id: number | string; account: string; name: string | null; uuid: string | null }[])[0]!;
    return { connectionId: Number(row.id), account: row.account, nodeUuid: row.uuid ?? "", nodeName: row.name ?? "" };
  }

  private async readRow(): Promise<LockRow | null> {
    const [rows] = await this.connection.query(
      `SELECT token, beats, node_uuid, node_name, connection_id, account, host, pid, acquired_at FROM ${this.quotedTable} WHERE lock_key = ?`,
      [this.key]);
    return (rows as LockRow[])[0] ?? null;
  }

  private holderValues(me: NodeIdentity, token: string): unknown[] {
    return [token, me.nodeUuid, me.nodeName, me.connectionId, me.account, hostname(), process.pid];
  }

  /** True when our row committed; false when another run's row got there first (on any node). */
  private async tryInsert(me: NodeIdentity): Promise<boolean> {
    const token = newToken();
    try {
      await this.connection.query(
        `INSERT INTO ${this.quotedTable} (lock_key, token, beats, node_uuid, node_name, connection_id, account, host, pid, acquired_at, beat_at)
         VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))`, [this.key, ...this.holderValues(me, token)]);
    } catch (error) {
      if (errorCode(error) === "ER_DUP_ENTRY" || isDeadlock(error)) return false;
      throw error;
    }
    this.token = token;
    return true;
  }

  /** Compare-and-set on the holder's token and beats: only one waiter's update certifies, and only if the holder did not beat since. */
  private async tryTakeOver(me: NodeIdentity, holder: LockRow): Promise<boolean> {
    const token = newToken();
    try {
      const [result] = await this.connection.query(
        `UPDATE ${this.quotedTable} SET token = ?, beats = 0, node_uuid = ?, node_name = ?, connection_id = ?, account = ?, host = ?, pid = ?,
           acquired_at = UTC_TIMESTAMP(6), beat_at = UTC_TIMESTAMP(6)
         WHERE lock_key = ? AND token = ? AND beats = ?`,
        [...this.holderValues(me, token), this.key, holder.token, holder.beats]);
      if ((result as { affectedRows: number }).affectedRows !== 1) return false;
    } catch (error) {
      if (isDeadlock(error)) return false;
      throw error;
    }
    this.token = token;
    return true;
  }

  /** Why the holder is taken to be gone, or null while it may be alive. */
  private async staleness(holder: LockRow, me: NodeIdentity, unchangedMs: number): Promise<string | null> {
    if (unchangedMs >= LEASE_MS) return `its heartbeat stopped ${Math.round(unchangedMs / 1000)}s ago`;
    const [members] = await this.connection.query("SELECT node_uuid FROM mysql.wsrep_cluster_members").catch(() => [null]);
    if (Array.isArray(members) && members.length > 0
      && !(members as { node_uuid: string }[]).some((m) => m.node_uuid === holder.node_uuid)) {
      return "its node left the cluster";
    }
    if (holder.node_uuid === me.nodeUuid && holder.account === me.account) {
      const [alive] = await this.connection.query("SELECT 1 FROM information_schema.PROCESSLIST WHERE ID = ?", [holder.connection_id]);
      if ((alive as unknown[]).length === 0) return "its connection is gone";
    }
    return null;
  }

  private held(): void {
    this.lost = null;
    this.beats = 0;
    this.lastBeatAt = Date.now();
    this.timer = setInterval(() => { this.beating ??= this.beat().finally(() => { this.beating = null; }); }, HEARTBEAT_MS);
    // The heartbeat must not keep a finished process alive.
    this.timer.unref();
  }

  private stopHeartbeat(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async beat(): Promise<void> {
    if (this.token === null || this.lost !== null) return;
    try {
      this.side ??= await this.openSide();
      const [result] = await this.side.query(
        `UPDATE ${this.quotedTable} SET beats = beats + 1, beat_at = UTC_TIMESTAMP(6) WHERE lock_key = ? AND token = ?`,
        [this.key, this.token]);
      if ((result as { affectedRows: number }).affectedRows === 1) {
        this.beats++;
        this.lastBeatAt = Date.now();
        return;
      }
      this.loseLock("another run took it over (this run's heartbeat had stopped for too long)");
    } catch (error) {
      // A certification conflict against a waiter's takeover: the next beat sees who won. A broken connection is
      // opened again on the next beat.
      if (!isDeadlock(error)) {
        await this.side?.end().catch(() => undefined);
        this.side = null;
      }
      if (Date.now() - this.lastBeatAt > LEASE_MS / 2) {
        this.loseLock(`its heartbeat could not reach the cluster for ${Math.round((Date.now() - this.lastBeatAt) / 1000)}s`);
      }
    }
  }

  private loseLock(reason: string): void {
    this.lost = reason;
    this.stopHeartbeat();
  }

  private timeoutMessage(holder: LockRow | null, timeoutMs: number): string {
    const advice = `waited ${Math.ceil(timeoutMs / 1000)}s; wait for the other migration run to finish (or stop it) and try again`;
    if (!holder) return `migration lock "${this.key}" is held by another run on the Galera cluster; ${advice}`;
    const details = [
      holder.host ? `host ${holder.host}` : null,
      holder.pid !== null ? `pid ${holder.pid}` : null,
      `connection id ${holder.connection_id}`,
      holder.node_name ? `on node ${holder.node_name}` : `on node ${holder.node_uuid}`,
      `since ${String(holder.acquired_at).replace(/\.\d+$/, "")} UTC`,
    ].filter((part) => part !== null);
    return `migration lock "${this.key}" is held by another run on the Galera cluster (${details.join(", ")}; ` +
      `lock row in table ${this.table}); ${advice}`;
  }
}

/** Runs fn again (a few times) when a replicated DDL aborted it: the abort says nothing about the lock. */
async function retryOnAbort<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (!isDeadlock(error) || attempt >= 5) throw error;
      await sleep(50 * attempt);
    }
  }
}

function newToken(): string {
  return randomBytes(16).toString("hex");
}

async function deleteWithRetries(connection: MysqlConnection, sql: string, params: unknown[]): Promise<boolean> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await connection.query(sql, params);
      return true;
    } catch (error) {
      if (!isDeadlock(error)) return false;
      await sleep(50 * (attempt + 1));
    }
  }
  return false;
}

/** Helpers for migration locks: stable keys and polling. */
import { createHash } from "node:crypto";

/**
 * The PostgreSQL advisory lock key for a lock name: the first 8 bytes of
 * SHA-256(name), read as a big-endian signed 64-bit integer. Stable across
 * runs, machines and versions of athanor, so two deploys of one project
 * always contend for the same key.
 */
export function advisoryLockKey(name: string): bigint {
  return createHash("sha256").update(name, "utf8").digest().readBigInt64BE(0);
}

/** A name within `max` characters: itself when it fits, else a readable prefix plus a SHA-256 tail. */
export function boundedLockName(name: string, max: number): string {
  if (name.length <= max) return name;
  const hash = createHash("sha256").update(name, "utf8").digest("hex").slice(0, 40);
  return `${name.slice(0, max - hash.length - 1)}:${hash}`;
}

/**
 * The table of a lock that needs one (a Galera cluster, where GET_LOCK is per node): named after the version
 * table, within MySQL's 64 characters. Autogenerate and pull leave it out, as they leave out the version table.
 */
export function lockTableName(versionTable: string): string {
  const name = `${versionTable}_lock`;
  if (name.length <= 64) return name;
  const hash = createHash("sha256").update(name, "utf8").digest("hex").slice(0, 12);
  return `${versionTable.slice(0, 64 - hash.length - 6)}_${hash}_lock`;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Calls `attempt` until it returns true or `timeoutMs` has passed (always at
 * least once), waiting `intervalMs` between tries. Resolves to whether it got it.
 */
export async function pollUntil(attempt: () => Promise<boolean>, timeoutMs: number, intervalMs = 100): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await attempt()) return true;
    const left = deadline - Date.now();
    if (left <= 0) return false;
    await sleep(Math.min(intervalMs, left));
  }
}

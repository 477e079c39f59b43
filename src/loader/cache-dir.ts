/**
 * Where athanor keeps what it can recompute (transformed modules, parsed
 * revision headers): `node_modules/.cache/athanor` of the nearest folder
 * with a node_modules, as Babel, ESLint and jiti do, else a per-user folder
 * in the system's temporary directory. `ATHANOR_CACHE_DIR` names another
 * folder; `ATHANOR_CACHE=0` turns caching off.
 *
 * A cache is only ever a shortcut: whatever is in it is checked against the
 * file it stands for, and a folder that cannot be written just means no cache.
 */
import { existsSync, mkdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

const byStart = new Map<string, string | null>();

/** The cache folder for files under `start` (created), or null when caching is off or impossible. */
export function cacheDirectory(start: string, env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.ATHANOR_CACHE === "0" || env.ATHANOR_CACHE === "false") return null;
  const key = `${env.ATHANOR_CACHE_DIR ?? ""}\0${start}`;
  if (!byStart.has(key)) byStart.set(key, prepare(env.ATHANOR_CACHE_DIR ? resolve(env.ATHANOR_CACHE_DIR) : defaultDirectory(start)));
  return byStart.get(key)!;
}

function defaultDirectory(start: string): string {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "node_modules"))) return join(dir, "node_modules", ".cache", "athanor");
    if (dirname(dir) === dir) break;
  }
  // Per user: another user's folder could hold code we would run.
  return join(tmpdir(), `athanor-cache-${process.getuid?.() ?? "user"}`);
}

function prepare(dir: string): string | null {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const owner = statSync(dir).uid;
    // Code from a folder someone else owns is not run.
    if (process.getuid && owner !== process.getuid()) return null;
    return dir;
  } catch {
    return null;
  }
}

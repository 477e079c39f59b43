/**
 * Finds and parses the revision files of the versions directories. Headers
 * of files unchanged since an earlier run come from the header cache; the
 * others are read (synchronously: for thousands of small files that is
 * several times faster than the thread pool's round trips) and lexed.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { resolve, sep } from "node:path";
import { RevisionGraphError } from "../errors.js";
import { fileStamp, HeaderCache } from "./header-cache.js";
import type { RevisionHeader } from "./revision.js";

const REVISION_FILE = /\.(ts|mts|js|mjs)$/;
const DECLARATION_FILE = /\.d\.(ts|mts)$/;

/** Whether a directory entry's name is a revision file (not a declaration, not hidden or private). */
export function isRevisionFileName(name: string): boolean {
  return REVISION_FILE.test(name) && !DECLARATION_FILE.test(name) && !name.startsWith("_") && !name.startsWith(".");
}

/** Headers of every revision file directly in `dirs`, directory by directory, each sorted by file name. */
export async function scanRevisionFiles(dirs: readonly string[]): Promise<RevisionHeader[]> {
  const uniqueDirs = [...new Set(dirs.map((dir) => resolve(dir)))];
  const headers: RevisionHeader[] = [];
  for (const dir of uniqueDirs) headers.push(...await scanDirectory(dir));
  return headers;
}

async function scanDirectory(dir: string): Promise<RevisionHeader[]> {
  const names = listRevisionFiles(dir);
  const cache = HeaderCache.open(dir);
  // The parser (and its lexer) is loaded only when a file is not in the cache.
  let parse: typeof import("./revision.js").parseRevisionSource | null = null;
  const headers: RevisionHeader[] = [];
  for (const name of names) {
    // `dir` is absolute and `name` a plain file name: nothing for path.resolve to do, thousands of times.
    const path = `${dir}${sep}${name}`;
    const stats = statSync(path, { throwIfNoEntry: false });
    // No stamp for a dangling symbolic link or a file deleted since the listing (reading it reports why),
    // nor for one changed moments ago: those are read every time.
    const stamp = stats ? fileStamp(stats) : null;
    const known = stamp === null ? null : cache.lookup(name, path, stamp);
    if (known) {
      headers.push(known);
      continue;
    }
    parse ??= (await import("./revision.js")).parseRevisionSource;
    const header = parse(readSource(path), path);
    if (stamp !== null) cache.remember(name, stamp, header);
    headers.push(header);
  }
  cache.save();
  return headers;
}

function listRevisionFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new RevisionGraphError(`versions directory ${dir} does not exist`, { cause: error });
    if (code === "ENOTDIR") throw new RevisionGraphError(`versions directory ${dir} is not a directory`, { cause: error });
    throw new RevisionGraphError(`cannot read versions directory ${dir}: ${(error as Error).message}`, { cause: error });
  }
  return entries
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && isRevisionFileName(e.name))
    .map((e) => e.name)
    // Plain code-unit order: the same on every machine and locale.
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function readSource(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new RevisionGraphError(`cannot read revision file ${path}: ${(error as Error).message}`, { cause: error });
  }
}

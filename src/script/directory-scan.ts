/**
 * Finds and parses the revision files of the versions directories. Files are
 * read in parallel, but through a bounded pool so that thousands of revisions
 * do not exhaust file descriptors (EMFILE).
 */
import { readFile as readFileCallback } from "node:fs";
import { readdir } from "node:fs/promises";
import { resolve } from "node:path";
import { RevisionGraphError } from "../errors.js";
import { parseRevisionSource, type RevisionHeader } from "./revision.js";

const REVISION_FILE = /\.(ts|mts|js|mjs)$/;
const DECLARATION_FILE = /\.d\.(ts|mts)$/;
const MAX_OPEN_FILES = 64;

/** Whether a directory entry's name is a revision file (not a declaration, not hidden or private). */
export function isRevisionFileName(name: string): boolean {
  return REVISION_FILE.test(name) && !DECLARATION_FILE.test(name) && !name.startsWith("_") && !name.startsWith(".");
}

/** Headers of every revision file directly in `dirs`, directory by directory, each sorted by file name. */
export async function scanRevisionFiles(dirs: readonly string[]): Promise<RevisionHeader[]> {
  const uniqueDirs = [...new Set(dirs.map((dir) => resolve(dir)))];
  const listings = await Promise.all(uniqueDirs.map(listRevisionFiles));
  const paths = listings.flat();
  const headers = new Array<RevisionHeader>(paths.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < paths.length) {
      const i = next++;
      headers[i] = parseRevisionSource(await readSource(paths[i]!), paths[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(MAX_OPEN_FILES, paths.length) }, worker));
  return headers;
}

async function listRevisionFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
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
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => resolve(dir, name));
}

/**
 * The callback form of readFile on purpose: for many small files it is
 * several times faster than fs/promises' readFile (which reads in chunks with
 * a round trip each), and 5,000 revisions must load in well under a second.
 */
function readSource(path: string): Promise<string> {
  return new Promise((resolveText, reject) => {
    readFileCallback(path, "utf8", (error, text) => {
      if (error) reject(new RevisionGraphError(`cannot read revision file ${path}: ${error.message}`, { cause: error }));
      else resolveText(text);
    });
  });
}

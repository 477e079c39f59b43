/**
 * Whether an SQLite connection can write: opened read-only (`?mode=ro` in the URL), or a file (or, for its
 * rollback journal, a folder) this process may not write, as on a read-only file system or a copy owned by
 * another user. SQLite opens such a file read-only without a word and fails at the first write.
 */
import { accessSync, constants, existsSync } from "node:fs";
import { dirname } from "node:path";

export function sqliteReadOnly(path: string, openedReadOnly: boolean): string | null {
  if (openedReadOnly) return "the database file is opened read-only (mode=ro in the URL)";
  if (path === ":memory:" || path === "" || !existsSync(path)) return null;
  if (!writable(path)) return `the database file ${path} is read-only (no permission to write it, or a read-only file system)`;
  if (!writable(dirname(path))) {
    return `the folder of the database file ${path} is read-only (SQLite writes its journal next to the file)`;
  }
  return null;
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

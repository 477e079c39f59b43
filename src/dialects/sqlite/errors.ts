/** better-sqlite3 open failures → one-line DatabaseErrors. */
import { DatabaseError } from "../../errors.js";
import type { DatabaseUrl } from "../dialect.js";
import { errorCode, errorMessage } from "../shared/connect-errors.js";

export function sqliteOpenError(error: unknown, url: DatabaseUrl): DatabaseError {
  const code = errorCode(error) ?? "";
  const reason = code === "SQLITE_NOTADB"
    ? "the file is not an SQLite database; check the path in the URL"
    : code.startsWith("SQLITE_CANTOPEN")
      ? "cannot open the file; check the path and its permissions"
      : code.startsWith("SQLITE_READONLY") || code.startsWith("SQLITE_PERM")
        ? "the file is read-only; check its permissions"
        : (errorMessage(error).split("\n")[0] ?? "unknown error");
  return new DatabaseError(`cannot open ${url.display}: ${reason}`, { cause: error });
}

export function missingFolderError(url: DatabaseUrl, folder: string): DatabaseError {
  return new DatabaseError(`cannot open ${url.display}: folder ${folder} does not exist; create it first`);
}

/**
 * The error hierarchy of athanor. Library code throws these; only src/cli/
 * prints them and turns them into exit codes (see cli/exit.ts).
 */
export class MigrateError extends Error {
  override readonly name: string = "MigrateError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The config file is missing, unreadable or of the wrong shape; a bad URL. */
export class ConfigError extends MigrateError {
  override readonly name = "ConfigError";
}

/** A revision file or the graph they form is malformed (cycle, duplicate id, missing parent). */
export class RevisionGraphError extends MigrateError {
  override readonly name = "RevisionGraphError";
}

/** A target (`head`, a prefix, `-2`, `label@head`...) does not resolve to one answer. */
export class TargetError extends MigrateError {
  override readonly name = "TargetError";
}

/** The database cannot be reached, refuses us, or answers with an unexpected state. */
export class DatabaseError extends MigrateError {
  override readonly name: string = "DatabaseError";
}

/**
 * The connection broke while a COMMIT was under way: the transaction committed whole or not at all, and which
 * is unknown (on a Galera cluster, the other nodes may have certified it).
 */
export class CommitOutcomeUnknownError extends DatabaseError {
  override readonly name = "CommitOutcomeUnknownError";
}

/** Another run holds the migration lock for longer than the lock timeout. */
export class LockTimeoutError extends MigrateError {
  override readonly name = "LockTimeoutError";
}

/**
 * A migration statement waited longer than `ddlLockTimeout` for a lock another session holds (a table lock, a
 * metadata lock, SQLite's write lock). The statement did not apply. The message names the blocking session where
 * the database can tell.
 */
export class LockWaitTimeoutError extends MigrateError {
  override readonly name = "LockWaitTimeoutError";
}

/** An operation that this dialect cannot perform, or that needs a live database. */
export class UnsupportedOperationError extends MigrateError {
  override readonly name = "UnsupportedOperationError";
}

/** The model module is missing, throws, or describes an impossible schema. */
export class ModelError extends MigrateError {
  override readonly name = "ModelError";
}

/** A command was called with options that do not fit together. */
export class UsageError extends MigrateError {
  override readonly name = "UsageError";
}

export type Direction = "upgrade" | "downgrade";

/**
 * A revision failed while running. Wraps the cause with the revision, the
 * direction, the operation that failed and what of the revision had already
 * been applied, so a user knows exactly where the database stands.
 */
export class MigrationError extends MigrateError {
  override readonly name = "MigrationError";
  constructor(
    readonly revision: string,
    readonly direction: Direction,
    readonly failedOp: string | null,
    readonly appliedOps: readonly string[],
    readonly outcome: string,
    cause: unknown,
    /** The failure left the database at a revision boundary with nothing of this revision applied or kept. */
    readonly atBoundary = false,
  ) {
    const what = failedOp ? ` at ${failedOp}` : "";
    const causeText = cause instanceof Error ? cause.message : String(cause);
    super(`${direction} of revision ${revision} failed${what}: ${firstLine(causeText)}. ${outcome}`, { cause });
  }
}

function firstLine(text: string): string {
  const line = text.split("\n")[0] ?? "";
  return line.replace(/\.$/, "");
}

/**
 * ddlLockRetries: a run whose statement gave up waiting for a lock runs again, from where the database stands,
 * after 1s, 2s, 4s... (capped at 30s). Only when the failure left the database at a revision boundary with
 * nothing of the failed revision kept: rolled back (PostgreSQL, SQLite: the run's whole transaction, or the
 * revision's with transactionPerMigration), or, where DDL commits at once (MySQL, transactional = false), when
 * the statement that timed out was the revision's first. Anything else is a half-applied revision for a person
 * to repair, and is not retried.
 */
import { LockWaitTimeoutError, MigrationError } from "../errors.js";
import { runSteps, type RunRequest, type RunResult } from "./run.js";

const MAX_DELAY_MS = 30_000;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function runWithRetries(
  request: RunRequest, retries: number, onRetry?: (line: string) => void,
): Promise<RunResult> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await runSteps(request);
    } catch (error) {
      if (attempt >= retries || !retryable(error)) throw error;
      const delayMs = Math.min(1000 * 2 ** attempt, MAX_DELAY_MS);
      const what = error instanceof MigrationError ? `${error.direction} of revision ${error.revision}` : "the run";
      onRetry?.(`${what} timed out waiting for a lock; retrying in ${delayMs / 1000}s (retry ${attempt + 1} of ${retries})`);
      await sleep(delayMs);
    }
  }
}

function retryable(error: unknown): boolean {
  // Outside any revision (BEGIN, the version table's reads, the final COMMIT): nothing of a revision was kept.
  if (error instanceof LockWaitTimeoutError) return true;
  return error instanceof MigrationError && error.atBoundary && error.cause instanceof LockWaitTimeoutError;
}

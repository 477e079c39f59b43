/**
 * The one place where errors become messages and exit codes: 0 success,
 * 1 for any error (one line, no stack trace unless --raiseerr). With --json
 * the error is also the document on stdout: { "error": { "message", "kind" } }.
 */
import { MigrateError, MigrationError } from "../errors.js";
import type { JsonError } from "./json-shapes.js";
import type { Output } from "./output.js";

export const EXIT_OK = 0;
export const EXIT_ERROR = 1;
/** `migrate check` found differences. */
export const EXIT_DIFFERENCES = 1;

/** Thrown by a command whose outcome is an exit code, not an error (check with differences). */
export class ExitRequest extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/** The kind of an error that is not one of athanor's: a bug, or something thrown by user code (a config, a revision). */
const UNEXPECTED = "Error";

export function reportError(error: unknown, output: Output, raiseErr: boolean): number {
  if (output.json) output.document(errorDocument(error));
  if (raiseErr) {
    output.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    let cause = error instanceof Error ? error.cause : undefined;
    while (cause instanceof Error) {
      output.error(`caused by: ${cause.stack ?? cause.message}`);
      cause = cause.cause;
    }
    return EXIT_ERROR;
  }
  if (error instanceof MigrateError) {
    output.error(`error: ${oneLine(error.message)}`);
  } else {
    output.error(`error: ${oneLine(messageOf(error))} (run again with --raiseerr for the stack trace)`);
  }
  return EXIT_ERROR;
}

/** Commander refused the command line (unknown option, missing argument): it printed why on stderr already. */
export function reportUsageError(message: string, output: Output): number {
  if (output.json) output.document({ error: { message: oneLine(message.replace(/^error: /, "")), kind: "UsageError" } } satisfies JsonError);
  return EXIT_ERROR;
}

/** SIGINT/SIGTERM: the line on stderr, and with --json the document; the caller exits with the signal's code. */
export function reportInterrupt(line: string, output: Output): void {
  output.error(line);
  if (output.json) output.document({ error: { message: line.replace(/^error: /, ""), kind: "Interrupted" } } satisfies JsonError);
}

function errorDocument(error: unknown): JsonError {
  const message = oneLine(messageOf(error));
  if (error instanceof MigrationError) {
    const { revision, direction, failedOp, appliedOps, atBoundary } = error;
    return { error: { message, kind: error.name, migration: { revision, direction, failedOp, appliedOps, atBoundary } } };
  }
  return { error: { message, kind: error instanceof MigrateError ? error.name : UNEXPECTED } };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function oneLine(text: string): string {
  return text.split("\n").map((line) => line.trim()).filter(Boolean).join(" ");
}

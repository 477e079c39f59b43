/**
 * The one place where errors become messages and exit codes: 0 success,
 * 1 for any error (one line, no stack trace unless --raiseerr).
 */
import { MigrateError } from "../errors.js";
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

export function reportError(error: unknown, output: Output, raiseErr: boolean): number {
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
    const text = error instanceof Error ? error.message : String(error);
    output.error(`error: ${oneLine(text)} (run again with --raiseerr for the stack trace)`);
  }
  return EXIT_ERROR;
}

function oneLine(text: string): string {
  return text.split("\n").map((line) => line.trim()).filter(Boolean).join(" ");
}

/**
 * Everything the CLI prints goes through here: secrets are blanked, -q silences progress. With --json, stdout
 * carries the command's one document and nothing else: text meant for stdout goes to stderr instead.
 */
import { toJson } from "../json-text.js";
import { redact } from "../secrets.js";

export interface Output {
  /** --json was given: the command prints its result with `document`, not as text. */
  readonly json: boolean;
  /** Results on stdout (paths, revision lines, SQL). */
  out(text: string): void;
  /** Progress on stderr; silenced by -q. */
  info(text: string): void;
  /** Errors and warnings on stderr; never silenced. */
  error(text: string): void;
  /** Raw text on stdout without a newline (offline SQL). */
  write(text: string): void;
  /** --json: the command's one document on stdout (see json-shapes.ts). */
  document(value: object): void;
}

export function createOutput(quiet: boolean, json = false): Output {
  const stdout = (text: string): void => { (json ? process.stderr : process.stdout).write(redact(text)); };
  return {
    json,
    out: (text) => stdout(`${text}\n`),
    info: (text) => { if (!quiet) process.stderr.write(`${redact(text)}\n`); },
    error: (text) => { process.stderr.write(`${redact(text)}\n`); },
    write: stdout,
    document: (value) => { process.stdout.write(`${toJson(value, redact)}\n`); },
  };
}

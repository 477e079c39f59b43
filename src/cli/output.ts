/** Everything the CLI prints goes through here: secrets are blanked, -q silences progress. */
import { redact } from "../secrets.js";

export interface Output {
  /** Results on stdout (paths, revision lines, SQL). */
  out(text: string): void;
  /** Progress on stderr; silenced by -q. */
  info(text: string): void;
  /** Errors and warnings on stderr; never silenced. */
  error(text: string): void;
  /** Raw text on stdout without a newline (offline SQL). */
  write(text: string): void;
}

export function createOutput(quiet: boolean): Output {
  return {
    out: (text) => { process.stdout.write(`${redact(text)}\n`); },
    info: (text) => { if (!quiet) process.stderr.write(`${redact(text)}\n`); },
    error: (text) => { process.stderr.write(`${redact(text)}\n`); },
    write: (text) => { process.stdout.write(redact(text)); },
  };
}

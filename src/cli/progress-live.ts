/**
 * The live display of a multi-database run on a terminal: a block at the
 * bottom of stderr with the counts (done / running / failed / left), the
 * elapsed time and each running database's current revision, redrawn in
 * place. Lines that stay (errors, warnings) are printed above the block.
 *
 * Never garbled: every write to stderr while the display is up goes through
 * here, as one write that first moves back over the block (cursor up, erase
 * to the end of the screen); each line is cut to the terminal's width, so no
 * line wraps and the count of lines to move back over stays right. What
 * others write to stderr meanwhile (a revision's console.error, a driver's
 * warning) is taken in and printed above the block, line by line.
 */
import { redact } from "../secrets.js";

const REDRAW_EVERY_MS = 100;
const TICK_EVERY_MS = 1000;
/** Running databases listed one per line; more are counted. */
const MAX_LISTED = 10;

export class LiveDisplay {
  private readonly started = Date.now();
  /** Running databases and what each runs now, in the order they started. */
  private readonly running = new Map<string, string>();
  private done = 0;
  private failed = 0;
  private drawn = 0;
  private pending: NodeJS.Timeout | null = null;
  private readonly ticker: NodeJS.Timeout;
  private closed = false;
  /** process.stderr's own write, while ours stands in for it; a foreign write's text not ended by a newline yet. */
  private readonly stderrWrite: typeof process.stderr.write;
  private foreign = "";

  constructor(
    private readonly command: string,
    private readonly databases: readonly string[],
    private readonly jobs: number,
    private readonly columns: () => number = () => process.stderr.columns || 80,
  ) {
    this.stderrWrite = process.stderr.write;
    process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
      this.foreign += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString();
      const end = this.foreign.lastIndexOf("\n");
      if (end >= 0) {
        const lines = this.foreign.slice(0, end);
        this.foreign = this.foreign.slice(end + 1);
        this.redraw(`${lines}\n`);
      }
      const callback = rest.find((arg) => typeof arg === "function") as (() => void) | undefined;
      callback?.();
      return true;
    }) as typeof process.stderr.write;
    this.ticker = setInterval(() => this.redraw(), TICK_EVERY_MS);
    this.ticker.unref();
    this.redraw();
  }

  private write(text: string): void {
    this.stderrWrite.call(process.stderr, text);
  }

  start(database: string): void {
    this.running.set(database, "connecting, waiting for its lock");
    this.schedule();
  }

  step(database: string, description: string): void {
    this.running.set(database, description);
    this.schedule();
  }

  finish(database: string, failed: boolean): void {
    this.running.delete(database);
    this.done += 1;
    if (failed) this.failed += 1;
    this.schedule();
  }

  /** A line that stays, above the display. */
  print(line: string): void {
    if (this.closed) {
      this.write(`${redact(line)}\n`);
      return;
    }
    this.redraw(`${redact(line)}\n`);
  }

  /** Removes the block; the terminal is left as if only the printed lines had been written. */
  close(): void {
    if (this.closed) return;
    clearInterval(this.ticker);
    if (this.pending) clearTimeout(this.pending);
    this.write(`${this.erase()}${this.foreign}`);
    this.drawn = 0;
    this.closed = true;
    process.stderr.write = this.stderrWrite;
  }

  /** At most one redraw per REDRAW_EVERY_MS: a thousand fast databases must not flood the terminal. */
  private schedule(): void {
    if (this.pending || this.closed) return;
    this.pending = setTimeout(() => {
      this.pending = null;
      this.redraw();
    }, REDRAW_EVERY_MS);
    this.pending.unref();
  }

  private redraw(above = ""): void {
    if (this.closed) return;
    const lines = this.block();
    this.write(`${this.erase()}${above}${lines.map((line) => `${line}\n`).join("")}`);
    this.drawn = lines.length;
  }

  /** Back to the block's first line, and erase from there to the end of the screen. */
  private erase(): string {
    return `${this.drawn > 0 ? `\x1b[${this.drawn}A` : ""}\r\x1b[J`;
  }

  private block(): string[] {
    const total = this.databases.length;
    const left = total - this.done - this.running.size;
    const head = `${this.command}: ${this.done - this.failed} done, ${this.running.size} running, ${this.failed} failed, ` +
      `${left} left of ${total} (--jobs ${this.jobs}), ${elapsed(Date.now() - this.started)}`;
    const listed = [...this.running].slice(0, MAX_LISTED).map(([name, what]) => `  [${name}] ${what}`);
    const more = this.running.size > MAX_LISTED ? [`  ... and ${this.running.size - MAX_LISTED} more`] : [];
    const width = Math.max(20, this.columns() - 1);
    return [head, ...listed, ...more].map((line) => cut(redact(line), width));
  }
}

function cut(line: string, width: number): string {
  const chars = [...line];
  return chars.length <= width ? line : `${chars.slice(0, width - 1).join("")}…`;
}

function elapsed(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

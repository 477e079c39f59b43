/**
 * Child processes of the CLI started with Project.spawn: waiting for their
 * end with their output, and for a line of progress (to kill or signal one
 * while it is working).
 */
import type { ChildProcess } from "node:child_process";

export interface Finished {
  /** The exit code; null when a signal ended the process. */
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Resolves when the process has exited and its output is closed. Call it right after spawn. */
export function finished(child: ChildProcess): Promise<Finished> {
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk: Buffer) => { stdout += chunk.toString(); });
  child.stderr!.on("data", (chunk: Buffer) => { stderr += chunk.toString(); });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Resolves true once `pattern` shows up on the child's stderr, false when it exits first or after `timeoutMs`. */
export function stderrShows(child: ChildProcess, pattern: RegExp, timeoutMs = 20_000): Promise<boolean> {
  return new Promise((resolve) => {
    let seen = "";
    const done = (value: boolean): void => {
      clearTimeout(timer);
      child.stderr!.off("data", onData);
      child.off("close", onClose);
      resolve(value);
    };
    const onData = (chunk: Buffer): void => {
      seen += chunk.toString();
      if (pattern.test(seen)) done(true);
    };
    const onClose = (): void => done(false);
    const timer = setTimeout(() => done(false), timeoutMs);
    child.stderr!.on("data", onData);
    child.on("close", onClose);
  });
}

/** A small seeded PRNG (mulberry32): the same seed gives the same sequence, so a failure can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of a randomised test: ATHANOR_TEST_SEED when set (to replay a failure), else a fresh one. */
export function testSeed(): number {
  const fixed = process.env.ATHANOR_TEST_SEED;
  return fixed ? Number(fixed) : Math.floor(Math.random() * 2 ** 31);
}

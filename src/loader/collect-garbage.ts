/**
 * A full garbage collection on demand, for the one moment it pays: right
 * after transforming a large module. sucrase's tokens for a 1,000-table
 * models file (some 40 MB) live long enough to be promoted to the old
 * generation, and V8 would not collect them before the rest of autogenerate
 * has grown the heap on top of them: peak RSS 165 MB instead of 125 MB.
 *
 * Node offers no gc() without --expose-gc; setting the flag at run time and
 * taking gc from a fresh context is the way Jest's leak detector does it.
 * The flag is cleared again at once: V8's flags are part of its code-cache
 * check, so a flag left set would make every code cache written afterwards
 * useless to the next run, and later contexts would see a `gc` global.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let gc: (() => void) | null | undefined;

export function collectGarbage(): void {
  gc ??= exposedGc();
  gc?.();
}

function exposedGc(): (() => void) | null {
  // Started with --expose-gc (in NODE_OPTIONS, say): use it, and leave the flag as the host set it.
  const global = (globalThis as { gc?: unknown }).gc;
  if (typeof global === "function") return global as () => void;
  try {
    setFlagsFromString("--expose-gc");
    return runInNewContext("gc") as () => void;
  } catch {
    return null;
  } finally {
    setFlagsFromString("--no-expose-gc");
  }
}

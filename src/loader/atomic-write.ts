/** Cache writes: a reader (another process) sees the old file or the new one, never half of one. */
import { renameSync, rmSync, writeFileSync } from "node:fs";

let counter = 0;

/** Writes `content` to `path` through a temporary file and a rename; failures are ignored (a cache is optional). */
export function writeCacheFile(path: string, content: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}.${counter++}.tmp`;
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing more to do: the cache stays as it was.
    }
  }
}

/** athanor's own version, recorded in the history table. */
import { readFileSync } from "node:fs";

let cached: string | null = null;

export function athanorVersion(): string {
  cached ??= (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
  return cached;
}

/** A revision file's checksum: SHA-256 of its text with line endings normalised, so a checkout on Windows matches. */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

export function checksumOf(text: string): string {
  return createHash("sha256").update(text.replace(/\r\n?/g, "\n")).digest("hex");
}

export async function fileChecksum(path: string): Promise<string | null> {
  try {
    // Synchronous: a run checksums every file it executes, and for small files the thread pool's round trips cost more.
    return checksumOf(readFileSync(path, "utf8"));
  } catch {
    return null;
  }
}

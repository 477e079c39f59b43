/**
 * Parsed revision headers, kept between runs: with thousands of revisions,
 * reading and lexing every file on every `heads` costs more than the rest of
 * the command. An entry is used only while its file's size, modification
 * and change times and inode are what they were when it was parsed (ctime
 * cannot be set back by hand, so any write to the file retires its entry).
 * File times are coarse (a few milliseconds), so a file written moments ago
 * could be written again with the same stamp: like git's index, such "racy"
 * files are not cached until their stamp is safely in the past.
 * Files that fail to parse are never cached: their error shows every time.
 */
import { createHash } from "node:crypto";
import { readFileSync, type Stats } from "node:fs";
import { join } from "node:path";
import { cacheDirectory } from "../loader/cache-dir.js";
import { writeCacheFile } from "../loader/atomic-write.js";
import { athanorVersion } from "../version.js";
import type { RevisionHeader } from "./revision.js";

/**
 * One file's entry, as a tuple rather than an object (and without the path, which is the folder's and the
 * name's): 5,000 of them must parse in a few milliseconds.
 */
type Entry = [
  name: string, size: number, mtimeMs: number, ctimeMs: number, ino: number,
  revision: string, downRevisions: string[], branchLabels: string[], dependsOn: string[],
  transactional: boolean, message: string, createDate: string | null,
];

/** Bumped when Entry changes shape, so that a cache file of another layout is ignored, not misread. */
const FORMAT = 2;

interface CacheFile {
  readonly format: number;
  readonly version: string;
  readonly dir: string;
  readonly entries: Entry[];
}

/** How recent a change must be for a stamp to be untrustworthy (generous: file system clocks drift too). */
const RACY_MS = 2_000;

/** What identifies a file's content without reading it: size, modification and change times, inode. */
export type Stamp = readonly [size: number, mtimeMs: number, ctimeMs: number, ino: number];

/** The stamp of a file, or null while its last change is too recent to be told apart from the next one. */
export function fileStamp(stats: Stats, now = Date.now()): Stamp | null {
  if (now - Math.max(stats.mtimeMs, stats.ctimeMs) < RACY_MS) return null;
  // Numbers, compared as numbers: formatting 5,000 fractional times as text cost more than the comparison.
  return [stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino];
}

export class HeaderCache {
  private readonly entries = new Map<string, Entry>();
  private readonly used: Entry[] = [];
  private changed = false;

  private constructor(private readonly file: string | null, private readonly dir: string, previous: CacheFile | null) {
    for (const entry of previous?.entries ?? []) this.entries.set(entry[0], entry);
  }

  /** The cache of the versions directory `dir` (empty, and never written, when caching is off). */
  static open(dir: string): HeaderCache {
    const cacheDir = cacheDirectory(dir);
    const file = cacheDir === null ? null : join(cacheDir, `revisions-${createHash("sha1").update(dir).digest("hex")}.json`);
    return new HeaderCache(file, dir, file === null ? null : readCacheFile(file, dir));
  }

  /** The header of file `name` (at `path`), if the cache holds it for a file with this stamp. */
  lookup(name: string, path: string, stamp: Stamp): RevisionHeader | null {
    const entry = this.entries.get(name);
    if (entry === undefined || entry[1] !== stamp[0] || entry[2] !== stamp[1] || entry[3] !== stamp[2] || entry[4] !== stamp[3]) {
      return null;
    }
    this.used.push(entry);
    const [, , , , , revision, downRevisions, branchLabels, dependsOn, transactional, message, createDate] = entry;
    return { revision, downRevisions, branchLabels, dependsOn, transactional, message, createDate, path };
  }

  remember(name: string, stamp: Stamp, h: RevisionHeader): void {
    this.used.push([name, ...stamp, h.revision, [...h.downRevisions], [...h.branchLabels], [...h.dependsOn], h.transactional,
      h.message, h.createDate]);
    this.changed = true;
  }

  /** Writes what this scan saw, if it differs from what was read: entries of deleted files go. */
  save(): void {
    if (this.file === null || (!this.changed && this.used.length === this.entries.size)) return;
    const content: CacheFile = { format: FORMAT, version: athanorVersion(), dir: this.dir, entries: this.used };
    writeCacheFile(this.file, JSON.stringify(content));
  }
}

function readCacheFile(file: string, dir: string): CacheFile | null {
  try {
    const content = JSON.parse(readFileSync(file, "utf8")) as CacheFile;
    // Another athanor may parse differently; a hash collision of folder names is checked away too.
    return content.format === FORMAT && content.version === athanorVersion() && content.dir === dir && Array.isArray(content.entries) ? content : null;
  } catch {
    return null;
  }
}

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { scanRevisionFiles } from "../../src/script/directory-scan.js";
import { fileStamp } from "../../src/script/header-cache.js";
import { revisionSource } from "./helpers.js";

let root: string;
let cacheDir: string;
const savedEnv = { dir: process.env.ATHANOR_CACHE_DIR, off: process.env.ATHANOR_CACHE };

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "athanor-header-cache-"));
});

afterEach(() => {
  process.env.ATHANOR_CACHE_DIR = savedEnv.dir;
  process.env.ATHANOR_CACHE = savedEnv.off;
  if (savedEnv.dir === undefined) delete process.env.ATHANOR_CACHE_DIR;
  if (savedEnv.off === undefined) delete process.env.ATHANOR_CACHE;
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Past the window in which a file's stamp cannot be trusted. */
const RACY_WAIT_MS = 2_100;

function useCache(name: string): string {
  cacheDir = join(root, `cache-${name}`);
  process.env.ATHANOR_CACHE_DIR = cacheDir;
  return cacheDir;
}

function cacheFiles(): string[] {
  return readdirSync(cacheDir).filter((f) => f.startsWith("revisions-"));
}

describe("revision header cache", () => {
  it("gives no stamp to a file changed moments ago", () => {
    const file = join(root, "fresh.ts");
    writeFileSync(file, "x");
    const stats = statSync(file);
    expect(fileStamp(stats)).toBeNull();
    expect(fileStamp(stats, Date.now() + 5_000)).toEqual([1, stats.mtimeMs, stats.ctimeMs, stats.ino]);
  });

  it("reuses headers of unchanged files and re-reads changed, added and removed ones", async () => {
    useCache("reuse");
    const dir = join(root, "reuse");
    mkdirSync(dir);
    writeFileSync(join(dir, "a.ts"), revisionSource("a1", null));
    writeFileSync(join(dir, "b.ts"), revisionSource("b1", "a1"));
    await sleep(RACY_WAIT_MS);
    expect((await scanRevisionFiles([dir])).map((h) => h.revision)).toEqual(["a1", "b1"]);
    expect(cacheFiles()).toHaveLength(1);

    // Proof that the cache is read: an entry altered in the cache shows up while its file is unchanged.
    const cacheFile = join(cacheDir, cacheFiles()[0]!);
    writeFileSync(cacheFile, readFileSync(cacheFile, "utf8").replace("message of b1", "from the cache"));
    expect((await scanRevisionFiles([dir]))[1]!.message).toBe("from the cache");

    // The same size, other content: a new stamp retires the entry, whether the change is recent or not.
    writeFileSync(join(dir, "b.ts"), revisionSource("b2", "a1"));
    expect((await scanRevisionFiles([dir])).map((h) => h.revision)).toEqual(["a1", "b2"]);
    await sleep(RACY_WAIT_MS);
    expect((await scanRevisionFiles([dir])).map((h) => [h.revision, h.message])).toEqual([["a1", "message of a1"], ["b2", "message of b2"]]);

    rmSync(join(dir, "a.ts"));
    writeFileSync(join(dir, "c.ts"), revisionSource("c1", null));
    expect((await scanRevisionFiles([dir])).map((h) => h.revision)).toEqual(["b2", "c1"]);
    expect(readFileSync(cacheFile, "utf8")).not.toContain("a.ts");
  }, 20_000);

  it("never caches a file that fails to parse", async () => {
    useCache("broken");
    const dir = join(root, "broken");
    mkdirSync(dir);
    writeFileSync(join(dir, "bad.ts"), `export const revision = "b1;\n`);
    const old = Date.now() / 1000 - 60;
    utimesSync(join(dir, "bad.ts"), old, old);
    await sleep(RACY_WAIT_MS);
    await expect(scanRevisionFiles([dir])).rejects.toThrow(/bad\.ts: syntax error/);
    await expect(scanRevisionFiles([dir])).rejects.toThrow(/bad\.ts: syntax error/);
  }, 20_000);

  it("works with caching turned off, and with a damaged cache file", async () => {
    const dir = join(root, "off");
    mkdirSync(dir);
    writeFileSync(join(dir, "a.ts"), revisionSource("a1", null));
    await sleep(RACY_WAIT_MS);
    process.env.ATHANOR_CACHE = "0";
    useCache("off");
    expect((await scanRevisionFiles([dir])).map((h) => h.revision)).toEqual(["a1"]);
    expect(() => readdirSync(cacheDir)).toThrow();

    delete process.env.ATHANOR_CACHE;
    await scanRevisionFiles([dir]);
    const cacheFile = join(cacheDir, cacheFiles()[0]!);
    writeFileSync(cacheFile, "{ not json");
    expect((await scanRevisionFiles([dir])).map((h) => h.revision)).toEqual(["a1"]);
    expect(JSON.parse(readFileSync(cacheFile, "utf8")).entries).toHaveLength(1);
  }, 20_000);
});

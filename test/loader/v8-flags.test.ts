/**
 * V8 flags and the code cache: V8 refuses cached code made under other flags, so a flag the loader sets for a
 * moment (--expose-gc) must be cleared again, and flags the CLI sets for good must name the cache files.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { compileFunction, runInNewContext } from "node:vm";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/project.js";

const dist = async <T>(path: string): Promise<T> => import(pathToFileURL(join(ROOT, "dist", path)).href) as Promise<T>;
const dir = mkdtempSync(join(tmpdir(), "athanor-v8-flags-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SOURCE = "module.exports = { n: 40 + 2 };";
/** Compiles SOURCE through the loader's code cache; whether V8 accepted cached data for it. */
async function compileCached(cacheFile: string): Promise<{ rejected: boolean | undefined; files: string[] }> {
  const { compileModule } = await dist<typeof import("../../src/loader/compile.js")>("loader/compile.js");
  const fn = compileModule(SOURCE, join(dir, "m.js"), cacheFile) as unknown as { cachedDataRejected?: boolean };
  return { rejected: fn.cachedDataRejected, files: readdirSync(dir).filter((f) => f.endsWith(".v8")).sort() };
}

describe("V8 flags and the code cache", () => {
  it("collectGarbage leaves V8's flags as they were: cached code stays valid, no gc global appears", async () => {
    const made = compileFunction("return 1 + 2", [], { produceCachedData: true }) as unknown as { cachedData: Buffer };
    const { collectGarbage } = await dist<typeof import("../../src/loader/collect-garbage.js")>("loader/collect-garbage.js");
    collectGarbage();
    collectGarbage();
    const again = compileFunction("return 1 + 2", [], { cachedData: made.cachedData }) as unknown as { cachedDataRejected: boolean };
    expect(again.cachedDataRejected).toBe(false);
    expect(runInNewContext("typeof gc")).toBe("undefined");
  });

  it("names code-cache files after the flags set at run time, so each set of flags keeps data V8 accepts", async () => {
    const cacheFile = join(dir, "abc.cjs");
    const first = await compileCached(cacheFile);
    expect(first.files).toHaveLength(1);
    expect((await compileCached(cacheFile)).rejected).toBe(false);

    const { setV8Flags } = await dist<typeof import("../../src/loader/v8-flags.js")>("loader/v8-flags.js");
    setV8Flags("--interrupt-budget=1000000");
    try {
      // Under other flags V8 would refuse the first file's data: a file of their own is made instead.
      const made = await compileCached(cacheFile);
      expect(made.files).toHaveLength(2);
      expect((await compileCached(cacheFile)).rejected).toBe(false);
    } finally {
      setV8Flags("--interrupt-budget=67584");
    }
  });
});

/**
 * Compiles a module's CommonJS text into its wrapper function, with V8's
 * code cache kept beside the transformed text: a run of a thousand revisions
 * compiles a thousand modules, and with the cache V8 skips most of that work.
 * The cache is specific to the V8 build (its version is in the file name, and
 * V8 itself rejects data it did not make); rejected data is simply replaced.
 */
import { readFileSync } from "node:fs";
import { compileFunction } from "node:vm";
import { writeCacheFile } from "./atomic-write.js";

const PARAMETERS = ["exports", "require", "module", "__filename", "__dirname"];
const V8_TAG = `${process.versions.v8}-${process.arch}`.replace(/[^\w.-]/g, "_");

export type ModuleFunction = (exports: unknown, require: (specifier: string) => unknown, module: { exports: unknown },
  filename: string, dirname: string) => void;

/** `cacheFile` is the transform cache's file for this text (null: no cache). Throws SyntaxError as V8 does. */
export function compileModule(code: string, filename: string, cacheFile: string | null): ModuleFunction {
  const codeCacheFile = cacheFile === null ? null : `${cacheFile.replace(/\.cjs$/, "")}.${V8_TAG}.v8`;
  const cachedData = codeCacheFile === null ? undefined : readIfExists(codeCacheFile);
  const compiled = compileFunction(code, PARAMETERS, {
    filename, cachedData, produceCachedData: codeCacheFile !== null && cachedData === undefined,
  });
  if (codeCacheFile !== null) {
    const produced = (compiled as { cachedData?: Buffer }).cachedData;
    if (produced) writeCacheFile(codeCacheFile, produced);
    // Made by another V8 (or damaged): the next run writes fresh data.
    else if ((compiled as { cachedDataRejected?: boolean }).cachedDataRejected) writeCacheFile(codeCacheFile, new Uint8Array(0));
  }
  return compiled as unknown as ModuleFunction;
}

function readIfExists(path: string): Buffer | undefined {
  try {
    const data = readFileSync(path);
    // An empty file marks data to be made again.
    return data.length > 0 ? data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Compiles a module's CommonJS text into its wrapper function, with V8's
 * code cache kept beside the transformed text: a run of a thousand revisions
 * compiles a thousand modules, and with the cache V8 skips most of that work.
 * The cache is specific to the V8 build (its version is in the file name, and
 * V8 itself rejects data it did not make); rejected data is simply replaced.
 * V8 also rejects data made under other flags, so those name the file too.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { compileFunction } from "node:vm";
import { writeCacheFile } from "./atomic-write.js";
import { v8FlagsInEffect } from "./v8-flags.js";

const PARAMETERS = ["exports", "require", "module", "__filename", "__dirname"];
const V8_TAG = `${process.versions.v8}-${process.arch}`.replace(/[^\w.-]/g, "_");

let tag: { readonly flagCount: number; readonly text: string } | undefined;

/** V8 version, architecture and, when any are set, a digest of the flags in effect. */
function v8Tag(): string {
  const flags = v8FlagsInEffect();
  // Flags are only ever added: their count tells whether the digest is still current.
  if (tag?.flagCount !== flags.length) {
    const digest = flags.length === 0 ? "" : `-${createHash("sha1").update(flags.join("\0")).digest("hex").slice(0, 10)}`;
    tag = { flagCount: flags.length, text: `${V8_TAG}${digest}` };
  }
  return tag.text;
}

export type ModuleFunction = (exports: unknown, require: (specifier: string) => unknown, module: { exports: unknown },
  filename: string, dirname: string) => void;

/** `cacheFile` is the transform cache's file for this text (null: no cache). Throws SyntaxError as V8 does. */
export function compileModule(code: string, filename: string, cacheFile: string | null): ModuleFunction {
  const codeCacheFile = cacheFile === null ? null : `${cacheFile.replace(/\.cjs$/, "")}.${v8Tag()}.v8`;
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

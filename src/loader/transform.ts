/**
 * A user module's source as CommonJS that can run in-process: types
 * stripped, `import`/`export` turned into `require`/`exports` (sucrase).
 * Results are cached on disk by a hash of the source, so a second run loads
 * neither sucrase nor anything but the cached text.
 *
 * Some modules cannot run as CommonJS (top-level await, `import.meta`);
 * those are marked `fullLoader`, and the cache remembers that too.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { athanorVersion } from "../version.js";
import { writeCacheFile } from "./atomic-write.js";
import { collectGarbage } from "./collect-garbage.js";

export type Transformed =
  | { readonly kind: "commonjs"; readonly code: string; /** The cache file holding `code`, if any. */ readonly cacheFile: string | null }
  | { readonly kind: "fullLoader" };

/** Marks a cached "needs the full loader" verdict; no transformed module starts with it. */
const FULL_LOADER_MARK = "//athanor:full-loader\n";

/** Sources this long (a models module of several hundred tables) leave enough garbage to collect at once. */
const LARGE_SOURCE = 128 * 1024;

type Sucrase = typeof import("sucrase");
let sucrase: Sucrase | null = null;

export function transformModule(path: string, source: string, cacheDir: string | null): Transformed {
  const cached = cacheDir === null ? null : join(cacheDir, `${cacheKey(source)}.cjs`);
  if (cached !== null) {
    const text = readIfExists(cached);
    if (text !== null) return text === FULL_LOADER_MARK ? { kind: "fullLoader" } : { kind: "commonjs", code: text, cacheFile: cached };
  }
  const code = toCommonJs(path, source);
  if (cached !== null) writeCacheFile(cached, code ?? FULL_LOADER_MARK);
  return code === null ? { kind: "fullLoader" } : { kind: "commonjs", code, cacheFile: cached };
}

/** The CommonJS text (uncached), or null when it cannot run as CommonJS and only Babel will do. */
export function toCommonJs(path: string, source: string): string | null {
  sucrase ??= createRequire(import.meta.url)("sucrase") as Sucrase;
  let code: string;
  try {
    code = sucrase.transform(source, { transforms: ["typescript", "imports"], filePath: path, production: true }).code;
  } catch {
    // sucrase cannot parse it: the full loader will, or will report the syntax error properly.
    return null;
  } finally {
    releaseParserState(sucrase);
    if (source.length >= LARGE_SOURCE) collectGarbage();
  }
  try {
    // Compiled, not run: a SyntaxError means the CommonJS form cannot run as is (top-level await, import.meta).
    new Function("exports", "require", "module", "__filename", "__dirname", code);
  } catch {
    return null;
  }
  return code;
}

/**
 * sucrase keeps the last file's tokens and scopes in module-level state until the next transform: after a
 * 1,000-table models module that is about 40 MB held for the rest of the run (autogenerate's peak memory).
 * Transforming an empty text swaps it for an empty state, and the old one can be collected.
 */
function releaseParserState(transformer: Sucrase): void {
  transformer.transform("", { transforms: [] });
}

/** The source decides the output, and so does the transform: athanor's version stands for sucrase's and ours. */
function cacheKey(source: string): string {
  return createHash("sha1").update(`${athanorVersion()}\0`).update(source).digest("hex");
}

function readIfExists(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}

/**
 * Loads the user's TypeScript files (config, models, revisions) in-process, so users need no build step.
 *
 * The fast path (commonjs.ts) strips types and turns imports into requires with sucrase, caches the result on
 * disk, and runs it; a warm run reads a cached file per module and loads no transformer at all. Modules that
 * cannot run as CommonJS go, with everything they import, to jiti (jiti.ts), imported only then.
 */
import { dirname } from "node:path";
import { types } from "node:util";
import { cacheDirectory } from "./cache-dir.js";
import { ModuleTree, NeedsFullLoader, esModuleView } from "./commonjs.js";
import { importWithJiti } from "./jiti.js";
import { loadPackageAliases, type PackageAliases } from "./package-entry.js";

let aliases: Promise<PackageAliases> | null = null;

/**
 * Imports a .ts/.mts/.js/.mjs module (evaluated afresh on every call, with what it imports; `source` is its text
 * when the caller has read it already) and returns its
 * namespace: its exports by name, in sorted order as a native ES module namespace has them, and for a CommonJS
 * module `default` as its `module.exports`. What is collected from it (the models' tables) must not depend on
 * which loader ran it.
 */
export async function importUserModule(path: string, source?: string): Promise<Record<string, unknown>> {
  aliases ??= loadPackageAliases(esModuleView);
  let exports: unknown;
  try {
    exports = new ModuleTree(await aliases, cacheDirectory(dirname(path))).load(path, source);
  } catch (error) {
    if (!(error instanceof NeedsFullLoader)) throw error;
    exports = await importWithJiti(path);
  }
  return namespaceOf(exports);
}

function namespaceOf(exports: unknown): Record<string, unknown> {
  const isObject = (typeof exports === "object" || typeof exports === "function") && exports !== null;
  const fromEsModule = isObject && (types.isModuleNamespaceObject(exports) || (exports as { __esModule?: unknown }).__esModule === true);
  const source = (isObject ? exports : {}) as Record<string, unknown>;
  const names = Object.keys(source);
  if (!fromEsModule && !names.includes("default")) names.push("default");
  // Copied by a loop into a null-prototype object: spreading a module's exports (an object of a thousand
  // properties) costs milliseconds on cold code, and "__proto__" stays an ordinary name here.
  const namespace: Record<string, unknown> = Object.create(null);
  for (const name of names.sort()) namespace[name] = !fromEsModule && name === "default" ? exports : source[name];
  return namespace;
}

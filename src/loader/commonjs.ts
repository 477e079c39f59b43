/**
 * Runs user modules (config, models, revisions and what they import) as
 * CommonJS in this process: each file's transformed source is compiled with
 * its own path (stack traces point into the user's file, at the right line,
 * since the transform keeps lines) and given a `require` that
 *   - answers `athanor` and `athanor/schema` with this very package;
 *   - loads relative imports of source files the same way, once per tree
 *     (cycles see a partial `exports`, as in Node);
 *   - hands everything else (packages, JSON, .cjs) to Node's own require.
 * Whatever cannot run this way (top-level await, an ES module package that
 * Node's require refuses) raises NeedsFullLoader, and the caller loads the
 * whole tree with the full loader instead.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, extname, isAbsolute, sep } from "node:path";
import { types } from "node:util";
import { compileModule, type ModuleFunction } from "./compile.js";
import type { PackageAliases } from "./package-entry.js";
import { isRelativeSpecifier, resolveUserFile } from "./resolve.js";
import { transformModule } from "./transform.js";

export class NeedsFullLoader extends Error {}

interface CommonJsModule {
  exports: unknown;
}

/** Extensions this loader transforms; anything else a relative import names goes to Node. */
const SOURCE_EXTENSIONS = new Set([".ts", ".mts", ".cts", ".tsx", ".js", ".mjs", ".jsx"]);
/** Node's codes for "this ES module cannot be required" (older Node 20s, top-level await). */
const REQUIRE_ESM_CODES = new Set(["ERR_REQUIRE_ESM", "ERR_REQUIRE_ASYNC_MODULE"]);

export class ModuleTree {
  private readonly modules = new Map<string, CommonJsModule>();

  constructor(
    private readonly aliases: PackageAliases,
    private readonly cacheDir: string | null,
  ) {}

  load(path: string, source?: string): unknown {
    const known = this.modules.get(path);
    if (known) return known.exports;
    const transformed = transformModule(path, source ?? readFileSync(path, "utf8"), this.cacheDir);
    if (transformed.kind === "fullLoader") throw new NeedsFullLoader(path);
    const module: CommonJsModule = { exports: {} };
    this.modules.set(path, module);
    let run: ModuleFunction;
    try {
      run = compileModule(transformed.code, path, transformed.cacheFile);
    } catch (error) {
      // The transform checked this compiles; a cached text that does not was damaged: the full loader decides.
      if (error instanceof SyntaxError) throw new NeedsFullLoader(path);
      throw error;
    }
    run.call(module.exports, module.exports, this.requireFrom(path), module, path, dirname(path));
    return module.exports;
  }

  private requireFrom(parent: string): (specifier: string) => unknown {
    let nodeRequire: NodeJS.Require | null = null;
    return (specifier) => {
      if (this.aliases.has(specifier)) return this.aliases.get(specifier);
      if (isRelativeSpecifier(specifier) || isAbsolute(specifier)) {
        const file = resolveUserFile(specifier, dirname(parent));
        if (file === null) throw Object.assign(new Error(`Cannot find module '${specifier}' imported from ${parent}`), { code: "MODULE_NOT_FOUND" });
        if (SOURCE_EXTENSIONS.has(extname(file)) && !file.includes(`${sep}node_modules${sep}`)) return this.load(file);
        specifier = file;
      }
      nodeRequire ??= createRequire(parent);
      try {
        return esModuleView(nodeRequire(specifier));
      } catch (error) {
        if (REQUIRE_ESM_CODES.has((error as NodeJS.ErrnoException).code ?? "")) throw new NeedsFullLoader(specifier);
        throw error;
      }
    };
  }
}

/**
 * An ES module's namespace, as transformed code expects it: marked `__esModule`, so a default import takes
 * its `default` export rather than the whole namespace (what Babel and TypeScript's own output do too).
 */
export function esModuleView(value: unknown): unknown {
  if (!types.isModuleNamespaceObject(value)) return value;
  const view: Record<string, unknown> = Object.create(null);
  for (const name of Object.keys(value as object)) view[name] = (value as Record<string, unknown>)[name];
  Object.defineProperty(view, "__esModule", { value: true });
  return Object.freeze(view);
}

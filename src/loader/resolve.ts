/**
 * Resolving a relative import of a user module to a file, the way
 * TypeScript projects write them: `./users`, `./users.js` for `users.ts`
 * (NodeNext style), or a folder with an index file.
 */
import { statSync } from "node:fs";
import { resolve } from "node:path";

const EXTENSIONS = [".ts", ".mts", ".cts", ".js", ".mjs", ".cjs", ".json"];
/** What a NodeNext-style import names, mapped to the TypeScript file it stands for. */
const TYPESCRIPT_FOR = new Map([[".js", [".ts", ".tsx"]], [".mjs", [".mts"]], [".cjs", [".cts"]]]);

export function isRelativeSpecifier(specifier: string): boolean {
  return specifier.startsWith("./") || specifier.startsWith("../") || specifier === "." || specifier === "..";
}

/** The file a relative (or absolute) specifier names from `fromDir`, or null. */
export function resolveUserFile(specifier: string, fromDir: string): string | null {
  const base = resolve(fromDir, specifier);
  if (isFile(base)) return base;
  const ext = /\.[cm]?js$/.exec(base)?.[0];
  for (const replacement of (ext && TYPESCRIPT_FOR.get(ext)) ?? []) {
    const candidate = base.slice(0, -ext!.length) + replacement;
    if (isFile(candidate)) return candidate;
  }
  for (const candidate of [...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => resolve(base, `index${e}`))]) {
    if (isFile(candidate)) return candidate;
  }
  return null;
}

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

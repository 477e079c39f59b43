/**
 * `athanor` and `athanor/schema` as user files import them: always this very package (the running CLI's
 * copy, whatever copy the project's node_modules holds), so models built with our DSL are ours.
 */
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const ENTRIES = { index: "../index.js", schema: "../schema/index.js" } as const;
const SPECIFIERS: Readonly<Record<string, keyof typeof ENTRIES>> = { athanor: "index", "athanor/schema": "schema" };

export function packageEntry(name: keyof typeof ENTRIES): string {
  return fileURLToPath(new URL(ENTRIES[name], import.meta.url));
}

/** The package's public modules by the specifiers user files import them with. */
export interface PackageAliases {
  has(specifier: string): boolean;
  get(specifier: string): unknown;
}

/**
 * Where Node can require an ES module (20.19 and later), each alias is loaded when first required (the same
 * module instance an import would give): a config that imports only `defineConfig` loads nothing else.
 * Older Node 20s get both loaded up front.
 */
export async function loadPackageAliases(view: (namespace: unknown) => unknown): Promise<PackageAliases> {
  const loaded = new Map<string, unknown>();
  if (process.features.require_module) {
    const require = createRequire(import.meta.url);
    return {
      has: (specifier) => specifier in SPECIFIERS,
      get(specifier) {
        if (!loaded.has(specifier)) loaded.set(specifier, view(require(packageEntry(SPECIFIERS[specifier]!))));
        return loaded.get(specifier);
      },
    };
  }
  for (const [specifier, entry] of Object.entries(SPECIFIERS)) loaded.set(specifier, view(await import(ENTRIES[entry])));
  return loaded;
}

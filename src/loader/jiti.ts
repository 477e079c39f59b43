/**
 * Loads the user's TypeScript files (config, models, revisions) with jiti,
 * so users need no build step. jiti is imported lazily: commands that only
 * read the revision graph never pay for it.
 *
 * `athanor` and `athanor/schema` are aliased to this very package, so the
 * files resolve our API wherever the project lives (and whatever copy of
 * athanor its node_modules holds, the running CLI's is the one used).
 *
 * jiti's own transform is Babel: thorough, but slow and memory-hungry on a
 * large models module (a 1,000-table module: about 2 s and 230 MB cold).
 * sucrase does what these files need (strip types, ESM to CommonJS) in a
 * fraction of that; what its output cannot run as (top-level await,
 * import.meta) goes to Babel as before.
 */
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

type Importer = (path: string) => Promise<unknown>;

let importer: Promise<Importer> | null = null;

function packageEntry(relative: string): string {
  return fileURLToPath(new URL(relative, import.meta.url));
}

async function createImporter(): Promise<Importer> {
  const { createJiti } = await import("jiti");
  const alias = { "athanor/schema": packageEntry("./schema/index.js"), athanor: packageEntry("./index.js") };
  const babel = createJiti(import.meta.url, { alias, interopDefault: false, moduleCache: false });
  const { transform: sucrase } = createRequire(import.meta.url)("sucrase") as typeof import("sucrase");
  type TransformOptions = Parameters<typeof babel.transform>[0];
  const transform = (opts: TransformOptions): { code: string } => {
    try {
      const { code } = sucrase(opts.source, { transforms: ["typescript", "imports"], filePath: opts.filename, production: true });
      // Compiles (does not run) the CommonJS body: a SyntaxError here means sucrase's output cannot run as is.
      new Function("exports", "require", "module", "__filename", "__dirname", code);
      return { code };
    } catch {
      return { code: babel.transform(opts) };
    }
  };
  const jiti = createJiti(import.meta.url, { alias, interopDefault: false, moduleCache: false, transform });
  return (path) => jiti.import(path);
}

/** Imports a .ts/.mts/.js/.mjs module and returns its namespace object. */
export async function importUserModule(path: string): Promise<Record<string, unknown>> {
  importer ??= createImporter();
  const load = await importer;
  const mod = await load(path);
  if (typeof mod !== "object" || mod === null) return { default: mod };
  // Names in sorted order, as a native ES module namespace has them, whichever transform produced the module:
  // what is collected from it (the models' tables) must not depend on the loader.
  const namespace = mod as Record<string, unknown>;
  return Object.fromEntries(Object.keys(namespace).sort().map((name) => [name, namespace[name]]));
}

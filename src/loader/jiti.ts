/**
 * The full loader, for what the in-process CommonJS loader cannot run (top-level await, `import.meta`, an
 * ES module package that this Node's require refuses): jiti, imported only when such a module turns up.
 *
 * jiti's own transform is Babel: thorough, but slow and memory-hungry on a large models module (a 1,000-table
 * module: about 2 s and 230 MB). sucrase does what most files of such a tree need, so it goes first; only what
 * its output cannot run as goes to Babel.
 */
import { packageEntry } from "./package-entry.js";
import { toCommonJs } from "./transform.js";

type Importer = (path: string) => Promise<unknown>;

let importer: Promise<Importer> | null = null;

async function createImporter(): Promise<Importer> {
  const { createJiti } = await import("jiti");
  const alias = { "athanor/schema": packageEntry("schema"), athanor: packageEntry("index") };
  const babel = createJiti(import.meta.url, { alias, interopDefault: false, moduleCache: false });
  type TransformOptions = Parameters<typeof babel.transform>[0];
  const transform = (opts: TransformOptions): { code: string } =>
    ({ code: toCommonJs(opts.filename ?? "module.ts", opts.source) ?? babel.transform(opts) });
  const jiti = createJiti(import.meta.url, { alias, interopDefault: false, moduleCache: false, transform });
  return (path) => jiti.import(path);
}

/** The module's exports, as jiti gives them. */
export async function importWithJiti(path: string): Promise<unknown> {
  importer ??= createImporter();
  return (await importer)(path);
}

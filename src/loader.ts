/**
 * Loads the user's TypeScript files (config, models, revisions) with jiti,
 * so users need no build step. jiti is imported lazily: commands that only
 * read the revision graph never pay for it.
 *
 * `athanor` and `athanor/schema` are aliased to this very package, so the
 * files resolve our API wherever the project lives (and whatever copy of
 * athanor its node_modules holds, the running CLI's is the one used).
 */
import { fileURLToPath } from "node:url";

type Importer = (path: string) => Promise<unknown>;

let importer: Promise<Importer> | null = null;

function packageEntry(relative: string): string {
  return fileURLToPath(new URL(relative, import.meta.url));
}

async function createImporter(): Promise<Importer> {
  const { createJiti } = await import("jiti");
  const jiti = createJiti(import.meta.url, {
    alias: {
      "athanor/schema": packageEntry("./schema/index.js"),
      athanor: packageEntry("./index.js"),
    },
    interopDefault: false,
    moduleCache: false,
  });
  return (path) => jiti.import(path);
}

/** Imports a .ts/.mts/.js/.mjs module and returns its namespace object. */
export async function importUserModule(path: string): Promise<Record<string, unknown>> {
  importer ??= createImporter();
  const load = await importer;
  const mod = await load(path);
  return (typeof mod === "object" && mod !== null ? mod : { default: mod }) as Record<string, unknown>;
}

/**
 * `athanor` and `athanor/schema` as user files import them: always this very package (the running CLI's
 * copy, whatever copy the project's node_modules holds), so models built with our DSL are ours.
 */
import { fileURLToPath } from "node:url";

const ENTRIES = { index: "../index.js", schema: "../schema/index.js" } as const;

export function packageEntry(name: keyof typeof ENTRIES): string {
  return fileURLToPath(new URL(ENTRIES[name], import.meta.url));
}

/** The package's public modules by the specifier user files import them with, loaded. */
export async function loadPackageAliases(): Promise<Map<string, unknown>> {
  const [index, schema] = await Promise.all([import(ENTRIES.index), import(ENTRIES.schema)]);
  return new Map<string, unknown>([["athanor", index], ["athanor/schema", schema]]);
}

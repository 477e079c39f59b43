/**
 * The loader of user modules (config, models, revisions), as built: the in-process CommonJS path with its
 * transform cache, and the fall back to the full loader for what cannot run as CommonJS.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/project.js";

type Loader = typeof import("../../src/loader/index.js");
const dist = async <T>(path: string): Promise<T> => import(pathToFileURL(join(ROOT, "dist", path)).href) as Promise<T>;

let root: string;
let cacheDir: string;
let loader: Loader;
const savedCacheDir = process.env.ATHANOR_CACHE_DIR;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "athanor-loader-"));
  // Packages resolve from the user's folder, as in a real project.
  symlinkSync(join(ROOT, "node_modules"), join(root, "node_modules"));
  loader = await dist<Loader>("loader/index.js");
});

afterEach(() => {
  if (savedCacheDir === undefined) delete process.env.ATHANOR_CACHE_DIR;
  else process.env.ATHANOR_CACHE_DIR = savedCacheDir;
  delete process.env.ATHANOR_CACHE;
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

let counter = 0;
/** A fresh folder with the given files; the cache goes to a folder of its own. */
function project(files: Record<string, string>): string {
  const dir = join(root, `p${counter++}`);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  cacheDir = join(dir, ".cache");
  process.env.ATHANOR_CACHE_DIR = cacheDir;
  return dir;
}

describe("importUserModule", () => {
  it("runs TypeScript with athanor's own DSL, exports in sorted order", async () => {
    const dir = project({
      "models.ts": `import { integer, table } from "athanor/schema";
import type { Config } from "athanor";
interface Unused { a: number }
export const zebra = table("zebra", { id: integer().primaryKey() });
export const apple: number = 1 as number;
export type Alias = Config;
`,
    });
    const ns = await loader.importUserModule(join(dir, "models.ts"));
    expect(Object.keys(ns)).toEqual(["apple", "zebra"]);
    const schema = await dist<typeof import("../../src/schema/index.js")>("schema/index.js");
    const { collectSchema } = await dist<typeof import("../../src/schema/collect.js")>("schema/collect.js");
    expect(collectSchema(ns, (m) => { throw new Error(m); }).tables.map((t) => t.name)).toEqual(["zebra"]);
    expect(typeof schema.integer).toBe("function");
  });

  it("follows relative imports: NodeNext .js names, folders, JSON, cycles", async () => {
    const dir = project({
      "main.ts": `import { twice } from "./lib/math.js";
import * as folder from "./folder";
import data from "./data.json";
import { fromB } from "./cycle-a";
export const four = twice(2);
export const name = folder.name;
export const json = data.value;
export const cycle = fromB;
`,
      "lib/math.ts": "export const twice = (n: number): number => n * 2;\n",
      "folder/index.ts": `export const name = "folder";\n`,
      "data.json": `{ "value": 7 }`,
      "cycle-a.ts": `import { b } from "./cycle-b";\nexport const a = "a";\nexport const fromB = b();\n`,
      "cycle-b.ts": `import * as A from "./cycle-a";\nexport const b = () => typeof A.a;\n`,
    });
    expect(await loader.importUserModule(join(dir, "main.ts"))).toEqual({ cycle: "string", four: 4, json: 7, name: "folder" });
  });

  it("gives default exports, CommonJS module.exports and packages as a native import would", async () => {
    const dir = project({
      "esm.ts": `import chalk from "chalk";\nimport { Command } from "commander";\n` +
        `export default { chalk: typeof chalk.red, command: typeof Command };\n`,
      "cjs.js": `module.exports = { url: "sqlite:///x.db" };\n`,
    });
    expect((await loader.importUserModule(join(dir, "esm.ts"))).default).toEqual({ chalk: "function", command: "function" });
    expect((await loader.importUserModule(join(dir, "cjs.js"))).default).toEqual({ url: "sqlite:///x.db" });
  });

  it("runs modules with top-level await and import.meta through the full loader", async () => {
    const dir = project({
      "tla.ts": `import { helper } from "./helper";\nconst value = await Promise.resolve(41);\nexport const answer: number = helper(value);\n`,
      "helper.ts": "export const helper = (n: number) => n + 1;\n",
      "meta.mts": "export const isUrl = import.meta.url.startsWith(\"file:\");\n",
    });
    expect(await loader.importUserModule(join(dir, "tla.ts"))).toEqual({ answer: 42 });
    expect(await loader.importUserModule(join(dir, "meta.mts"))).toEqual({ isUrl: true });
  });

  it("evaluates afresh on every call, and points errors at the user's file and line", async () => {
    const dir = project({ "m.ts": "export const v = 1;\n" });
    expect((await loader.importUserModule(join(dir, "m.ts"))).v).toBe(1);
    writeFileSync(join(dir, "m.ts"), "export const v = 2;\n");
    expect((await loader.importUserModule(join(dir, "m.ts"))).v).toBe(2);

    writeFileSync(join(dir, "bad.ts"), "type T = number;\n\nexport const x: T = 1;\nthrow new Error(\"boom\");\n");
    const error = await loader.importUserModule(join(dir, "bad.ts")).then(() => null, (e: Error) => e);
    expect(error?.message).toBe("boom");
    expect(error?.stack).toContain(`${join(dir, "bad.ts")}:4`);
    writeFileSync(join(dir, "imports-missing.ts"), `import { x } from "./nowhere";\nexport const y = x;\n`);
    await expect(loader.importUserModule(join(dir, "imports-missing.ts"))).rejects.toThrow(/Cannot find module '\.\/nowhere'/);
  });

  it("caches transforms, survives a damaged cache, and can be turned off", async () => {
    const dir = project({ "a.ts": "export const a: number = 1;\n" });
    await loader.importUserModule(join(dir, "a.ts"));
    const cached = readdirSync(cacheDir).filter((f) => f.endsWith(".cjs"));
    expect(cached).toHaveLength(1);
    // V8's code cache for it, made on first use; damaged, it is replaced rather than trusted.
    const codeCache = readdirSync(cacheDir).filter((f) => f.endsWith(".v8"));
    expect(codeCache).toHaveLength(1);
    writeFileSync(join(cacheDir, codeCache[0]!), "garbage");
    expect(await loader.importUserModule(join(dir, "a.ts"))).toEqual({ a: 1 });
    expect(await loader.importUserModule(join(dir, "a.ts"))).toEqual({ a: 1 });
    writeFileSync(join(cacheDir, cached[0]!), "this is ( not JavaScript");
    expect(await loader.importUserModule(join(dir, "a.ts"))).toEqual({ a: 1 });

    const off = project({ "b.ts": "export const b: number = 2;\n" });
    process.env.ATHANOR_CACHE = "0";
    expect(await loader.importUserModule(join(off, "b.ts"))).toEqual({ b: 2 });
    expect(() => readdirSync(cacheDir)).toThrow();
  });
});

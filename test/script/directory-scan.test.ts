import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RevisionGraphError } from "../../src/errors.js";
import { isRevisionFileName, scanRevisionFiles } from "../../src/script/directory-scan.js";
import { RevisionGraph } from "../../src/script/graph.js";
import { planUpgrade } from "../../src/script/targets.js";
import { revisionSource } from "./helpers.js";

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "athanor-scan-"));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const id = (i: number) => `r${String(i).padStart(5, "0")}`;

describe("scanRevisionFiles", () => {
  it("reads revision files only, sorted by name, with absolute paths", async () => {
    const dir = join(root, "small");
    await mkdir(dir);
    await mkdir(join(dir, "nested.ts"));
    await writeFile(join(dir, "b_second.ts"), revisionSource("b2", "a1"));
    await writeFile(join(dir, "a_first.mjs"), revisionSource("a1", null));
    await writeFile(join(dir, "c_third.js"), revisionSource("c3", "b2"));
    await writeFile(join(dir, "d_fourth.mts"), revisionSource("d4", "c3"));
    for (const skipped of ["types.d.ts", "_helper.ts", ".hidden.ts", "notes.md", "x.tsx"]) {
      await writeFile(join(dir, skipped), "this is not a revision");
    }
    const headers = await scanRevisionFiles([dir]);
    expect(headers.map((h) => h.revision)).toEqual(["a1", "b2", "c3", "d4"]);
    expect(headers[0]!.path).toBe(join(dir, "a_first.mjs"));
  });

  it("filters file names", () => {
    expect(isRevisionFileName("ab12_x.ts")).toBe(true);
    expect(isRevisionFileName("ab12_x.d.ts")).toBe(false);
    expect(isRevisionFileName("ab12_x.d.mts")).toBe(false);
    expect(isRevisionFileName("_init.ts")).toBe(false);
    expect(isRevisionFileName(".x.ts")).toBe(false);
    expect(isRevisionFileName("x.json")).toBe(false);
  });

  it("rejects a missing directory", async () => {
    const missing = join(root, "missing");
    await expect(scanRevisionFiles([missing])).rejects.toThrow(new RevisionGraphError(`versions directory ${missing} does not exist`));
  });

  it("names the file whose header is malformed", async () => {
    const dir = join(root, "bad");
    await mkdir(dir);
    await writeFile(join(dir, "ok.ts"), revisionSource("a1", null));
    await writeFile(join(dir, "broken.ts"), `export const revision = "b1;\n`);
    await expect(scanRevisionFiles([dir])).rejects.toThrow(/broken\.ts: syntax error: unterminated string literal/);
  });

  it("reads several directories, each in name order", async () => {
    const one = join(root, "one");
    const two = join(root, "two");
    await mkdir(one);
    await mkdir(two);
    await writeFile(join(one, "z.ts"), revisionSource("z1", null));
    await writeFile(join(two, "a.ts"), revisionSource("a2", "z1"));
    const headers = await scanRevisionFiles([one, two, one]);
    expect(headers.map((h) => h.revision)).toEqual(["z1", "a2"]);
  });

  it("scans and plans 5,000 revision files", async () => {
    const dir = join(root, "many");
    await mkdir(dir);
    const count = 5000;
    await Promise.all(Array.from({ length: count }, (_, i) =>
      writeFile(join(dir, `${id(i)}_step.ts`), revisionSource(id(i), i === 0 ? null : id(i - 1)))));
    const headers = await scanRevisionFiles([dir]);
    expect(headers).toHaveLength(count);
    const graph = RevisionGraph.build(headers);
    expect(graph.heads()).toEqual([id(count - 1)]);
    const steps = planUpgrade(graph, [id(10)], "head");
    expect(steps).toHaveLength(count - 11);
    expect(steps[0]!.rowsBefore).toEqual([id(10)]);
  }, 30_000);
});

import { describe, expect, it } from "vitest";
import { RevisionGraphError } from "../../src/errors.js";
import { parseRevisionSource } from "../../src/script/revision.js";
import { revisionSource } from "./helpers.js";

const PATH = "/p/migrations/versions/ab12_x.ts";
const parse = (source: string) => parseRevisionSource(source, PATH);
const FUNCTIONS = "\nexport async function upgrade() {}\nexport async function downgrade() {}\n";
const withFunctions = (body: string) => body + FUNCTIONS;

function parseError(source: string): RevisionGraphError {
  try {
    parse(source);
  } catch (error) {
    expect(error).toBeInstanceOf(RevisionGraphError);
    return error as RevisionGraphError;
  }
  throw new Error("expected a RevisionGraphError");
}

describe("parseRevisionSource", () => {
  it("reads a generated revision file", () => {
    const h = parse(revisionSource("3f2a9c1b7d4e", "9b1c2d3e4f5a"));
    expect(h).toEqual({
      revision: "3f2a9c1b7d4e",
      downRevisions: ["9b1c2d3e4f5a"],
      branchLabels: [],
      dependsOn: [],
      transactional: true,
      message: "message of 3f2a9c1b7d4e",
      createDate: "2026-11-21 10:00:00.000000",
      path: PATH,
    });
  });

  it("normalises downRevision: null, a string, an array", () => {
    const base = `export const revision = "a1";\n`;
    expect(parse(withFunctions(`${base}export const downRevision = null;`)).downRevisions).toEqual([]);
    expect(parse(withFunctions(`${base}export const downRevision = 'x1';`)).downRevisions).toEqual(["x1"]);
    expect(parse(withFunctions(`${base}export const downRevision = ["x1", \`y2\`,];`)).downRevisions).toEqual(["x1", "y2"]);
  });

  it("reads labels, dependsOn and transactional, with any type annotation", () => {
    const h = parse(withFunctions(`
      export const revision: string = "a1";
      export const downRevision: string | readonly string[] | null = null;
      export const branchLabels: Array<string>= ["feature",];
      export const dependsOn: ReadonlyArray<string> = ["b1", 'c1'] as const;
      export const transactional = false;
    `));
    expect(h.branchLabels).toEqual(["feature"]);
    expect(h.dependsOn).toEqual(["b1", "c1"]);
    expect(h.transactional).toBe(false);
  });

  it("accepts statements without semicolons and several declarators", () => {
    const h = parse(withFunctions(`
      export const revision = "a1", downRevision = null
      export const branchLabels = []
    `));
    expect(h.revision).toBe("a1");
    expect(h.downRevisions).toEqual([]);
  });

  it("ignores commented-out exports and comment-like text in strings", () => {
    const h = parse(`
      // export const revision = "commented";
      /* export const downRevision = "nope"; */
      export const revision = /* inline */ "a1"; // trailing
      export const downRevision = "b2"; /* multi
        line */
      const url = "http://example.com/*not a comment*/";
      const re = /"/g; // a regex holding a quote
      const tpl = \`x \${url.replace(re, "'")} // \${"}"} y\`;
      export const upgrade = async () => { await run(\`SELECT '//'\`); };
      export function downgrade() {}
    `);
    expect(h.revision).toBe("a1");
    expect(h.downRevisions).toEqual(["b2"]);
  });

  it("accepts the function forms: async function, function, const, export list", () => {
    const base = `export const revision = "a1"; export const downRevision = null;\n`;
    expect(() => parse(`${base}export function upgrade() {}\nexport const downgrade = () => {};`)).not.toThrow();
    expect(() => parse(`${base}async function upgrade() {}\nfunction down() {}\nexport { upgrade, down as downgrade };`)).not.toThrow();
  });

  it("tells divisions from regular expressions", () => {
    const h = parse(withFunctions(`
      const half = total / 2; const s = "/"; const q = (a) / 2 / "x";
      const r = [/'/, /[/"]/g];
      export const revision = "a1";
      export const downRevision = "b1";
    `));
    expect(h.downRevisions).toEqual(["b1"]);
  });

  it("handles function-typed annotations, CRLF, a BOM and a shebang", () => {
    const source = "\ufeff#!/usr/bin/env node\r\n/**\r\n * crlf message\r\n */\r\n"
      + "export const revision = 'a1';\r\nexport const downRevision = null\r\n"
      + "export const upgrade: (op: Op) => Promise<void> = async (op) => {};\r\n"
      + "export const downgrade: Migration<{ a: string }> = async () => {};\r\n";
    const h = parse(source.replace("\ufeff#!/usr/bin/env node\r\n", "\ufeff"));
    expect(h.message).toBe("crlf message");
    expect(parse(source.slice(1)).revision).toBe("a1");
  });

  it("decodes escapes in string literals", () => {
    const h = parse(withFunctions(`export const revision = "a\\x31"; export const downRevision = ['b\\u0031'];`));
    expect(h.revision).toBe("a1");
    expect(h.downRevisions).toEqual(["b1"]);
  });

  it("takes the message from the first non-empty docstring line, and tolerates no docstring", () => {
    const h = parse(withFunctions(`/**\n *\n * Revision ID: a1\n * add users table\n */\nexport const revision = "a1";\nexport const downRevision = null;`));
    expect(h.message).toBe("add users table");
    expect(h.createDate).toBeNull();
    const bare = parse(withFunctions(`export const revision = "a1"; export const downRevision = null;`));
    expect(bare.message).toBe("");
  });

  it("ignores exports nested in blocks and property accesses named export", () => {
    const h = parse(withFunctions(`
      export const revision = "a1";
      export const downRevision = null;
      namespace x { const revision = "zz"; }
      obj.export = 1;
    `));
    expect(h.revision).toBe("a1");
  });

  it.each([
    [`export const downRevision = null;${FUNCTIONS}`, /ab12_x\.ts: missing export "revision"/],
    [`export const revision = "a1";${FUNCTIONS}`, /missing export "downRevision"/],
    [`export const revision = "a1"; export const downRevision = null; export function upgrade() {}`, /missing export "downgrade"/],
    [`export const revision = "a1"; export const downRevision = 5;${FUNCTIONS}`,
      /export "downRevision" must be a string, an array of strings or null/],
    [`export const revision = "a1"; export const downRevision = true;${FUNCTIONS}`,
      /export "downRevision" must be a string, an array of strings or null/],
    [`export const revision = "a1"; export const downRevision = [1];${FUNCTIONS}`, /export "downRevision" must be/],
    [`export const revision = "a" + "1"; export const downRevision = null;${FUNCTIONS}`, /export "revision" must be a string/],
    [`export const revision = \`a\${1}\`; export const downRevision = null;${FUNCTIONS}`, /export "revision" must be a string/],
    [`export const revision = makeId(); export const downRevision = null;${FUNCTIONS}`, /export "revision" must be a string/],
    [`export const revision = "a-1"; export const downRevision = null;${FUNCTIONS}`, /'a-1' is not a revision id/],
    [`export const revision = "head"; export const downRevision = null;${FUNCTIONS}`, /reserved/],
    [`export const revision = "a1"; export const downRevision = ["b", "b"];${FUNCTIONS}`, /lists 'b' twice/],
    [`export const revision = "a1"; export const downRevision = null; export const branchLabels = "x";${FUNCTIONS}`.replace('"x"', "[1]"),
      /export "branchLabels" must be an array of strings/],
    [`export const revision = "a1"; export const downRevision = null; export const branchLabels = ["a@b"];${FUNCTIONS}`,
      /branch label 'a@b'/],
    [`export const revision = "a1"; export const downRevision = null; export const transactional = "no";${FUNCTIONS}`,
      /export "transactional" must be true or false/],
    [`export const revision = "a1"; export const revision = "a2"; export const downRevision = null;${FUNCTIONS}`,
      /declared twice/],
    [`const revision = "a1"; export { revision }; export const downRevision = null;${FUNCTIONS}`,
      /export "revision" must be written as `export const revision = <literal>`/],
  ])("rejects %s", (source, message) => {
    const error = parseError(source);
    expect(error.message).toMatch(message);
    expect(error.message.startsWith(`${PATH}: `)).toBe(true);
    expect(error.message).not.toContain("\n");
  });

  it.each([
    [`export const revision = "a1;\nexport const downRevision = null;`, /unterminated string literal starting on line 1/],
    [`export const revision = "a1";\n/* never closed`, /unterminated comment starting on line 2/],
    ["export const revision = `a1;", /unterminated template literal/],
  ])("reports a syntax error naming the file: %s", (source, message) => {
    const error = parseError(source);
    expect(error.message).toMatch(message);
    expect(error.message).toContain(PATH);
  });

  it("reads a large file quickly enough to scan thousands", () => {
    const body = Array.from({ length: 2000 }, (_, i) => `  await op.execute("UPDATE t SET v = ${i} -- '//'");`).join("\n");
    const source = revisionSource("a1b2c3d4e5f6", null).replace('await op.execute("SELECT 1 -- not a comment to us");', body);
    expect(parse(source).revision).toBe("a1b2c3d4e5f6");
  });
});

/**
 * Reads a revision file's header (its id, parents, labels...) from the source
 * text, without importing it: listing history must not run user code, and
 * must stay fast for thousands of files.
 */
import { RevisionGraphError } from "../errors.js";
import { LexError, tokenize, type Token } from "./lexer.js";
import { REVISION_ID_PATTERN, RESERVED_TARGET_WORDS } from "./revision-ids.js";

export interface RevisionHeader {
  readonly revision: string;
  readonly downRevisions: readonly string[];
  readonly branchLabels: readonly string[];
  readonly dependsOn: readonly string[];
  readonly transactional: boolean;
  readonly message: string;
  readonly createDate: string | null;
  readonly path: string;
}

export { REVISION_ID_PATTERN, RESERVED_TARGET_WORDS };

/** A literal value as written in the source: a string, null, a boolean or an array of those. */
type Literal = string | boolean | null | readonly Literal[];

const HEADER_EXPORTS = new Set(["revision", "downRevision", "branchLabels", "dependsOn", "transactional"]);
const REQUIRED_FUNCTIONS = ["upgrade", "downgrade"] as const;
const DOC_METADATA_LINE = /^(Revision ID|Revises|Create Date):/;

export function parseRevisionSource(source: string, path: string): RevisionHeader {
  const fail = (message: string): never => {
    throw new RevisionGraphError(`${path}: ${message}`);
  };
  let lexed;
  try {
    lexed = tokenize(source);
  } catch (error) {
    if (error instanceof LexError) fail(`syntax error: ${error.message}`);
    throw error;
  }
  const exports = collectExports(lexed.tokens, fail);

  const has = (name: string) => exports.values.has(name) || exports.names.has(name);
  for (const name of ["revision", "downRevision"]) {
    if (!has(name)) fail(`missing export "${name}"`);
  }
  for (const name of REQUIRED_FUNCTIONS) {
    if (!has(name)) fail(`missing export "${name}" (the function that ${name}s the database)`);
  }
  for (const name of HEADER_EXPORTS) {
    if (exports.names.has(name) && !exports.values.has(name)) {
      fail(`export "${name}" must be written as \`export const ${name} = <literal>\``);
    }
  }
  const value = (name: string) => exports.values.get(name);

  const revision = value("revision");
  if (typeof revision !== "string") return fail(`export "revision" must be a string`);
  checkId(revision, "revision", fail);
  const downRevisions = idList(value("downRevision"), "downRevision", "a string, an array of strings or null", fail);
  // dependsOn may name a branch label as well as a revision (as in Alembic).
  const dependsOn = idList(value("dependsOn") ?? null, "dependsOn", "an array of strings", fail, checkIdOrLabel);
  const branchLabels = stringList(value("branchLabels") ?? null, "branchLabels", fail);
  for (const label of branchLabels) checkLabel(label, fail);
  const transactional = value("transactional") ?? true;
  if (typeof transactional !== "boolean") return fail(`export "transactional" must be true or false`);

  const doc = parseDocComment(lexed.docComment);
  return {
    revision, downRevisions, branchLabels, dependsOn, transactional,
    message: doc.message, createDate: doc.createDate, path,
  };
}

interface Exports {
  /** Header exports whose value is a literal. */
  readonly values: Map<string, Literal>;
  /** Every other exported name (functions, non-literal consts, export lists). */
  readonly names: Set<string>;
}

/** Walks the top-level `export` statements; a literal is only read for header exports. */
function collectExports(tokens: readonly Token[], fail: (message: string) => never): Exports {
  const values = new Map<string, Literal>();
  const names = new Set<string>();
  const isWord = (i: number, word: string) => tokens[i]?.kind === "ident" && tokens[i]!.text === word;
  const isPunct = (i: number, text: string) => tokens[i]?.kind === "punct" && tokens[i]!.text === text;

  for (let i = 0; i < tokens.length; i++) {
    if (!isWord(i, "export") || tokens[i]!.depth !== 0 || isPunct(i - 1, ".") || isPunct(i - 1, "?.")) continue;
    let j = i + 1;
    if (isWord(j, "async")) j++;
    if (isWord(j, "function")) {
      j++;
      if (isPunct(j, "*")) j++;
      if (tokens[j]?.kind === "ident") names.add(tokens[j]!.text);
    } else if (isWord(j, "const") || isWord(j, "let") || isWord(j, "var")) {
      // A comma-separated list of declarators is followed only after literal values.
      do {
        j++;
        const name = tokens[j]?.kind === "ident" ? tokens[j]!.text : null;
        if (name === null) break;
        j++;
        if (isPunct(j, ":")) j = skipTypeAnnotation(tokens, j + 1);
        if (!HEADER_EXPORTS.has(name)) {
          names.add(name);
          break;
        }
        if (values.has(name)) fail(`export "${name}" is declared twice`);
        const parsed = isPunct(j, "=") ? parseLiteral(tokens, j + 1) : null;
        if (parsed === null) fail(`export "${name}" must be ${EXPECTED[name]}, written as a literal`);
        values.set(name, parsed!.value);
        j = parsed!.next;
      } while (isPunct(j, ","));
    } else if (isPunct(j, "{")) {
      for (j++; j < tokens.length && !isPunct(j, "}"); j++) {
        if (tokens[j]!.kind === "ident" && (isPunct(j + 1, ",") || isPunct(j + 1, "}"))) names.add(tokens[j]!.text);
      }
    }
  }
  return { values, names };
}

const EXPECTED: Record<string, string> = {
  revision: "a string",
  downRevision: "a string, an array of strings or null",
  branchLabels: "an array of strings",
  dependsOn: "an array of strings",
  transactional: "true or false",
};

/** Skips `: Type` up to the `=` of the initializer (or the end of the statement). */
function skipTypeAnnotation(tokens: readonly Token[], start: number): number {
  const depth = tokens[start - 1]!.depth;
  let j = start;
  for (; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.depth === depth && t.kind === "punct" && (t.text === "=" || t.text === ";" || t.text === ",")) break;
  }
  return j;
}

/**
 * Parses a literal at `start` and requires that the statement ends after it
 * (`;`, `,`, a line break or the end of file), so `"a" + "b"` is refused.
 */
function parseLiteral(tokens: readonly Token[], start: number): { value: Literal; next: number } | null {
  const parsed = parseValue(tokens, start);
  if (parsed === null) return null;
  let next = parsed.next;
  const at = (i: number) => tokens[i];
  if (at(next)?.kind === "ident" && at(next)!.text === "as" && at(next + 1)?.text === "const") next += 2;
  const end = at(next);
  if (end && !end.newlineBefore && !(end.kind === "punct" && (end.text === ";" || end.text === ","))) return null;
  return { value: parsed.value, next };
}

function parseValue(tokens: readonly Token[], start: number): { value: Literal; next: number } | null {
  const t = tokens[start];
  if (!t) return null;
  if (t.kind === "string" || (t.kind === "template" && !t.substituted)) return { value: t.text, next: start + 1 };
  if (t.kind === "ident" && (t.text === "null" || t.text === "true" || t.text === "false")) {
    return { value: t.text === "null" ? null : t.text === "true", next: start + 1 };
  }
  if (t.kind !== "punct" || t.text !== "[") return null;
  const items: Literal[] = [];
  let j = start + 1;
  for (;;) {
    const tok = tokens[j];
    if (tok?.kind === "punct" && tok.text === "]") return { value: items, next: j + 1 };
    const item = parseValue(tokens, j);
    if (item === null) return null;
    items.push(item.value);
    j = item.next;
    const sep = tokens[j];
    if (sep?.kind === "punct" && sep.text === ",") j++;
    else if (!(sep?.kind === "punct" && sep.text === "]")) return null;
  }
}

/** A list of revision ids: null → [], "x" → ["x"], ["a", "b"] as is. */
function idList(
  value: Literal | undefined,
  name: string,
  expected: string,
  fail: (m: string) => never,
  check: (id: string, name: string, fail: (m: string) => never) => void = checkId,
): string[] {
  const list = value === null ? [] : typeof value === "string" ? [value] : value;
  if (!Array.isArray(list) || !list.every((v) => typeof v === "string")) {
    return fail(`export "${name}" must be ${expected}`);
  }
  const ids = list as string[];
  for (const id of ids) check(id, name, fail);
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) fail(`export "${name}" lists '${id}' twice`);
    seen.add(id);
  }
  return ids;
}

function stringList(value: Literal, name: string, fail: (m: string) => never): string[] {
  const list = value === null ? [] : typeof value === "string" ? [value] : value;
  if (!Array.isArray(list) || !list.every((v) => typeof v === "string")) {
    return fail(`export "${name}" must be an array of strings`);
  }
  return [...new Set(list as string[])];
}

function checkId(id: string, name: string, fail: (m: string) => never): void {
  if (!REVISION_ID_PATTERN.test(id)) {
    fail(`export "${name}": '${id}' is not a revision id (letters, digits and _ only)`);
  }
  if (RESERVED_TARGET_WORDS.has(id)) fail(`export "${name}": '${id}' is reserved and cannot be a revision id`);
}

function checkIdOrLabel(id: string, name: string, fail: (m: string) => never): void {
  if (!/^[^\s@:]+$/.test(id)) fail(`export "${name}": '${id}' is neither a revision id nor a branch label`);
}

/** Labels appear in targets (`LABEL@head`, ranges `A:B`), so they must not contain those separators. */
function checkLabel(label: string, fail: (m: string) => never): void {
  if (!/^[^\s@:]+$/.test(label)) fail(`branch label '${label}' must be non-empty without spaces, '@' or ':'`);
  if (RESERVED_TARGET_WORDS.has(label)) fail(`branch label '${label}' is reserved`);
}

function parseDocComment(doc: string | null): { message: string; createDate: string | null } {
  if (doc === null) return { message: "", createDate: null };
  const lines = doc.split(/\r\n|[\n\r\u2028\u2029]/).map((line) => line.replace(/^\s*\*?\s?/, "").trim());
  const message = lines.find((line) => line !== "" && !DOC_METADATA_LINE.test(line)) ?? "";
  const dateLine = lines.find((line) => line.startsWith("Create Date:"));
  const createDate = dateLine?.slice("Create Date:".length).trim() || null;
  return { message, createDate };
}

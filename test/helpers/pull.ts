/**
 * Shared pieces of the `migrate pull` suites: a project whose config names a
 * models module, the exported names of a pulled file, and the type checker
 * and formatter run on it as a user's project would run them.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { expect } from "vitest";
import type { DialectName } from "../../src/dialects/dialect.js";
import { Project, ROOT, type CliResult } from "./project.js";

const execFileAsync = promisify(execFile);

export const show = (result: CliResult): string => `exit ${result.code}\nstdout: ${result.stdout}\nstderr: ${result.stderr}`;

/** A config naming ./models.ts; `extra` lines go inside defineConfig({ ... }) (e.g. `versionTable: "x",`). */
export function pullConfig(url: string, extra: readonly string[] = []): string {
  return [
    'import { defineConfig } from "athanor";',
    "export default defineConfig({",
    `  url: ${JSON.stringify(url)},`,
    '  models: "./models.ts",',
    '  migrations: "./migrations",',
    "  lockTimeout: 30,",
    ...extra.map((line) => `  ${line}`),
    "});",
    "",
  ].join("\n");
}

export function pullProject(url: string, extra: readonly string[] = []): Project {
  return new Project(url, { config: pullConfig(url, extra) });
}

export const modelsPath = (project: Project): string => join(project.dir, "models.ts");
export const readModels = (project: Project): string => readFileSync(modelsPath(project), "utf8");

/** Runs `migrate pull ARGS`, expects exit 0 and the models path alone on stdout; returns the file's text. */
export async function pullOk(project: Project, args: readonly string[] = []): Promise<string> {
  const result = await project.run(["pull", ...args]);
  expect(result.code, show(result)).toBe(0);
  const out = args.includes("--out") ? args[args.indexOf("--out") + 1]! : "models.ts";
  const path = out.startsWith("/") ? out : join(project.dir, out);
  expect(result.stdout).toBe(`${path}\n`);
  return readFileSync(path, "utf8");
}

export async function checkClean(project: Project): Promise<void> {
  const result = await project.run(["check"]);
  expect(result.code, show(result)).toBe(0);
}

/** The names of a module's `export const NAME =` lines, in file order. */
export function exportNames(source: string): string[] {
  return [...source.matchAll(/^export const (\S+) = /gmu)].map((m) => m[1]!);
}

const RESERVED = new Set(("break case catch class const continue debugger default delete do else enum export extends false finally " +
  "for function if import in instanceof new null return super switch this throw true try typeof var void while with yield " +
  "let static implements interface package private protected public await arguments eval").split(" "));

/** Every export a valid, unreserved identifier, and no two alike. */
export function expectGoodExportNames(source: string): void {
  const names = exportNames(source);
  for (const name of names) {
    expect(name, `export ${name}`).toMatch(/^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u);
    expect(RESERVED.has(name), `export ${name} is a reserved word`).toBe(false);
  }
  expect(new Set(names).size, names.join(", ")).toBe(names.length);
}

/**
 * `tsc --noEmit --strict` on files of the project, as a user's TypeScript project would see them: an ESM
 * package.json and `athanor` installed (a link to this repository, whose package.json exports the built types).
 */
export async function typecheck(project: Project, files: readonly string[]): Promise<void> {
  writeFileSync(join(project.dir, "package.json"), '{ "type": "module" }\n');
  writeFileSync(join(project.dir, "tsconfig.json"), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, module: "nodenext", moduleResolution: "nodenext", target: "es2022", skipLibCheck: true },
    files,
  }, null, 2));
  const link = join(project.dir, "node_modules/athanor");
  if (!existsSync(link)) {
    mkdirSync(join(project.dir, "node_modules"), { recursive: true });
    symlinkSync(ROOT, link, "dir");
  }
  try {
    await execFileAsync(join(ROOT, "node_modules/.bin/tsc"), ["-p", "tsconfig.json"], { cwd: project.dir });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`tsc failed on ${files.join(", ")}:\n${e.stdout ?? ""}${e.stderr ?? ""}`);
  }
}

export const PRETTIER = join(ROOT, "node_modules/.bin/prettier");

/** Exit code and output of `prettier --check FILE` in the project's folder. */
export async function prettierCheck(project: Project, file: string): Promise<CliResult> {
  try {
    const { stdout, stderr } = await execFileAsync(PRETTIER, ["--check", file], { cwd: project.dir });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : 1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

/** Names that need quoting or would clash with a keyword, a DSL builder or each other; tables without a primary key. */
export const AWKWARD: Record<DialectName, string> = {
  sqlite: `
    CREATE TABLE "order" (id INTEGER PRIMARY KEY, "select" TEXT, "a""b" INTEGER);
    CREATE TABLE "index" (id INTEGER, order_id INTEGER REFERENCES "order" (id));
    CREATE TABLE "user accounts" (id INTEGER PRIMARY KEY, name TEXT);
    CREATE TABLE user_accounts (id INTEGER);
    CREATE TABLE "userAccounts" (id INTEGER);
    CREATE TABLE "text" (id INTEGER);
    CREATE TABLE "sql" (id INTEGER);
    CREATE TABLE "table" (x INTEGER);
    CREATE TABLE "123go" (x INTEGER);
    CREATE TABLE "___" (x INTEGER);
    CREATE TABLE "café" ("prix €" REAL);
  `,
  postgresql: `
    CREATE TYPE mood AS ENUM ('happy', 'sad');
    CREATE TYPE "select" AS ENUM ('a', 'b');
    CREATE TABLE "order" (id integer PRIMARY KEY, "select" text, "a""b" integer, m mood);
    CREATE TABLE "index" (id integer, order_id integer REFERENCES "order" (id));
    CREATE TABLE "user accounts" (id serial PRIMARY KEY, "Name" text, name text);
    CREATE TABLE user_accounts (id integer);
    CREATE TABLE "userAccounts" (id integer);
    CREATE TABLE "Users" (id integer PRIMARY KEY);
    CREATE TABLE users (id integer PRIMARY KEY, kind "select");
    CREATE TABLE "text" (id integer);
    CREATE TABLE "sql" (id integer);
    CREATE TABLE "table" (x integer);
    CREATE TABLE "123go" (x integer);
    CREATE TABLE "___" (x integer);
    CREATE TABLE "café" ("prix €" real);
  `,
  mysql: `
    CREATE TABLE \`order\` (id integer PRIMARY KEY, \`select\` text, \`a"b\` integer, m enum('happy', 'sad'));
    CREATE TABLE \`index\` (id integer, order_id integer, FOREIGN KEY (order_id) REFERENCES \`order\` (id));
    CREATE TABLE \`user accounts\` (id integer AUTO_INCREMENT PRIMARY KEY, name text);
    CREATE TABLE user_accounts (id integer);
    CREATE TABLE userAccounts (id integer);
    CREATE TABLE \`text\` (id integer);
    CREATE TABLE \`sql\` (id integer);
    CREATE TABLE \`table\` (x integer);
    CREATE TABLE \`123go\` (x integer);
    CREATE TABLE \`___\` (x integer);
    CREATE TABLE \`café\` (\`prix €\` real);
  `,
};

/** The table names AWKWARD creates on a dialect, as they must appear in table("...") calls. */
export const awkwardTableNames = (dialect: DialectName): string[] =>
  [...AWKWARD[dialect].matchAll(/CREATE TABLE ([`"]?)((?:[^`"]|"")+?)\1 \(/g)].map((m) => m[2]!.replaceAll('""', '"'));

/**
 * A throwaway athanor project on disk, driven through the real CLI
 * (node bin/migrate.js in a child process), as a user would.
 */
import { execFile, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { logOutput } from "./secrets.js";

const execFileAsync = promisify(execFile);
export const ROOT = resolve(import.meta.dirname, "../..");
export const BIN = join(ROOT, "bin/migrate.js");

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RevisionSpec {
  readonly id: string;
  readonly down?: string | string[] | null;
  readonly message?: string;
  readonly upgrade?: string;
  readonly downgrade?: string;
  readonly branchLabels?: string[];
  readonly dependsOn?: string[];
  readonly transactional?: boolean;
  readonly imports?: string;
}

export class Project {
  readonly dir: string;

  constructor(readonly url: string, options: { config?: string; dir?: string } = {}) {
    this.dir = options.dir ?? mkdtempSync(join(tmpdir(), "athanor-test-"));
    mkdirSync(join(this.dir, "migrations/versions"), { recursive: true });
    writeFileSync(join(this.dir, "migrate.config.ts"), options.config ?? [
      'import { defineConfig } from "athanor";',
      "export default defineConfig({",
      `  url: ${JSON.stringify(url)},`,
      '  migrations: "./migrations",',
      "  lockTimeout: 30,",
      "});",
      "",
    ].join("\n"));
  }

  /** Writes a hand-made revision file. */
  writeRevision(spec: RevisionSpec): string {
    const down = spec.down === undefined ? null : spec.down;
    const source = [
      "/**",
      ` * ${spec.message ?? `revision ${spec.id}`}`,
      " *",
      ` * Revision ID: ${spec.id}`,
      " */",
      'import type { Op } from "athanor";',
      spec.imports ?? 'import { integer, bigint, varchar, text, boolean, timestamp, numeric, sql } from "athanor/schema";',
      `export const revision = ${JSON.stringify(spec.id)};`,
      `export const downRevision: string | string[] | null = ${JSON.stringify(down)};`,
      `export const branchLabels: string[] = ${JSON.stringify(spec.branchLabels ?? [])};`,
      `export const dependsOn: string[] = ${JSON.stringify(spec.dependsOn ?? [])};`,
      spec.transactional === false ? "export const transactional = false;" : "",
      "export async function upgrade(op: Op): Promise<void> {",
      spec.upgrade ?? "",
      "}",
      "export async function downgrade(op: Op): Promise<void> {",
      spec.downgrade ?? "",
      "}",
      "",
    ].join("\n");
    const path = join(this.dir, "migrations/versions", `${spec.id}_rev.ts`);
    writeFileSync(path, source);
    return path;
  }

  /** Runs the CLI to its end. Its output also goes to the suite's log, which is checked for test passwords. */
  async run(args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
    let result: CliResult;
    try {
      const { stdout, stderr } = await execFileAsync(process.execPath, [BIN, ...args], {
        cwd: this.dir, env: { ...process.env, DATABASE_URL: "", ...env }, maxBuffer: 64 * 1024 * 1024,
      });
      result = { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code?: number; stdout?: string; stderr?: string };
      result = { code: typeof e.code === "number" ? e.code : 1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
    }
    logOutput(args, result.stdout, result.stderr);
    return result;
  }

  /** Runs and fails the test with the output when the exit code is not 0. */
  async ok(args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
    const result = await this.run(args, env);
    if (result.code !== 0) {
      throw new Error(`migrate ${args.join(" ")} exited ${result.code}\nstdout: ${result.stdout}\nstderr: ${result.stderr}`);
    }
    return result;
  }

  /** Starts the CLI without waiting: for concurrency and crash tests. Its output is logged when it ends. */
  spawn(args: readonly string[], env: Record<string, string> = {}): ReturnType<typeof spawn> {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: this.dir, env: { ...process.env, DATABASE_URL: "", ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.on("data", (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on("close", () => logOutput(args, stdout, stderr));
    return child;
  }

  files(): string[] {
    return readdirSync(join(this.dir, "migrations/versions")).sort();
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * `npm run example` (scripts/example.sh) is the first thing a newcomer runs: it must go through the whole
 * autogenerate flow on SQLite and succeed. Run in a scratch folder outside the repository, as a user would.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/project.js";

interface ScriptResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function runExample(dir: string): Promise<ScriptResult> {
  // No inherited colour or database: the script's output is compared as plain text, on its own SQLite file.
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.DATABASE_URL;
  return new Promise((resolvePromise, reject) => {
    const child = spawn("bash", [join(ROOT, "scripts/example.sh"), dir], { cwd: tmpdir(), env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.on("data", (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on("error", reject);
    child.on("close", (code) => { resolvePromise({ code, stdout, stderr }); });
  });
}

/** The lines a printed command wrote on stdout, up to the next printed command. */
function section(stdout: string, command: string): string {
  const start = stdout.indexOf(`\n$ ${command}\n`);
  expect(start, `command '${command}' printed`).toBeGreaterThanOrEqual(0);
  const from = start + command.length + 4;
  const next = stdout.indexOf("\n$ ", from);
  return stdout.slice(from, next < 0 ? undefined : next);
}

describe("npm run example", () => {
  const parent = mkdtempSync(join(tmpdir(), "athanor-example-test-"));
  afterAll(() => { rmSync(parent, { recursive: true, force: true }); });

  it("walks through init, autogenerate, upgrade, check, a second autogenerate, upgrade, downgrade -1 and pull", async () => {
    const dir = join(parent, "project");
    const result = await runExample(dir);
    expect(result.code, result.stderr).toBe(0);
    const out = result.stdout;

    // The first revision was written by autogenerate, and the script shows what it wrote.
    const first = /versions\/([0-9a-f]{12})_create_users_and_posts\.ts/.exec(section(out, 'migrate revision --autogenerate -m "create users and posts"'));
    expect(first).not.toBeNull();
    const firstId = first![1]!;
    expect(out).toContain('await op.createTable("users", {');
    expect(out).toContain('await op.createTable("posts", {');
    expect(out).toContain('await op.dropTable("posts");');

    // check listed the changes and exited 1, and the script went on.
    const check = section(out, "migrate check");
    expect(check).toContain("The models and the database differ:");
    expect(check).toContain("+ column users.active");
    expect(check).toContain("- column posts.body");
    expect(check).toContain("(exit status 1");

    // The second revision holds those changes, and after its upgrade check is clean.
    expect(out).toMatch(/versions\/[0-9a-f]{12}_users_active_posts_published_at\.ts/);
    expect(out).toContain('await op.addColumn("users", "active", boolean().notNull().default(true));');
    expect(out).toContain("No differences: the models and the database agree.");
    expect(result.stderr).toMatch(/Running upgrade [0-9a-f]{12} -> [0-9a-f]{12}, users\.active, posts\.published_at/);

    // downgrade -1 left the database at the first revision: as `current` says, and as the version table holds.
    expect(section(out, "migrate current").trim()).toBe(firstId);
    const db = new Database(join(dir, "app.db"), { readonly: true });
    try {
      expect(db.prepare("SELECT version_num FROM migrate_version").all()).toEqual([{ version_num: firstId }]);
      const columns = db.prepare("SELECT name FROM pragma_table_info('posts')").all().map((row) => (row as { name: string }).name);
      expect(columns).toEqual(["id", "author_id", "title", "body"]);
    } finally {
      db.close();
    }

    // pull read that schema back.
    expect(section(out, "migrate pull --out pulled-models.ts")).toContain('export const posts = table("posts", {');
    expect(out).toMatch(/Done\. The example project is in .*project\n$/);
  });
});

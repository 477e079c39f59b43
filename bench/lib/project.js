// A benchmark project folder: config, models module, revision files; and running the real CLI in it.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
export const BIN = join(ROOT, "bin/migrate.js");

/** `config`: the config file's text, instead of one database at `url`. */
export function benchProject(url, { transactionPerMigration = false, config } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "athanor-bench-project-"));
  const versions = join(dir, "migrations/versions");
  mkdirSync(versions, { recursive: true });
  writeFileSync(join(dir, "migrate.config.ts"), config ?? `import { defineConfig } from "athanor";
export default defineConfig({ url: ${JSON.stringify(url)}, models: "./models.ts", migrations: "./migrations", lockTimeout: 600,
  transactionPerMigration: ${transactionPerMigration} });
`);
  return {
    dir,
    versions,
    writeModels: (source) => writeFileSync(join(dir, "models.ts"), source),
    writeRevisions: (files) => { for (const f of files) writeFileSync(join(versions, f.name), f.source); },
    clearRevisions: () => { for (const name of readdirSync(versions)) rmSync(join(versions, name)); },
    /** Runs the CLI; throws with its output when it fails. */
    cli: (args) => {
      const result = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
      if (result.status !== 0) throw new Error(`migrate ${args.join(" ")}: ${(result.stderr || result.stdout).slice(0, 800)}`);
      return result.stdout;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

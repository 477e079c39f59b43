/** Runs the config's `postWrite` commands (formatters, linters) on a new revision file or a pulled models module. */
import { spawnSync } from "node:child_process";
import type { ResolvedDatabase } from "../config/load.js";
import { MigrateError } from "../errors.js";

export async function runPostWrite(db: ResolvedDatabase, path: string, what = "revision file"): Promise<void> {
  for (const command of db.postWrite) {
    const line = command.includes("{path}") ? command.replaceAll("{path}", shellQuote(path)) : `${command} ${shellQuote(path)}`;
    const result = spawnSync(line, { shell: true, cwd: db.baseDir, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
    if (result.status !== 0) {
      const detail = (result.stderr ?? "").trim().split("\n")[0] ?? "";
      throw new MigrateError(`postWrite command "${command}" failed (exit ${result.status ?? result.signal}) on ${path}` +
        `${detail ? `: ${detail}` : ""}; the ${what} was written`);
    }
  }
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, "'\\''")}'`;
}

// Timing helpers: run a command or a function several times, take the median.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const RSS_HOOK = fileURLToPath(new URL("./rss-hook.js", import.meta.url));

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs a command `runs` times; returns the median wall time in ms and the largest peak RSS (MB) when asked. */
export function timeCommand(command, args, { runs = 5, cwd, env = {}, input, rss = false, check = true, before } = {}) {
  const times = [];
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    before?.();
    const dir = rss ? mkdtempSync(join(tmpdir(), "athanor-rss-")) : null;
    const extraEnv = rss ? { NODE_OPTIONS: `--import ${RSS_HOOK}`, ATHANOR_RSS_FILE: join(dir, "rss") } : {};
    const start = process.hrtime.bigint();
    const result = spawnSync(command, args, {
      cwd, input, env: { ...process.env, ...env, ...extraEnv }, encoding: "utf8", maxBuffer: 512 * 1024 * 1024,
    });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (check && result.status !== 0) {
      throw new Error(`${command} ${args.join(" ")} exited ${result.status}: ${(result.stderr || result.stdout).slice(0, 800)}`);
    }
    if (dir) {
      peak = Math.max(peak, Number(readFileSync(join(dir, "rss"), "utf8")) / 1024);
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { ms: median(times), rssMb: rss ? Math.round(peak) : null };
}

export async function timeAsync(fn, runs = 5, before) {
  const times = [];
  let last;
  for (let i = 0; i < runs; i++) {
    await before?.();
    const start = process.hrtime.bigint();
    last = await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { ms: median(times), result: last };
}

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

/**
 * Runs several commands in turns, `runs` rounds of one run each, and returns each one's median wall time (ms)
 * and largest peak RSS (MB, when asked): { name: { ms, rssMb } }. Commands compared as a ratio are timed in
 * the same rounds, so a slow spell of the machine weighs on both sides of the ratio, not on one.
 * A task is { command, args, cwd, env, input, rss, check, before, after } (before and after: untimed). With `warmUp`, a first round is not counted.
 */
export function timeInterleaved(tasks, runs, { warmUp = false } = {}) {
  const names = Object.keys(tasks);
  const samples = Object.fromEntries(names.map((name) => [name, { times: [], peak: 0 }]));
  if (warmUp) for (const name of names) runOnce(tasks[name]);
  for (let round = 0; round < runs; round++) {
    for (const name of names) {
      const { ms, rssKb } = runOnce(tasks[name]);
      samples[name].times.push(ms);
      samples[name].peak = Math.max(samples[name].peak, rssKb);
    }
  }
  return Object.fromEntries(names.map((name) => [name, {
    ms: median(samples[name].times), rssMb: tasks[name].rss ? Math.round(samples[name].peak / 1024) : null,
  }]));
}

function runOnce({ command, args, cwd, env = {}, input, rss = false, check = true, before, after }) {
  before?.();
  const dir = rss ? mkdtempSync(join(tmpdir(), "athanor-rss-")) : null;
  const extraEnv = rss ? { NODE_OPTIONS: `--import ${RSS_HOOK}`, ATHANOR_RSS_FILE: join(dir, "rss") } : {};
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, {
    cwd, input, env: { ...process.env, ...env, ...extraEnv }, encoding: "utf8", maxBuffer: 512 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (check && result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} exited ${result.status}: ${(result.stderr || result.stdout).slice(0, 800)}`);
  }
  after?.();
  let rssKb = 0;
  if (dir) {
    rssKb = Number(readFileSync(join(dir, "rss"), "utf8"));
    rmSync(dir, { recursive: true, force: true });
  }
  return { ms, rssKb };
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

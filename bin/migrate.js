#!/usr/bin/env node
// The `migrate` (and `athanor`) command. The CLI is compiled to dist/ by `npm install` (the prepare script).
import { existsSync } from "node:fs";

const dist = (path) => new URL(`../dist/${path}`, import.meta.url);
if (!existsSync(dist("cli/main.js"))) {
  process.stderr.write("error: athanor is not built; run 'npm install' (or 'npm run build') in its folder\n");
  process.exitCode = 1;
} else {
  // A command runs for well under a second, yet V8's default budget sends dozens of functions to its optimizing
  // compiler. Those jobs used more CPU than the command itself (600 ms in a 1,000-table autogenerate), took the
  // second core from the database server, and the process cannot exit while one is still compiling (up to 140 ms
  // after the output). A budget 15 times larger still optimizes what is really hot in long runs: a 1,000-table
  // autogenerate takes 11-23% less time. Set before the CLI's modules load, so their functions get it; only the
  // CLI sets it, the library leaves its host's V8 alone.
  const { setV8Flags } = await import(dist("loader/v8-flags.js").href);
  setV8Flags("--interrupt-budget=1000000");
  const { main } = await import(dist("cli/main.js").href);
  process.exitCode = await main(process.argv);
}

#!/usr/bin/env node
// The `migrate` (and `athanor`) command. The CLI is compiled to dist/ by `npm install` (the prepare script).
import { existsSync } from "node:fs";
import { setFlagsFromString } from "node:v8";

// A command runs for well under a second, yet V8's default budget sends dozens of functions to its optimizing
// compiler. Those jobs used more CPU than the command itself (600 ms in a 1,000-table autogenerate), took the
// second core from the database server, and the process cannot exit while one is still compiling (up to 140 ms
// after the output). A budget 15 times larger keeps optimizing what is really hot, in long runs, and nothing
// else: a 1,000-table autogenerate takes 20-25% less time. Only the CLI sets it; the library leaves its host's
// V8 alone.
setFlagsFromString("--interrupt-budget=1000000");

const entry = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write("error: athanor is not built; run 'npm install' (or 'npm run build') in its folder\n");
  process.exitCode = 1;
} else {
  const { main } = await import(entry.href);
  process.exitCode = await main(process.argv);
}

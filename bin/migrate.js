#!/usr/bin/env node
// The `migrate` (and `athanor`) command. The CLI is compiled to dist/ by `npm install` (the prepare script).
import { existsSync } from "node:fs";

const entry = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write("error: athanor is not built; run 'npm install' (or 'npm run build') in its folder\n");
  process.exitCode = 1;
} else {
  const { main } = await import(entry.href);
  process.exitCode = await main(process.argv);
}

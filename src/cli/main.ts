/**
 * The `migrate` command line. Commands are registered here and load their
 * implementation lazily, so `migrate --help` starts fast; drivers and the
 * TypeScript loader are imported only by commands that need them.
 */
import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { collect } from "./context.js";
import { EXIT_ERROR, EXIT_OK, ExitRequest, reportError } from "./exit.js";
import { createOutput } from "./output.js";
import { exitOnSignals } from "./signals.js";
import { register as registerInit } from "./commands/init.js";
import { register as registerListTemplates } from "./commands/list-templates.js";
import { register as registerRevision } from "./commands/revision.js";
import { register as registerMerge } from "./commands/merge.js";
import { register as registerMigrate } from "./commands/migrate.js";
import { register as registerInspect } from "./commands/inspect.js";
import { register as registerStamp } from "./commands/stamp.js";
import { register as registerCheck } from "./commands/check.js";
import { register as registerPull } from "./commands/pull.js";
import { register as registerLint } from "./commands/lint.js";

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

export function buildProgram(): Command {
  const program = new Command("migrate")
    .description("athanor: schema migrations for TypeScript (PostgreSQL, MySQL/MariaDB, SQLite)")
    .version(version(), "--version")
    .option("-c, --config <file>", "config file (default: migrate.config.ts in the current folder)")
    .option("--url <url>", "database URL; overrides DATABASE_URL and the config")
    .option("-x <key=value>", "argument passed to a config written as a function (repeatable)", collect, [])
    .option("-n, --name <name>", "one database of a multi-database config")
    .option("--lock-timeout <seconds>", "how long to wait for another run's migration lock (default 60)")
    .option("-j, --jobs <n>", "with several databases, how many run at once (default 1)")
    .option("--fail-fast", "with several databases, start no more after one fails (running ones finish)")
    .option("--raiseerr", "show full stack traces on errors")
    .option("-q, --quiet", "print results only, no progress")
    .showSuggestionAfterError()
    .exitOverride();
  for (const register of [registerInit, registerListTemplates, registerRevision, registerMerge, registerMigrate,
    registerInspect, registerStamp, registerCheck, registerPull, registerLint]) {
    register(program);
  }
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** Runs the CLI and returns the exit code; bin/migrate.js sets it. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  const raiseErr = argv.includes("--raiseerr");
  const output = createOutput(false);
  const removeSignalHandlers = exitOnSignals((line) => output.error(line));
  try {
    await program.parseAsync([...argv]);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof ExitRequest) return error.code;
    if (error instanceof CommanderError) {
      // Commander printed its own message (usage, --help, --version) already.
      return error.exitCode === 0 ? EXIT_OK : EXIT_ERROR;
    }
    return reportError(error, output, raiseErr);
  } finally {
    removeSignalHandlers();
  }
}

/** Turns commander's parsed flags into the options of the programmatic API. */
import type { Command } from "commander";
import type { CommandOptions } from "../commands/options.js";
import { UsageError } from "../errors.js";
import { createOutput, type Output } from "./output.js";

export interface GlobalFlags {
  config?: string;
  url?: string;
  x?: string[];
  name?: string;
  raiseerr?: boolean;
  quiet?: boolean;
  lockTimeout?: string;
  jobs?: string;
  failFast?: boolean;
}

export interface ActionContext {
  readonly options: CommandOptions & { readonly failFast?: boolean };
  readonly output: Output;
  /** The command's own flags merged with the global ones. */
  readonly flags: Record<string, unknown> & GlobalFlags;
}

export function actionContext(command: Command): ActionContext {
  const flags = command.optsWithGlobals() as Record<string, unknown> & GlobalFlags;
  const output = createOutput(Boolean(flags.quiet));
  const options: ActionContext["options"] = {
    config: flags.config,
    url: flags.url,
    x: parseX(flags.x ?? []),
    name: flags.name,
    lockTimeout: flags.lockTimeout === undefined ? undefined : seconds(flags.lockTimeout),
    jobs: flags.jobs === undefined ? undefined : jobs(flags.jobs),
    failFast: Boolean(flags.failFast),
    log: (line) => output.info(line),
    write: (text) => output.write(text),
  };
  return { options, output, flags };
}

function seconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`--lock-timeout ${value}: expected a number of seconds`);
  return n;
}

function jobs(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1) throw new UsageError(`--jobs ${value}: expected a whole number of at least 1`);
  return n;
}

function parseX(pairs: readonly string[]): Record<string, string> {
  const x: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new UsageError(`-x ${pair}: expected KEY=VALUE`);
    x[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return x;
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
